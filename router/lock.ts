// The optional start password. The host, not the page, decides: while locked the router
// answers LOCKED to every call but these three, so a page left open reveals nothing new.
import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import { inArray } from 'drizzle-orm';
import { refuse } from '../db/ledgerError';
import type { Ledger } from '../db/open';
import { settings } from '../db/schema';

export const LOCK_FREE_CALLS = new Set<string>(['app.info', 'lock.status', 'lock.unlock']);
const KEYS = { hash: 'lock.hash', salt: 'lock.salt', idle: 'lock.idleMinutes' } as const;

export interface Session {
  unlocked: boolean;
  operator: string | null;
  lastActivity: number;
}

export const newSession = (): Session => ({ unlocked: false, operator: null, lastActivity: Date.now() });

function read(ledger: Ledger) {
  const rows = ledger.db.select().from(settings).where(inArray(settings.key, Object.values(KEYS))).all();
  const get = (k: string) => rows.find((r) => r.key === k)?.value ?? null;
  return { hash: get(KEYS.hash), salt: get(KEYS.salt), idleMinutes: Number(get(KEYS.idle) ?? 15) };
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
  const operator = session.operator ?? ledger.db.select().from(settings).where(inArray(settings.key, ['operator'])).get()?.value ?? null;
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
  ledger.tx(() => {
    for (const [key, value] of [[KEYS.salt, salt], [KEYS.hash, hashOf(input.password, salt)], [KEYS.idle, String(input.idleMinutes)]]) {
      ledger.db.insert(settings).values({ key, value }).onConflictDoUpdate({ target: settings.key, set: { value } }).run();
    }
  });
  session.unlocked = true;
  return lockStatus(ledger, session);
}

export function disablePassword(ledger: Ledger, session: Session, current: string) {
  if (!matches(ledger, current)) throw refuse('当前密码不正确', 'current');
  ledger.db.delete(settings).where(inArray(settings.key, [KEYS.hash, KEYS.salt])).run();
  return lockStatus(ledger, session);
}

export function lockNow(ledger: Ledger, session: Session) {
  session.unlocked = false;
  return lockStatus(ledger, session);
}

