// Shared by the Electron main process and the browser-mode host: take the data folder,
// open (and migrate) the ledger, and build the router over it.
import path from 'node:path';
import type { AppInfo } from '../api/contract';
import { openLedger, type Ledger } from '../db/open';
import { createRouter, type Router } from '../router/router';
import { lockDataDir } from './lock';
import { fileLogger } from './log';

export const DATABASE_FILE = 'ledger.sqlite';

export interface StartedLedger {
  ledger: Ledger;
  router: Router;
  info: AppInfo;
  stop(): void;
}

export function startLedger(opts: { dataDir: string; migrationsDir: string; version: string; mode: AppInfo['mode'] }): StartedLedger {
  const lock = lockDataDir(opts.dataDir);
  const log = fileLogger(opts.dataDir);
  try {
    const file = path.join(opts.dataDir, DATABASE_FILE);
    const ledger = openLedger({ file, migrationsDir: opts.migrationsDir, backupsDir: path.join(opts.dataDir, 'backups') });
    const info: AppInfo = { version: opts.version, dataDir: opts.dataDir, databaseFile: file, mode: opts.mode };
    const router = createRouter({ ledger, info }, log);
    log(`opened ${file} (${opts.mode}, version ${opts.version})`);
    return {
      ledger,
      router,
      info,
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
