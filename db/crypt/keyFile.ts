// The sidecar key file `<db>.key` beside the ledger and beside each encrypted backup. It holds
// the random 32-byte data key twice, wrapped with AES-256-GCM: once under a key scrypt derives
// from the password, once under one from the recovery code, each with its own random salt.
// GCM's tag is what tells a wrong password from a right one; nothing else about the password
// is stored. A backup's sidecar is a copy of the ledger's at the time, so an old backup opens
// with the password (or recovery code) of its day.
import fs from 'node:fs';
import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';
import { writeFileAtomic } from '../writeFileAtomic';
import { CIPHER_NAME, keyIdOf } from './cipher';
import { normalizeRecoveryCode } from './recoveryCode';

const FORMAT = 'dangwu-key/1';
// The password: ~0.1 s per try on an idle office PC (measured 0.8 s on this loaded 2-core
// box): cheap once per unlock, slow for whoever copied the files and guesses passwords.
const PASSWORD_COST = 32768;
// The recovery code carries ~118 random bits: guessing it is hopeless at any speed, so its
// wrap needs no slow KDF and does not double the wait of setting a password.
const RECOVERY_COST = 1024;

interface Wrap {
  /** scrypt's N for this wrap (r=8, p=1), kept so a later version can raise it. */
  n: number;
  salt: string;
  iv: string;
  tag: string;
  data: string;
}

export interface KeyFile {
  format: typeof FORMAT;
  cipher: typeof CIPHER_NAME;
  keyId: string;
  /** Not secret: the lock screen needs it before anything is unlocked. */
  idleMinutes: number;
  wraps: { password: Wrap; recovery: Wrap };
}

export const keyFilePath = (dbFile: string): string => `${dbFile}.key`;

const kek = (secret: string, salt: Buffer, n: number) => scryptSync(secret.normalize('NFC'), salt, 32, { N: n, r: 8, p: 1, maxmem: 256 * n * 8 });

function wrap(dataKey: Buffer, secret: string, label: string, n: number): Wrap {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', kek(secret, salt, n), iv);
  cipher.setAAD(Buffer.from(`${FORMAT}|${label}`));
  const data = Buffer.concat([cipher.update(dataKey), cipher.final()]);
  return { n, salt: salt.toString('hex'), iv: iv.toString('hex'), tag: cipher.getAuthTag().toString('hex'), data: data.toString('hex') };
}

function unwrapOne(w: Wrap, secret: string, label: string): Buffer | null {
  try {
    if (!Number.isInteger(w.n) || w.n < 1024 || w.n > 1 << 20) return null;
    const decipher = createDecipheriv('aes-256-gcm', kek(secret, Buffer.from(w.salt, 'hex'), w.n), Buffer.from(w.iv, 'hex'));
    decipher.setAAD(Buffer.from(`${FORMAT}|${label}`));
    decipher.setAuthTag(Buffer.from(w.tag, 'hex'));
    return Buffer.concat([decipher.update(Buffer.from(w.data, 'hex')), decipher.final()]);
  } catch {
    return null;
  }
}

export function makeKeyFile(dataKey: Buffer, password: string, recoveryCode: string, idleMinutes: number): KeyFile {
  return {
    format: FORMAT,
    cipher: CIPHER_NAME,
    keyId: keyIdOf(dataKey),
    idleMinutes,
    wraps: {
      password: wrap(dataKey, password, 'password', PASSWORD_COST),
      recovery: wrap(dataKey, normalizeRecoveryCode(recoveryCode), 'recovery', RECOVERY_COST),
    },
  };
}

export type Unwrapped = { key: Buffer; by: 'password' | 'recovery' };

/** The data key from the password, else from the recovery code; null when neither matches. */
export function unwrapKey(file: KeyFile, secret: string, only?: 'password' | 'recovery'): Unwrapped | null {
  if (only !== 'recovery') {
    const key = unwrapOne(file.wraps.password, secret, 'password');
    if (key) return { key, by: 'password' };
  }
  if (only !== 'password') {
    const key = unwrapOne(file.wraps.recovery, normalizeRecoveryCode(secret), 'recovery');
    if (key) return { key, by: 'recovery' };
  }
  return null;
}

export function readKeyFile(file: string): KeyFile | null {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const parsed = JSON.parse(text) as KeyFile;
  if (parsed.format !== FORMAT) throw new Error(`unknown key file format in ${file}`);
  return parsed;
}

export function writeKeyFile(file: string, content: KeyFile): void {
  writeFileAtomic(file, Buffer.from(JSON.stringify(content, null, 1)));
}
