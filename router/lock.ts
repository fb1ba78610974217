// The optional start password. The host, not the page, decides: while locked the router
// answers LOCKED to every call but those in access.ts, so a page left open reveals nothing new.
import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import { refuse } from '../db/ledgerError';
import type { Ledger } from '../db/open';
import { getSetting, getSettingValues, putSettings, removeSettings } from '../db/settings';

const KEYS = { hash: 'lock.hash', salt: 'lock.salt', idle: 'lock.idleMinutes' } as const;

export interface Session {
  unlocked: boolean;
  operator: string | null;
  lastActivity: number;
}

export const newSession = (): Session => ({ unlocked: false, operator: null, lastActivity: Date.now() });

function read(ledger: Ledger) {
  const values = getSettingValues(ledger, Object.values(KEYS));
  return { hash: values[KEYS.hash], salt: values[KEYS.salt], idleMinutes: Number(values[KEYS.idle] ?? 15) };
}

const hashOf = (password: string, salt: string) => scryptSync(password.normalize('NFC'), Buffer.from(salt, 'hex'), 32, { N: 16384, r: 8, p: 1 }).toString('hex');

function matches(ledger: Ledger, password: string): boolean {
  const { hash, salt } = read(ledger);
  if (!hash || !salt) return true;
  const given = Buffer.from(hashOf(password, salt), 'hex');
  const stored = Buffer.from(hash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}

export const lockEnabled = (ledger: Ledger) => read(ledger).hash !== null;

/** True when the call must wait for the password; an idle session locks itself here. */
export function isLocked(ledger: Ledger, session: Session, now = Date.now()): boolean {
  const lock = read(ledger);
  if (!lock.hash) return false;
  if (session.unlocked && now - session.lastActivity > lock.idleMinutes * 60_000) session.unlocked = false;
  return !session.unlocked;
}

export function lockStatus(ledger: Ledger, session: Session) {
  const lock = read(ledger);
  const operator = session.operator ?? getSetting(ledger, 'operator');
  return { enabled: lock.hash !== null, locked: isLocked(ledger, session), idleMinutes: lock.idleMinutes, operator };
}

export function unlock(ledger: Ledger, session: Session, password: string, operator: string) {
  if (!matches(ledger, password)) throw refuse('密码不正确', 'password');
  Object.assign(session, { unlocked: true, operator, lastActivity: Date.now() });
  return lockStatus(ledger, session);
}

export function setPassword(ledger: Ledger, session: Session, input: { current: string | null; password: string; idleMinutes: number }) {
  if (lockEnabled(ledger) && !matches(ledger, input.current ?? '')) throw refuse('当前密码不正确', 'current');
  const salt = randomBytes(16).toString('hex');
  putSettings(ledger, { [KEYS.salt]: salt, [KEYS.hash]: hashOf(input.password, salt), [KEYS.idle]: String(input.idleMinutes) });
  session.unlocked = true;
  return lockStatus(ledger, session);
}

export function disablePassword(ledger: Ledger, session: Session, current: string) {
  if (!matches(ledger, current)) throw refuse('当前密码不正确', 'current');
  removeSettings(ledger, [KEYS.hash, KEYS.salt]);
  return lockStatus(ledger, session);
}

export function lockNow(ledger: Ledger, session: Session) {
  session.unlocked = false;
  return lockStatus(ledger, session);
}

