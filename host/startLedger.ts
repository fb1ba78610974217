// Shared by the Electron main process and the browser-mode host: take the data folder,
// check the ledger file, open (and migrate) it, make the day's backup, build the router.
// A damaged file is never opened for writing: the router starts in recovery mode, where
// the only things the UI can do are list the backups and restore one.
// With a start password the ledger is encrypted: start opens nothing, and the steps above run
// when lock.unlock has unwrapped the key (router/lock.ts calls vault.open).
import fs from 'node:fs';
import path from 'node:path';
import type { AppInfo } from '../api/contract';
import { verifyDatabaseFile } from '../db/backups/make';
import { listBackups } from '../db/backups/list';
import { dailyBackup } from '../db/backups/policy';
import { sweepTempFiles } from '../db/backups/restore';
import { keyFilePath, readKeyFile } from '../db/crypt/keyFile';
import { settlePendingSwitch, sweepLedgerTemps } from '../db/crypt/switchKey';
import { openLedger, type Ledger } from '../db/open';
import type { RouterContext } from '../router/context';
import { createRouter, type Router } from '../router/router';
import { lockDataDir } from './lock';
import { fileLogger } from './log';
import { keepParserWarm, stopWarmParser } from '../excel/import/parseFile';
import { KEPT_PACKAGES_DIR } from '../router/keptPackages';

export const DATABASE_FILE = 'ledger.sqlite';

export interface StartedLedger {
  router: Router;
  /** The live context: after a restore it holds the new ledger. */
  ctx: RouterContext;
  /** The open ledger (after a restore, the new one); throws while it is sealed or damaged. */
  readonly ledger: Ledger;
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

const UNREADABLE = '无法读取数据文件';
/**
 * quick_check at start. A file that could not even be opened is tried twice more, 0.3 s apart,
 * before the app goes into recovery mode: a moment's lock by another program (a virus scanner,
 * a sync tool, a process still letting go of the file) is not damage. A failed check is.
 */
async function checkAtStart(file: string, key: Buffer | null, log: (message: string) => void): Promise<string | null> {
  let problem = verifyDatabaseFile(file, 'quick_check', key);
  for (let retry = 1; retry <= 2 && problem?.startsWith(UNREADABLE); retry++) {
    log(`quick_check could not open the file (${problem}); trying again`);
    await new Promise((resolve) => setTimeout(resolve, 300));
    problem = verifyDatabaseFile(file, 'quick_check', key);
  }
  return problem;
}

export async function startLedger(opts: StartOptions): Promise<StartedLedger> {
  const lock = lockDataDir(opts.dataDir);
  const log = fileLogger(opts.dataDir);
  try {
    const file = path.join(opts.dataDir, DATABASE_FILE);
    const backupsDir = path.join(opts.dataDir, 'backups');
    // A password change killed half-way is finished or undone before anything is looked at.
    const settled = settlePendingSwitch(file);
    if (settled !== 'none') log(`password change interrupted: ${settled}`);
    const swept = [...sweepTempFiles(file, backupsDir), ...sweepLedgerTemps(file)];
    if (swept.length) log(`removed leftovers of an interrupted backup or restore: ${swept.join(', ')}`);
    const exportsDir = path.join(opts.dataDir, 'exports');
    const sweptExports = sweepExports(exportsDir);
    if (sweptExports) log(`removed ${sweptExports} undelivered export file(s)`);

    const info: AppInfo = { version: opts.version, dataDir: opts.dataDir, databaseFile: file, mode: opts.mode, damaged: null };
    const attachmentsDir = path.join(opts.dataDir, 'attachments');
    let warming: ReturnType<typeof setTimeout> | undefined;
    let warmStopped = false;
    /** The start proper: at once without a password, after the unlock with one. */
    const open = async (key: Buffer | null) => {
      const problem = fs.existsSync(file) ? await checkAtStart(file, key, log) : null;
      if (problem) {
        log(`quick_check failed, starting in recovery mode: ${problem}`);
        info.damaged = { message: problem, newestGood: newestGoodBackup(backupsDir) };
        return;
      }
      const ledger = openLedger({ file, migrationsDir: opts.migrationsDir, backupsDir, key });
      ctx.ledger = ledger;
      const made = await dailyBackup(ledger, backupsDir, opts.now?.() ?? new Date());
      if (made) log(`daily backup ${made.name}`);
      keepParserWarm(opts.parseWorkerPath);
      // 首页's figures and reminders are worked out while the window or browser starts, so its
      // first requests find them remembered (memoUntilWrite) rather than reading a street's
      // members cold: a first paint right after starting was ~0.3 s slower than the next one.
      // Through the router, so a locked app computes nothing.
      // One after another, the main panel's first: the 党费, 发展党员 and care panels are
      // separate calls (the street's arrears alone take ~0.25 s cold).
      const warmUp = ['home.reminders', 'home.figures', 'home.duesReminders', 'home.developmentReminders', 'home.careReminders'] as const;
      // Each call in a task of its own: a request that arrives meanwhile (the window's or the
      // browser's first calls, asked at once) waits for the one under way, not for all five.
      let step = 0;
      const next = () => {
        const name = warmUp[step++];
        if (name && !warmStopped) void router.handle(name, {}).then(() => !warmStopped && (warming = setTimeout(next, 0)));
      };
      warming = setTimeout(next, 0);
    };
    const keyFile = readKeyFile(keyFilePath(file));
    const ctx: RouterContext = {
      // Until open() runs (sealed, or in recovery mode) only the ledger-free calls run (router/access.ts).
      ledger: null,
      vault: { file, keyFile, dataKey: null, open },
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
    if (keyFile) log(`${file} is encrypted: waiting for the start password (${opts.mode}, version ${opts.version})`);
    else {
      await open(null);
      log(`opened ${file} (${opts.mode}, version ${opts.version})${info.damaged ? ' in recovery mode' : ''}`);
    }
    return {
      router,
      ctx,
      get ledger() {
        if (!ctx.ledger) throw new Error('the ledger is not open: sealed by its start password, or damaged');
        return ctx.ledger;
      },
      info,
      exportsDir,
      attachmentsDir,
      stop() {
        warmStopped = true;
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

/** The newest backup that passes integrity_check, for the recovery screen (one under another password cannot be checked here). */
export function newestGoodBackup(backupsDir: string): { name: string; at: string } | null {
  for (const b of listBackups(backupsDir)) {
    if (!verifyDatabaseFile(path.join(backupsDir, b.name))) return { name: b.name, at: b.at };
  }
  return null;
}

/** An export is removed once delivered; one still here after a restart was never delivered. The 上报包 copies stay. */
function sweepExports(exportsDir: string): number {
  if (!fs.existsSync(exportsDir)) return 0;
  const names = fs.readdirSync(exportsDir).filter((name) => name !== KEPT_PACKAGES_DIR);
  for (const name of names) fs.rmSync(path.join(exportsDir, name), { force: true, recursive: true });
  return names.length;
}
