// Shared by the Electron main process and the browser-mode host: take the data folder,
// check the ledger file, open (and migrate) it, make the day's backup, build the router.
// A damaged file is never opened for writing: the router starts in recovery mode, where
// the only things the UI can do are list the backups and restore one.
import fs from 'node:fs';
import path from 'node:path';
import type { AppInfo } from '../api/contract';
import { verifyDatabaseFile } from '../db/backups/make';
import { listBackups } from '../db/backups/list';
import { dailyBackup } from '../db/backups/policy';
import { sweepTempFiles } from '../db/backups/restore';
import { openLedger, type Ledger } from '../db/open';
import type { RouterContext } from '../router/context';
import { createRouter, type Router } from '../router/router';
import { lockDataDir } from './lock';
import { fileLogger } from './log';
import { keepParserWarm, stopWarmParser } from '../excel/import/parseFile';

export const DATABASE_FILE = 'ledger.sqlite';

export interface StartedLedger {
  router: Router;
  /** The live context: after a restore it holds the new ledger. */
  ctx: RouterContext;
  info: AppInfo;
  exportsDir: string;
  attachmentsDir: string;
  stop(): void;
}

export interface StartOptions {
  dataDir: string;
  migrationsDir: string;
  version: string;
  mode: AppInfo['mode'];
  /** The bundled parse worker (dist/workers/parseWorker.cjs). */
  parseWorkerPath: string;
  chooseSavePath?: RouterContext['chooseSavePath'];
  chooseFolder?: RouterContext['chooseFolder'];
  openFile?: RouterContext['openFile'];
  /** Tests pin the clock of the daily backup. */
  now?: () => Date;
}

export async function startLedger(opts: StartOptions): Promise<StartedLedger> {
  const lock = lockDataDir(opts.dataDir);
  const log = fileLogger(opts.dataDir);
  try {
    const file = path.join(opts.dataDir, DATABASE_FILE);
    const backupsDir = path.join(opts.dataDir, 'backups');
    const swept = sweepTempFiles(file, backupsDir);
    if (swept.length) log(`removed leftovers of an interrupted backup or restore: ${swept.join(', ')}`);

    const problem = fs.existsSync(file) ? verifyDatabaseFile(file, 'quick_check') : null;
    const info: AppInfo = { version: opts.version, dataDir: opts.dataDir, databaseFile: file, mode: opts.mode, damaged: null };
    let ledger: Ledger | null = null;
    if (problem) {
      log(`quick_check failed, starting in recovery mode: ${problem}`);
      info.damaged = { message: problem, newestGood: newestGoodBackup(backupsDir) };
    } else {
      ledger = openLedger({ file, migrationsDir: opts.migrationsDir, backupsDir });
      const made = await dailyBackup(ledger, backupsDir, opts.now?.() ?? new Date());
      if (made) log(`daily backup ${made.name}`);
    }
    const exportsDir = path.join(opts.dataDir, 'exports');
    const attachmentsDir = path.join(opts.dataDir, 'attachments');
    const ctx: RouterContext = {
      // In recovery mode no handler that reads the ledger can run (router.ts checks first).
      ledger: ledger as Ledger,
      info,
      exportsDir,
      backupsDir,
      migrationsDir: opts.migrationsDir,
      parseWorkerPath: opts.parseWorkerPath,
      attachmentsDir,
      chooseSavePath: opts.chooseSavePath,
      chooseFolder: opts.chooseFolder,
      openFile: opts.openFile,
    };
    const router = createRouter(ctx, log);
    if (ledger) keepParserWarm(opts.parseWorkerPath);
    // 首页's figures and reminders are worked out while the window or browser starts, so its
    // first requests find them remembered (memoUntilWrite) rather than reading a street's
    // members cold: a first paint right after starting was ~0.3 s slower than the next one.
    // Through the router, so a locked app computes nothing.
    const warming = ledger ? setTimeout(() => void router.handle('home.reminders', {}).then(() => router.handle('home.figures', {})), 0) : undefined;
    log(`opened ${file} (${opts.mode}, version ${opts.version})${problem ? ' in recovery mode' : ''}`);
    return {
      router,
      ctx,
      info,
      exportsDir,
      attachmentsDir,
      stop() {
        clearTimeout(warming);
        stopWarmParser();
        ctx.ledger?.close();
        lock.release();
      },
    };
  } catch (error) {
    log('failed to open the ledger', error);
    lock.release();
    throw error;
  }
}

/** The newest backup that passes integrity_check, for the recovery screen. */
export function newestGoodBackup(backupsDir: string): { name: string; at: string } | null {
  for (const b of listBackups(backupsDir)) {
    if (!verifyDatabaseFile(path.join(backupsDir, b.name))) return { name: b.name, at: b.at };
  }
  return null;
}
