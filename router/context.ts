// What every handler is given: the open ledger, where files go, and the few things only the
// desktop can do. One object per running app; a restore swaps `ledger` in place.
import type { AppInfo } from '../api/contract';
import { todayIso } from '../api/rules/dates';
import type { Ledger } from '../db/open';
import type { Session } from './lock';
import type { Vault } from './vault';

/** Writes a line, and an error's stack, to <data>/logs/app.log (host/log.ts); never to the UI. */
export type Logger = (message: string, error?: unknown) => void;

export interface RouterContext {
  /** null while a password-protected ledger is still sealed, or when its file failed the start check. */
  ledger: Ledger | null;
  info: AppInfo;
  /** Where exports are written (temp + rename) before they are delivered. */
  exportsDir: string;
  /** Where copies go: daily, before imports, restores, migrations and year closings. */
  backupsDir: string;
  /** Needed to reopen the ledger after a restore. */
  migrationsDir: string;
  /** The bundled excel/import/parseWorker.ts. */
  parseWorkerPath: string;
  /** Meeting attachments, stored by SHA-256. */
  attachmentsDir: string;
  /** Desktop only: opens a file with the system's viewer. */
  openFile?: (filePath: string, displayName: string) => Promise<void>;
  /** Desktop only: asks for a folder (a USB stick) for a backup copy; null when cancelled. */
  chooseFolder?: () => Promise<string | null>;
  /** Desktop only: asks where to save a copy; resolves to null when the user cancels. */
  chooseSavePath?: (suggestedName: string) => Promise<string | null>;
  /** The start password's key state (router/vault.ts); absent for an in-memory ledger. */
  vault?: Vault;
  /** The unlocked operator and idle clock (router/lock.ts); created by the router. */
  session?: Session;
  /** The router's logger, set by createRouter: background jobs log their failures here. */
  log?: Logger;
  /** Injected so tests can pin the calendar. */
  today?: () => string;
}

/** What a handler of a ledger-free call (router/access.ts) is given: the router has made the session and set the logger. */
export interface LedgerFreeContext extends RouterContext {
  session: Session;
  log: Logger;
}

/** What every other handler is given: the same, and the ledger is open (the router refuses the call otherwise). */
export interface HandlerContext extends LedgerFreeContext {
  ledger: Ledger;
}

export const isLedgerFreeReady = (ctx: RouterContext): ctx is LedgerFreeContext => ctx.session !== undefined && ctx.log !== undefined;
export const isHandlerReady = (ctx: RouterContext): ctx is HandlerContext => isLedgerFreeReady(ctx) && ctx.ledger !== null;

/** The calendar day a call runs on: the injected one in tests, the machine's otherwise. */
export const todayOf = (ctx: RouterContext): string => (ctx.today ?? todayIso)();
