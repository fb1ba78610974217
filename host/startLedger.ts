// Shared by the Electron main process and the browser-mode host: take the data folder,
// open (and migrate) the ledger, and build the router over it.
import path from 'node:path';
import type { AppInfo } from '../api/contract';
import { openLedger, type Ledger } from '../db/open';
import type { RouterContext } from '../router/handlers';
import { createRouter, type Router } from '../router/router';
import { lockDataDir } from './lock';
import { fileLogger } from './log';

export const DATABASE_FILE = 'ledger.sqlite';

export interface StartedLedger {
  ledger: Ledger;
  router: Router;
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
  openFile?: RouterContext['openFile'];
}

export function startLedger(opts: StartOptions): StartedLedger {
  const lock = lockDataDir(opts.dataDir);
  const log = fileLogger(opts.dataDir);
  try {
    const file = path.join(opts.dataDir, DATABASE_FILE);
    const backupsDir = path.join(opts.dataDir, 'backups');
    const ledger = openLedger({ file, migrationsDir: opts.migrationsDir, backupsDir });
    const info: AppInfo = { version: opts.version, dataDir: opts.dataDir, databaseFile: file, mode: opts.mode };
    const exportsDir = path.join(opts.dataDir, 'exports');
    const attachmentsDir = path.join(opts.dataDir, 'attachments');
    const router = createRouter({ ledger, info, exportsDir, backupsDir, parseWorkerPath: opts.parseWorkerPath, attachmentsDir, chooseSavePath: opts.chooseSavePath, openFile: opts.openFile }, log);
    log(`opened ${file} (${opts.mode}, version ${opts.version})`);
    return {
      ledger,
      router,
      info,
      exportsDir,
      attachmentsDir,
      stop() {
        ledger.close();
        lock.release();
      },
    };
  } catch (error) {
    log('failed to open the ledger', error);
    lock.release();
    throw error;
  }
}
