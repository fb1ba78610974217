import fs from 'node:fs';
import path from 'node:path';
import { localTime, type BackupFile } from './make';

const NEW_NAME = /^(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})-(.+?)(?:-\d+)?\.sqlite$/;
const OLD_NAME = /^(.+)-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})(?:-\d+)?\.sqlite$/;

/** When and why, from the name (older copies were named reason-first); else the file's time. */
export function parseBackupName(name: string, mtime: Date): { date: Date; reason: string } {
  const n = NEW_NAME.exec(name);
  if (n) return { date: new Date(+n[1], +n[2] - 1, +n[3], +n[4], +n[5], +n[6]), reason: n[7] };
  const o = OLD_NAME.exec(name);
  if (o) return { date: new Date(+o[2], +o[3] - 1, +o[4], +o[5], +o[6], +o[7]), reason: o[1] };
  return { date: mtime, reason: '备份' };
}

/** Every finished backup in the folder, newest first. */
export function listBackups(backupsDir: string): (BackupFile & { date: Date })[] {
  if (!fs.existsSync(backupsDir)) return [];
  return fs
    .readdirSync(backupsDir)
    .filter((name) => name.endsWith('.sqlite'))
    .map((name) => {
      const stat = fs.statSync(path.join(backupsDir, name));
      const { date, reason } = parseBackupName(name, stat.mtime);
      return { name, at: localTime(date), size: stat.size, reason, date };
    })
    .sort((a, b) => b.date.getTime() - a.date.getTime() || b.name.localeCompare(a.name));
}
