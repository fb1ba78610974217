// Restore swaps the ledger file for a checked backup. Order matters for crash safety:
// check the backup, copy the current file aside, stage the backup as a temp file beside the
// ledger, close the ledger (which checkpoints and removes its WAL), then one rename.
// A crash before the rename leaves the old ledger; after it, the new one; never a mix.
import fs from 'node:fs';
import path from 'node:path';
import { openDatabase, rekey } from '../crypt/cipher';
import { keyFilePath, readKeyFile, unwrapKey } from '../crypt/keyFile';
import { keyForFile, KeyUnknownError, rememberKey } from '../crypt/keyring';
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
  /** The data key the restored ledger is to have: the current one, so the password stays as it is. */
  key: Buffer | null;
  /** The password or recovery code of the backup's day, for a backup made under another password. */
  secret?: string | null;
}

/** A backup's name as the user picked it: a plain file name inside the backups folder. */
export function backupPath(backupsDir: string, name: string): string {
  if (path.basename(name) !== name || !name.endsWith('.sqlite')) throw refuse('备份文件名不正确', 'name');
  const file = path.join(backupsDir, name);
  if (!fs.existsSync(file)) throw new LedgerError('NOT_FOUND', '找不到该备份文件，可能已被移走', 'name');
  return file;
}

/** The backup's own key: known here already, or unwrapped from its sidecar with the secret given. */
export function backupKey(file: string, secret?: string | null): Buffer | null {
  try {
    return keyForFile(file);
  } catch (error) {
    if (!(error instanceof KeyUnknownError)) throw error;
    const sidecar = readKeyFile(keyFilePath(file))!;
    if (!secret) throw refuse('该备份是在另一个启动密码下做的，请输入当时的启动密码或恢复码', 'secret');
    const unwrapped = unwrapKey(sidecar, secret);
    if (!unwrapped) throw refuse('密码或恢复码与该备份不符', 'secret');
    rememberKey(unwrapped.key);
    return unwrapped.key;
  }
}

export function checkBackup(file: string, migrationsDir: string, secret?: string | null): Buffer | null {
  const key = backupKey(file, secret);
  const problem = verifyDatabaseFile(file, 'integrity_check', key);
  if (problem) throw refuse(`该备份无法使用：${problem}`, 'name');
  const db = openDatabase(file, key, { readonly: true, fileMustExist: true });
  try {
    const plan = planMigrations(db, readJournal(migrationsDir));
    if (plan.kind === 'newer-file') throw refuse('该备份由更新版本的社区党务台账创建，当前版本不能恢复', 'name');
  } finally {
    db.close();
  }
  return key;
}

/** The staged copy gets the ledger's current key (or none), whatever key the backup had. */
function rekeyStaged(staged: string, from: Buffer | null, to: Buffer | null): void {
  if (from === to || (from && to && from.equals(to))) return;
  const db = openDatabase(staged, from);
  try {
    db.pragma('journal_mode = DELETE');
    rekey(db, to);
  } finally {
    db.close();
  }
}

/** Replaces the ledger with the backup and opens it; `current` is null when the ledger was found damaged. */
export async function restoreBackup(current: Ledger | null, opts: RestoreOptions): Promise<Ledger> {
  const source = backupPath(opts.backupsDir, opts.name);
  const sourceKey = checkBackup(source, opts.migrationsDir, opts.secret);
  const staged = opts.file + RESTORE_TEMP_SUFFIX;
  // Fsynced by commitTempFile before the rename, after the ledger is closed.
  fs.copyFileSync(source, staged);
  rekeyStaged(staged, sourceKey, opts.key);
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
  return openLedger({ file: opts.file, migrationsDir: opts.migrationsDir, backupsDir: opts.backupsDir, key: opts.key });
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
