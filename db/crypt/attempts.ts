// Wrong passwords at the lock screen, counted in `<db>.attempts` beside the ledger so that
// restarting the program does not reset the wait. Nothing secret is in it. The audit log is
// inside the encrypted ledger, so the failures are written there at the next unlock.
import fs from 'node:fs';
import { writeFileAtomic } from '../writeFileAtomic';

export interface Attempts {
  /** Failures since the last successful unlock. */
  failures: number;
  /** ms since epoch of the last failure. */
  lastAt: number;
}

const FREE_TRIES = 5;
const MAX_WAIT = 30 * 60_000;

export const attemptsPath = (dbFile: string): string => `${dbFile}.attempts`;

export function readAttempts(file: string): Attempts {
  try {
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as Attempts;
    if (Number.isInteger(parsed.failures) && Number.isFinite(parsed.lastAt)) return parsed;
  } catch {
    // missing or torn: no recorded failures
  }
  return { failures: 0, lastAt: 0 };
}

/** 30 s after the 5th failure, doubling with each one after it, at most 30 minutes. */
export function waitAfter(failures: number): number {
  return failures < FREE_TRIES ? 0 : Math.min(30_000 * 2 ** (failures - FREE_TRIES), MAX_WAIT);
}

/** ms left before the next try is taken, 0 when it may be tried now. */
export function waitLeft(a: Attempts, now = Date.now()): number {
  return Math.max(0, a.lastAt + waitAfter(a.failures) - now);
}

export function recordFailure(file: string, now = Date.now()): Attempts {
  const next = { failures: readAttempts(file).failures + 1, lastAt: now };
  writeFileAtomic(file, Buffer.from(JSON.stringify(next)));
  return next;
}

export function clearAttempts(file: string): void {
  fs.rmSync(file, { force: true });
}
