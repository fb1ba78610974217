// Backup calls: they change which ledger the router serves (restore) or copy it out of
// the data folder, so they live beside the router rather than in db/.
import path from 'node:path';
import type { BackupStatus } from '../api/schemas/backups';
import type { Delivery } from '../api/schemas/reports';
import { listBackups } from '../db/backups/list';
import { makeBackup, stampOf } from '../db/backups/make';
import { externalCopyWarning, lastExternalCopy, recordExternalCopy, thinBackups } from '../db/backups/policy';
import { restoreBackup } from '../db/backups/restore';
import { refuse } from '../db/ledgerError';
import { keyFilePath } from '../db/crypt/keyFile';
import { copyFileAtomic } from '../db/writeFileAtomic';
import type { HandlerContext, RouterContext } from './context';

export function backupStatus(ctx: RouterContext): BackupStatus {
  return {
    backupsDir: ctx.backupsDir,
    files: listBackups(ctx.backupsDir).map(({ date: _d, ...b }) => b),
    lastExternalAt: ctx.ledger ? lastExternalCopy(ctx.ledger) : null,
    warning: ctx.ledger ? externalCopyWarning(ctx.ledger) : null,
  };
}

export async function backupNow(ctx: HandlerContext): Promise<BackupStatus> {
  if (!(await makeBackup(ctx.ledger, ctx.backupsDir, '手动备份'))) throw refuse('内存中的数据库不能备份');
  thinBackups(ctx.backupsDir);
  return backupStatus(ctx);
}

/**
 * 备份到…: a fresh checked copy leaves the data folder. The desktop asks for a folder (a USB
 * stick); the browser downloads it. Either way the date is remembered for the 30-day warning.
 */
export async function backupElsewhere(ctx: HandlerContext): Promise<Delivery> {
  const made = await makeBackup(ctx.ledger, ctx.backupsDir, '复制到外部');
  if (!made) throw refuse('内存中的数据库不能备份');
  const source = path.join(ctx.backupsDir, made.name);
  const copyName = `社区党务台账备份-${stampOf(new Date())}.sqlite`;
  if (ctx.chooseFolder) {
    const folder = await ctx.chooseFolder();
    if (!folder) return { kind: 'cancelled' };
    const target = path.join(folder, copyName);
    // An encrypted copy is useless without its wrapped key: the key file goes first, beside it.
    if (ctx.ledger.key) copyFileAtomic(keyFilePath(source), keyFilePath(target));
    copyFileAtomic(source, target);
    recordExternalCopy(ctx.ledger);
    return { kind: 'saved', path: target };
  }
  copyFileAtomic(source, path.join(ctx.exportsDir, copyName));
  recordExternalCopy(ctx.ledger);
  return { kind: 'download', url: `/exports/${encodeURIComponent(copyName)}` };
}

/** Swaps the ledger for a checked backup and serves the restored one from the next call on. */
export async function restore(ctx: RouterContext, name: string, secret: string | null = null): Promise<{ restoredFrom: string }> {
  if (ctx.ledger && ctx.ledger.file === ':memory:') throw refuse('内存中的数据库不能恢复');
  const file = ctx.info.databaseFile;
  // The restored ledger keeps today's password: it is re-encrypted to the current key.
  const key = ctx.vault?.dataKey ?? null;
  ctx.ledger = await restoreBackup(ctx.ledger, { file, backupsDir: ctx.backupsDir, migrationsDir: ctx.migrationsDir, name, key, secret });
  ctx.info.damaged = null;
  return { restoredFrom: name };
}
