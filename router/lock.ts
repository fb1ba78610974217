// The optional start password. The host, not the page, decides: while locked the router
// answers LOCKED to every call but those in access.ts, so a page left open reveals nothing new.
// With a password the ledger is encrypted (db/crypt, docs/safety.md): before the first unlock
// it is not even open, and the password's only check is whether it unwraps the data key.
import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import type { LockStatus } from '../api/contract';
import { makeBackup } from '../db/backups/make';
import { thinBackups } from '../db/backups/policy';
import { attemptsPath, clearAttempts, readAttempts, recordFailure, waitLeft } from '../db/crypt/attempts';
import { encryptPlainBackups } from '../db/crypt/encryptBackups';
import { makeKeyFile, unwrapKey, type KeyFile } from '../db/crypt/keyFile';
import { forgetKey, rememberKey } from '../db/crypt/keyring';
import { newRecoveryCode } from '../db/crypt/recoveryCode';
import { prepareSwitch, settlePendingSwitch } from '../db/crypt/switchKey';
import { writeAudit } from '../db/audit';
import { refuse } from '../db/ledgerError';
import { openLedger } from '../db/open';
import { getSetting, getSettingValues, removeSettings } from '../db/settings';
import { isHandlerReady, type HandlerContext, type RouterContext } from './context';

/** Before encryption the password was a scrypt hash in settings; such a ledger is still plain. */
const LEGACY = { hash: 'lock.hash', salt: 'lock.salt', idle: 'lock.idleMinutes' } as const;
const DEFAULT_IDLE = 15;

export interface Session {
  unlocked: boolean;
  operator: string | null;
  lastActivity: number;
}

export const newSession = (): Session => ({ unlocked: false, operator: null, lastActivity: Date.now() });

function legacy(ctx: RouterContext) {
  if (!ctx.ledger) return null;
  const v = getSettingValues(ctx.ledger, Object.values(LEGACY));
  return v[LEGACY.hash] && v[LEGACY.salt] ? { hash: v[LEGACY.hash]!, salt: v[LEGACY.salt]!, idleMinutes: Number(v[LEGACY.idle] ?? DEFAULT_IDLE) } : null;
}

function legacyMatches(l: { hash: string; salt: string }, password: string): boolean {
  const given = scryptSync(password.normalize('NFC'), Buffer.from(l.salt, 'hex'), 32, { N: 16384, r: 8, p: 1 });
  const stored = Buffer.from(l.hash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}

function settings(ctx: RouterContext): { enabled: boolean; idleMinutes: number } {
  const keyFile = ctx.vault?.keyFile;
  if (keyFile) return { enabled: true, idleMinutes: keyFile.idleMinutes };
  const old = legacy(ctx);
  return { enabled: old !== null, idleMinutes: old?.idleMinutes ?? DEFAULT_IDLE };
}

export const lockEnabled = (ctx: RouterContext) => settings(ctx).enabled;

/** True when the call must wait for the password; an idle session locks itself here. */
export function isLocked(ctx: RouterContext, session: Session, now = Date.now()): boolean {
  const lock = settings(ctx);
  if (!lock.enabled) return false;
  if (!ctx.ledger) return true;
  if (session.unlocked && now - session.lastActivity > lock.idleMinutes * 60_000) session.unlocked = false;
  return !session.unlocked;
}

export function lockStatus(ctx: RouterContext, session: Session): LockStatus {
  const lock = settings(ctx);
  const operator = session.operator ?? (ctx.ledger ? getSetting(ctx.ledger, 'operator') : null);
  const wait = ctx.vault ? waitLeft(readAttempts(attemptsPath(ctx.vault.file))) : 0;
  return { enabled: lock.enabled, locked: isLocked(ctx, session), idleMinutes: lock.idleMinutes, operator, waitSeconds: Math.ceil(wait / 1000) };
}

/** Refuses while the wait after 5 wrong tries runs; the count survives a restart (attempts.ts). */
function checkThrottle(ctx: RouterContext, field: string): void {
  if (!ctx.vault) return;
  const left = waitLeft(readAttempts(attemptsPath(ctx.vault.file)));
  if (left > 0) throw refuse(`密码连续输错多次，请 ${Math.ceil(left / 1000)} 秒后再试`, field);
}

function failed(ctx: RouterContext, message: string, field: string): never {
  if (ctx.vault) {
    const after = recordFailure(attemptsPath(ctx.vault.file));
    const left = waitLeft(after);
    if (left > 0) throw refuse(`${message}。已连续输错 ${after.failures} 次，请 ${Math.ceil(left / 1000)} 秒后再试`, field);
  }
  throw refuse(message, field);
}

/**
 * After a success: the wrong tries since the last one go into the audit log, which is readable
 * now, under the call that succeeded (`auditAs`, named by the handler).
 */
function succeeded(ctx: RouterContext, operator: string, auditAs: string): void {
  if (!ctx.vault) return;
  const file = attemptsPath(ctx.vault.file);
  const { failures } = readAttempts(file);
  if (failures > 0 && ctx.ledger) writeAudit(ctx.ledger, auditAs, operator, `密码错误次数=${failures}`);
  clearAttempts(file);
}

/** The data key from the password (or the recovery code); opens the ledger on the first unlock. */
async function unlockWith(
  ctx: RouterContext,
  keyFile: KeyFile,
  secret: string,
  by: 'password' | 'recovery',
  field: string,
  operator: string,
  auditAs: string,
): Promise<Buffer> {
  checkThrottle(ctx, field);
  const unwrapped = unwrapKey(keyFile, secret, by);
  if (!unwrapped) failed(ctx, by === 'password' ? '密码不正确' : '恢复码不正确', field);
  rememberKey(unwrapped.key);
  if (!ctx.ledger) {
    await ctx.vault!.open(unwrapped.key);
    ctx.vault!.dataKey = unwrapped.key;
  }
  succeeded(ctx, operator, auditAs);
  return unwrapped.key;
}

export async function unlock(ctx: RouterContext, session: Session, input: { password: string; operator: string }, auditAs: string): Promise<LockStatus> {
  const { password, operator } = input;
  const keyFile = ctx.vault?.keyFile;
  let recoveryCode: string | undefined;
  if (keyFile) {
    await unlockWith(ctx, keyFile, password, 'password', 'password', operator, auditAs);
  } else {
    const old = legacy(ctx);
    if (old) {
      checkThrottle(ctx, 'password');
      if (!legacyMatches(old, password)) failed(ctx, '密码不正确', 'password');
      succeeded(ctx, operator, auditAs);
      // The first unlock after the update encrypts the ledger with the same password.
      if (ctx.vault && isHandlerReady(ctx) && ctx.ledger.file !== ':memory:') recoveryCode = await changeKey(ctx, password, old.idleMinutes);
    }
  }
  Object.assign(session, { unlocked: true, operator, lastActivity: Date.now() });
  return { ...lockStatus(ctx, session), ...(recoveryCode ? { recoveryCode } : {}) };
}

/** The forgotten-password path: the recovery code opens the ledger, and a new password (and code) replace the old ones. */
export async function recover(
  ctx: RouterContext,
  session: Session,
  input: { code: string; password: string; operator: string },
  auditAs: string,
): Promise<LockStatus> {
  const keyFile = ctx.vault?.keyFile;
  if (!keyFile) throw refuse('未设置启动密码，无需恢复码', 'code');
  await unlockWith(ctx, keyFile, input.code, 'recovery', 'code', input.operator, auditAs);
  if (ctx.info.damaged || !isHandlerReady(ctx)) throw refuse('数据文件已损坏，请先从备份恢复，再设置新密码', 'code');
  const recoveryCode = await changeKey(ctx, input.password, keyFile.idleMinutes);
  Object.assign(session, { unlocked: true, operator: input.operator, lastActivity: Date.now() });
  return { ...lockStatus(ctx, session), recoveryCode };
}

export async function setPassword(
  ctx: HandlerContext,
  session: Session,
  input: { current: string | null; password: string; idleMinutes: number },
): Promise<LockStatus> {
  checkCurrent(ctx, input.current ?? '', 'current', true);
  const recoveryCode = await changeKey(ctx, input.password, input.idleMinutes);
  session.unlocked = true;
  return { ...lockStatus(ctx, session), recoveryCode };
}

export async function disablePassword(ctx: HandlerContext, session: Session, current: string): Promise<LockStatus> {
  checkCurrent(ctx, current, 'current', false);
  requireFile(ctx);
  await switchTo(ctx, null);
  return lockStatus(ctx, session);
}

function checkCurrent(ctx: HandlerContext, current: string, field: string, mayBeUnset: boolean): void {
  const keyFile = ctx.vault?.keyFile;
  if (keyFile) {
    checkThrottle(ctx, field);
    if (!unwrapKey(keyFile, current, 'password')) failed(ctx, '当前密码不正确', field);
    return;
  }
  const old = legacy(ctx);
  if (old ? !legacyMatches(old, current) : !mayBeUnset) throw refuse('当前密码不正确', field);
}

function requireFile(ctx: HandlerContext): void {
  if (!ctx.vault || ctx.ledger.file === ':memory:') throw refuse('内存中的数据库不能设置启动密码');
}

/** New data key, new recovery code, the ledger re-encrypted under them; returns the code to show once. */
async function changeKey(ctx: HandlerContext, password: string, idleMinutes: number): Promise<string> {
  requireFile(ctx);
  const key = randomBytes(32);
  const code = newRecoveryCode();
  await switchTo(ctx, { key, keyFile: makeKeyFile(key, password, code, idleMinutes) });
  return code;
}

/**
 * The crash-safe swap (db/crypt/switchKey.ts), then the ledger is reopened under the new key and
 * a fresh backup set begins. Older backups keep their own key files: they open with the old
 * password or recovery code. Plain ones are encrypted, so no plain copy is left behind.
 */
async function switchTo(ctx: HandlerContext, next: { key: Buffer; keyFile: KeyFile } | null): Promise<void> {
  const vault = ctx.vault!;
  const file = vault.file;
  // The old hash must not outlive the switch: with no key file it would lock a plain ledger again.
  if (legacy(ctx)) removeSettings(ctx.ledger, [LEGACY.hash, LEGACY.salt]);
  try {
    prepareSwitch(ctx.ledger.sqlite, file, next);
  } catch (error) {
    settlePendingSwitch(file);
    throw error;
  }
  const old = ctx.ledger.key;
  ctx.ledger.close();
  settlePendingSwitch(file);
  if (old) forgetKey(old);
  if (next) rememberKey(next.key);
  ctx.ledger = openLedger({ file, migrationsDir: ctx.migrationsDir, backupsDir: ctx.backupsDir, key: next?.key ?? null });
  vault.keyFile = next?.keyFile ?? null;
  vault.dataKey = next?.key ?? null;
  if (next) encryptPlainBackups(ctx.backupsDir, next.key, next.keyFile);
  await makeBackup(ctx.ledger, ctx.backupsDir, next ? '设置密码后备份' : '取消密码后备份');
  thinBackups(ctx.backupsDir);
}

export function lockNow(ctx: RouterContext, session: Session): LockStatus {
  session.unlocked = false;
  return lockStatus(ctx, session);
}
