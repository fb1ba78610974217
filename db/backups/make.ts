// A backup is only a backup once it has been read back: copy into a temp file, run
// integrity_check on the copy, then fsync and rename into place (db/writeFileAtomic.ts).
// A crash at any point leaves either no new file or a complete, checked one (temp files are
// swept at the next start).
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Ledger } from '../open';
import { commitTempFile } from '../writeFileAtomic';

export interface BackupFile {
  name: string;
  /** Local time the copy was made, 'YYYY-MM-DD HH:mm:ss'. */
  at: string;
  size: number;
  reason: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
export const stampOf = (d: Date) => `${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}-${pad(d.getHours())}${pad(d.getMinutes())}${pad(d.getSeconds())}`;

/** `20261125-142600-导入前备份.sqlite` sorts by time and says why it was made. */
function targetName(backupsDir: string, reason: string, now: Date): string {
  const base = `${stampOf(now)}-${reason.replace(/[\\/:*?"<>|]/g, '')}`;
  let name = `${base}.sqlite`;
  for (let n = 2; fs.existsSync(path.join(backupsDir, name)); n++) name = `${base}-${n}.sqlite`;
  return name;
}

/** integrity_check on a file opened read-only; the message when it fails. */
export function verifyDatabaseFile(file: string, check: 'integrity_check' | 'quick_check' = 'integrity_check'): string | null {
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const rows = db.pragma(check) as Record<string, string>[];
    const first = rows.map((r) => Object.values(r)[0]);
    return first.length === 1 && first[0] === 'ok' ? null : `数据文件校验未通过：${first.slice(0, 3).join('；')}`;
  } catch (error) {
    return `无法读取数据文件：${(error as Error).message}`;
  } finally {
    db?.close();
  }
}

function finish(temp: string, backupsDir: string, reason: string, now: Date): BackupFile {
  const problem = verifyDatabaseFile(temp);
  if (problem) {
    fs.rmSync(temp, { force: true });
    throw new Error(`backup copy failed its check: ${problem}`);
  }
  const name = targetName(backupsDir, reason, now);
  commitTempFile(temp, path.join(backupsDir, name));
  return { name, at: localTime(now), size: fs.statSync(path.join(backupsDir, name)).size, reason };
}

export const localTime = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;

/** SQLite's online backup API (better-sqlite3 `.backup`), then the check and the rename. Null for ':memory:'. */
export async function makeBackup(ledger: Ledger, backupsDir: string, reason: string, now = new Date()): Promise<BackupFile | null> {
  if (ledger.file === ':memory:') return null;
  fs.mkdirSync(backupsDir, { recursive: true });
  const temp = path.join(backupsDir, `${stampOf(now)}-${process.pid}-${Math.random().toString(36).slice(2)}.tmp`);
  try {
    await ledger.sqlite.backup(temp);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
  return finish(temp, backupsDir, reason, now);
}

/**
 * The one synchronous copy: before migrations, while the ledger is being opened (opening is
 * synchronous). VACUUM INTO gives the same consistent snapshot; the same check and rename follow.
 */
export function makeBackupSync(sqlite: Database.Database, file: string, backupsDir: string, reason: string, now = new Date()): BackupFile | null {
  if (file === ':memory:') return null;
  fs.mkdirSync(backupsDir, { recursive: true });
  const temp = path.join(backupsDir, `${stampOf(now)}-${process.pid}-sync.tmp`);
  fs.rmSync(temp, { force: true });
  sqlite.prepare('VACUUM INTO ?').run(temp);
  return finish(temp, backupsDir, reason, now);
}
