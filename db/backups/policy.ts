// When copies are made without being asked, and which are kept.
import fs from 'node:fs';
import path from 'node:path';
import { keyFilePath } from '../crypt/keyFile';
import type { Ledger } from '../open';
import { getSetting } from '../settings';
import { settings } from '../schema';
import { listBackups } from './list';
import { makeBackup, type BackupFile } from './make';
import { backupsToRemove } from './thin';

const DAY = 24 * 60 * 60 * 1000;
const EXTERNAL_KEY = 'backup.externalAt';

/** At start: a copy when the newest is more than a day old, then thinning. */
export async function dailyBackup(ledger: Ledger, backupsDir: string, now = new Date()): Promise<BackupFile | null> {
  const newest = listBackups(backupsDir)[0];
  const made = !newest || now.getTime() - newest.date.getTime() > DAY ? await makeBackup(ledger, backupsDir, '每日自动备份', now) : null;
  thinBackups(backupsDir, now);
  return made;
}

export function thinBackups(backupsDir: string, now = new Date()): string[] {
  const remove = backupsToRemove(listBackups(backupsDir), now);
  for (const b of remove) {
    fs.rmSync(path.join(backupsDir, b.name), { force: true });
    fs.rmSync(keyFilePath(path.join(backupsDir, b.name)), { force: true });
  }
  if (!fs.existsSync(backupsDir)) return remove.map((b) => b.name);
  // A key file whose backup is gone (removed by hand, or a kill between the two) is swept too.
  for (const name of fs.readdirSync(backupsDir)) {
    if (name.endsWith('.sqlite.key') && !fs.existsSync(path.join(backupsDir, name.slice(0, -'.key'.length))))
      fs.rmSync(path.join(backupsDir, name), { force: true });
  }
  return remove.map((b) => b.name);
}

export function recordExternalCopy(ledger: Ledger, at = new Date()): void {
  const value = at.toISOString();
  ledger.db.insert(settings).values({ key: EXTERNAL_KEY, value }).onConflictDoUpdate({ target: settings.key, set: { value } }).run();
}

export function lastExternalCopy(ledger: Ledger): string | null {
  return getSetting(ledger, EXTERNAL_KEY);
}

/** A warning when nothing has left the data folder for 30 days (the PC is the single point of failure). */
export function externalCopyWarning(ledger: Ledger, now = new Date()): string | null {
  const last = lastExternalCopy(ledger);
  if (last && now.getTime() - new Date(last).getTime() <= 30 * DAY) return null;
  return last
    ? `已有 ${Math.floor((now.getTime() - new Date(last).getTime()) / DAY)} 天没有把备份复制到数据文件夹以外（如U盘）。电脑损坏时，数据文件夹内的备份会一起丢失。`
    : '还没有把备份复制到数据文件夹以外（如U盘）。电脑损坏时，数据文件夹内的备份会一起丢失。';
}
