// The recovery code: shown once when a password is set, it opens the ledger when the password
// is forgotten. 24 characters from an alphabet without look-alikes (no 0/O, 1/I/L, U), written
// in 6 groups of 4: ~118 bits, so no throttle is needed to keep it unguessable.
import { randomInt } from 'node:crypto';

const ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';

export function newRecoveryCode(): string {
  const chars = Array.from({ length: 24 }, () => ALPHABET[randomInt(ALPHABET.length)]);
  return chars.join('').replace(/(.{4})(?=.)/g, '$1-');
}

/** What the user typed, as the key was derived from: case, spaces and dashes do not matter. */
export const normalizeRecoveryCode = (typed: string): string => typed.toUpperCase().replace(/[\s-]/g, '');

export const looksLikeRecoveryCode = (typed: string): boolean =>
  normalizeRecoveryCode(typed).length === 24 && [...normalizeRecoveryCode(typed)].every((c) => ALPHABET.includes(c));
