// A backup is only a backup once it has been read back: copy into a temp file, run
// integrity_check on the copy, then fsync and rename into place (db/writeFileAtomic.ts).
// A crash at any point leaves either no new file or a complete, checked one (temp files are
// swept at the next start).
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { openDatabase } from '../crypt/cipher';
import { keyFilePath } from '../crypt/keyFile';
import { keyForFile } from '../crypt/keyring';
import type { Ledger } from '../open';
import { commitTempFile, copyFileAtomic } from '../writeFileAtomic';

export interface BackupFile {
  name: string;
  /** Local time the copy was made, 'YYYY-MM-DD HH:mm:ss'. */
  at: string;
  size: number;
  reason: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
export const stampOf = (d: Date) =>
  `${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}-${pad(d.getHours())}${pad(d.getMinutes())}${pad(d.getSeconds())}`;

/** `20261125-142600-导入前备份.sqlite` sorts by time and says why it was made. */
function targetName(backupsDir: string, reason: string, now: Date): string {
  const base = `${stampOf(now)}-${reason.replace(/[\\/:*?"<>|]/g, '')}`;
  let name = `${base}.sqlite`;
  for (let n = 2; fs.existsSync(path.join(backupsDir, name)); n++) name = `${base}-${n}.sqlite`;
  return name;
}

/**
 * integrity_check on a file opened read-only; the message when it fails. An encrypted file is
 * opened with its key (keyring.ts): a page whose HMAC fails makes the check fail.
 * A temp copy, which has no sidecar yet, is given its key.
 */
export function verifyDatabaseFile(file: string, check: 'integrity_check' | 'quick_check' = 'integrity_check', key?: Buffer | null): string | null {
  let db: Database.Database | null = null;
  try {
    db = openDatabase(file, key === undefined ? keyForFile(file) : key, { readonly: true, fileMustExist: true });
    const rows = db.pragma(check) as Record<string, string>[];
    const first = rows.map((r) => Object.values(r)[0]);
    return first.length === 1 && first[0] === 'ok' ? null : `数据文件校验未通过：${first.slice(0, 3).join('；')}`;
  } catch (error) {
    return `无法读取数据文件：${(error as Error).message}`;
  } finally {
    db?.close();
  }
}

/** Check the copy, give an encrypted one its ledger's key file first, then rename the copy into place. */
function finish(temp: string, ledgerFile: string, key: Buffer | null, backupsDir: string, reason: string, now: Date): BackupFile {
  const problem = verifyDatabaseFile(temp, 'integrity_check', key);
  if (problem) {
    fs.rmSync(temp, { force: true });
    throw new Error(`backup copy failed its check: ${problem}`);
  }
  const name = targetName(backupsDir, reason, now);
  // The sidecar goes first: an encrypted backup must never exist without its wrapped key.
  if (key) copyFileAtomic(keyFilePath(ledgerFile), keyFilePath(path.join(backupsDir, name)));
  commitTempFile(temp, path.join(backupsDir, name));
  return { name, at: localTime(now), size: fs.statSync(path.join(backupsDir, name)).size, reason };
}

export const localTime = (d: Date) =>
  `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;

/**
 * SQLite's online backup API (better-sqlite3 `.backup`), then the check and the rename. Null for
 * ':memory:'. The backup API refuses an encrypted source: an encrypted ledger is copied with
 * VACUUM INTO, which writes under the same key.
 */
export async function makeBackup(ledger: Ledger, backupsDir: string, reason: string, now = new Date()): Promise<BackupFile | null> {
  if (ledger.file === ':memory:') return null;
  fs.mkdirSync(backupsDir, { recursive: true });
  const temp = path.join(backupsDir, `${stampOf(now)}-${process.pid}-${Math.random().toString(36).slice(2)}.tmp`);
  try {
    if (ledger.key) ledger.sqlite.prepare('VACUUM INTO ?').run(temp);
    else await ledger.sqlite.backup(temp);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
  return finish(temp, ledger.file, ledger.key, backupsDir, reason, now);
}

/**
 * The one synchronous copy: before migrations, while the ledger is being opened (opening is
 * synchronous). VACUUM INTO gives the same consistent snapshot; the same check and rename follow.
 */
export function makeBackupSync(
  sqlite: Database.Database,
  file: string,
  key: Buffer | null,
  backupsDir: string,
  reason: string,
  now = new Date(),
): BackupFile | null {
  if (file === ':memory:') return null;
  fs.mkdirSync(backupsDir, { recursive: true });
  const temp = path.join(backupsDir, `${stampOf(now)}-${process.pid}-sync.tmp`);
  fs.rmSync(temp, { force: true });
  sqlite.prepare('VACUUM INTO ?').run(temp);
  return finish(temp, file, key, backupsDir, reason, now);
}
