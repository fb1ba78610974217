// Restore swaps the ledger file for a checked backup. Order matters for crash safety:
// check the backup, copy the current file aside, stage the backup as a temp file beside the
// ledger, close the ledger (which checkpoints and removes its WAL), then one rename.
// A crash before the rename leaves the old ledger; after it, the new one; never a mix.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { LedgerError, refuse } from '../ledgerError';
import { planMigrations, readJournal } from '../migrate';
import { openLedger, type Ledger } from '../open';
import { commitTempFile, copyFileAtomic } from '../writeFileAtomic';
import { makeBackup, stampOf, verifyDatabaseFile } from './make';

export const RESTORE_TEMP_SUFFIX = '.restore-tmp';

export interface RestoreOptions {
  file: string;
  backupsDir: string;
  migrationsDir: string;
  name: string;
}

/** A backup's name as the user picked it: a plain file name inside the backups folder. */
export function backupPath(backupsDir: string, name: string): string {
  if (path.basename(name) !== name || !name.endsWith('.sqlite')) throw refuse('备份文件名不正确', 'name');
  const file = path.join(backupsDir, name);
  if (!fs.existsSync(file)) throw new LedgerError('NOT_FOUND', '找不到该备份文件，可能已被移走', 'name');
  return file;
}

export function checkBackup(file: string, migrationsDir: string): void {
  const problem = verifyDatabaseFile(file);
  if (problem) throw refuse(`该备份无法使用：${problem}`, 'name');
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const plan = planMigrations(db, readJournal(migrationsDir));
    if (plan.kind === 'newer-file') throw refuse('该备份由更新版本的社区党务台账创建，当前版本不能恢复', 'name');
  } finally {
    db.close();
  }
}

/** Replaces the ledger with the backup and opens it; `current` is null when the ledger was found damaged. */
export async function restoreBackup(current: Ledger | null, opts: RestoreOptions): Promise<Ledger> {
  const source = backupPath(opts.backupsDir, opts.name);
  checkBackup(source, opts.migrationsDir);
  const staged = opts.file + RESTORE_TEMP_SUFFIX;
  // Fsynced by commitTempFile before the rename, after the ledger is closed.
  fs.copyFileSync(source, staged);
  if (current) {
    await makeBackup(current, opts.backupsDir, '恢复前备份');
    current.close();
  } else if (fs.existsSync(opts.file)) {
    // A damaged ledger is never deleted: it goes beside the backups for whoever can repair it.
    copyFileAtomic(opts.file, path.join(opts.backupsDir, `${stampOf(new Date())}-损坏的数据文件.damaged`));
  }
  for (const side of ['-wal', '-shm']) {
    // After a clean close SQLite has removed them; a leftover WAL would be replayed onto the
    // restored file, so it must not survive the swap.
    if (fs.existsSync(opts.file + side)) {
      if (current && side === '-wal' && fs.statSync(opts.file + side).size > 0) throw new Error('WAL still present after close');
      fs.rmSync(opts.file + side, { force: true });
    }
  }
  commitTempFile(staged, opts.file);
  return openLedger({ file: opts.file, migrationsDir: opts.migrationsDir, backupsDir: opts.backupsDir });
}

/** Leftovers of a crash during a backup or a restore. */
export function sweepTempFiles(file: string, backupsDir: string): string[] {
  const removed: string[] = [];
  if (fs.existsSync(file + RESTORE_TEMP_SUFFIX)) {
    fs.rmSync(file + RESTORE_TEMP_SUFFIX, { force: true });
    removed.push(file + RESTORE_TEMP_SUFFIX);
  }
  if (fs.existsSync(backupsDir)) {
    for (const name of fs.readdirSync(backupsDir)) {
      if (name.endsWith('.tmp')) {
        fs.rmSync(path.join(backupsDir, name), { force: true });
        removed.push(name);
      }
    }
  }
  return removed;
}
