// How an encrypted SQLite file is opened: SQLCipher 4 pages (AES-256-CBC with an HMAC-SHA512
// on every page) through better-sqlite3-multiple-ciphers. The HMAC is why: a flipped bit in a
// page fails its check and the read errors, it is never returned as a wrong value.
// The 32-byte data key is given raw (x'…'), so SQLCipher's own PBKDF2 does not run on every
// open: the slow step is the password's scrypt in keyFile.ts, once per unlock.
import fs from 'node:fs';
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';

export const CIPHER_NAME = 'sqlcipher-4';
const PLAIN_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** Must run before the first read of the connection. A null key leaves the file plain. */
export function applyKey(sqlite: Database.Database, key: Buffer | null): void {
  if (!key) return;
  sqlite.pragma("cipher = 'sqlcipher'");
  sqlite.pragma('legacy = 4');
  sqlite.pragma(`key = "x'${key.toString('hex')}'"`);
}

/** Re-encrypts an open connection's file in place (null: decrypts). Not for WAL files. */
export function rekey(sqlite: Database.Database, key: Buffer | null): void {
  sqlite.pragma("cipher = 'sqlcipher'");
  sqlite.pragma('legacy = 4');
  // The multiple-ciphers driver adds rekey(); @types/better-sqlite3 does not know it.
  (sqlite as Database.Database & { rekey(key: Buffer): void }).rekey(key ? Buffer.from(`x'${key.toString('hex')}'`) : Buffer.alloc(0));
}

/** A file that starts with SQLite's plain header is not encrypted; an empty or missing one neither. */
export function isPlainFile(file: string): boolean {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch {
    return true;
  }
  try {
    const head = Buffer.alloc(16);
    const n = fs.readSync(fd, head, 0, 16, 0);
    return n === 0 || head.equals(PLAIN_HEADER);
  } finally {
    fs.closeSync(fd);
  }
}

/** Names a data key without revealing it: which sidecar belongs to which key. */
export const keyIdOf = (key: Buffer): string => createHash('sha256').update('dangwu-ledger key id').update(key).digest('hex').slice(0, 32);

/** Opens any ledger-shaped file (a backup, a staged copy) with the key it needs. */
export function openDatabase(file: string, key: Buffer | null, options: Database.Options = {}): Database.Database {
  const sqlite = new Database(file, options);
  try {
    applyKey(sqlite, key);
    return sqlite;
  } catch (error) {
    sqlite.close();
    throw error;
  }
}
