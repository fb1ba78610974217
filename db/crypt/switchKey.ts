// Setting, changing or removing the password re-encrypts the whole ledger under a new data
// key. A kill -9 at any instant must leave the old pair (ledger + key file) or the new one:
//   1. VACUUM INTO `<db>.next` (same key: a consistent snapshot, WAL included), rekey that
//      copy to the new key, check it; write `<db>.key.next`; fsync both.
//   2. Commit point: `<db>.switch` written atomically. Before it exists start-up throws the
//      `.next` files away; after it, start-up finishes the switch (rollForward).
//   3. Close the ledger, remove its WAL (the snapshot holds it), rename the new file and key
//      file into place, remove the marker.
// All of 1–3 is synchronous, so no write of the app can fall between the snapshot and the swap.
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { fsyncDir, fsyncFile, writeFileAtomic } from '../writeFileAtomic';
import { applyKey, openDatabase, rekey } from './cipher';
import { keyFilePath, writeKeyFile, type KeyFile } from './keyFile';

const nextOf = (file: string) => `${file}.next`;
const markerOf = (file: string) => `${file}.switch`;

export interface NewKey {
  key: Buffer;
  keyFile: KeyFile;
}

/** Step 1 and 2: everything but the swap. The live connection stays open and unchanged. */
export function prepareSwitch(live: Database.Database, file: string, next: NewKey | null): void {
  const staged = nextOf(file);
  fs.rmSync(staged, { force: true });
  fs.rmSync(keyFilePath(staged), { force: true });
  live.prepare('VACUUM INTO ?').run(staged);
  const copy = openDatabase(staged, null);
  try {
    applyKey(copy, currentKeyOf(live));
    // rekey rewrites every page in place; it needs a rollback journal, not WAL.
    copy.pragma('journal_mode = DELETE');
    rekey(copy, next?.key ?? null);
  } finally {
    copy.close();
  }
  const check = openDatabase(staged, next?.key ?? null, { readonly: true });
  try {
    const result = check.pragma('integrity_check', { simple: true });
    if (result !== 'ok') throw new Error(`re-encrypted copy failed its check: ${String(result)}`);
  } finally {
    check.close();
  }
  fsyncFile(staged);
  if (next) writeKeyFile(keyFilePath(staged), next.keyFile);
  writeFileAtomic(markerOf(file), Buffer.from(JSON.stringify({ encrypted: next !== null })));
}

const liveKeys = new WeakMap<Database.Database, Buffer | null>();
/** openLedger records each connection's key here: the snapshot copy is opened with it. */
export const noteConnectionKey = (sqlite: Database.Database, key: Buffer | null) => liveKeys.set(sqlite, key);
const currentKeyOf = (sqlite: Database.Database): Buffer | null => liveKeys.get(sqlite) ?? null;

/**
 * Finishes a committed switch or throws away an uncommitted one. Runs at every start before
 * the ledger is looked at, and right after prepareSwitch once the ledger is closed.
 * Returns what it did, for the log.
 */
export function settlePendingSwitch(file: string): 'none' | 'rolled-back' | 'rolled-forward' {
  const staged = nextOf(file);
  const marker = markerOf(file);
  if (!fs.existsSync(marker)) {
    const leftovers = [staged, keyFilePath(staged)].filter((f) => fs.existsSync(f));
    for (const f of leftovers) fs.rmSync(f, { force: true });
    return leftovers.length ? 'rolled-back' : 'none';
  }
  const { encrypted } = JSON.parse(fs.readFileSync(marker, 'utf8')) as { encrypted: boolean };
  if (fs.existsSync(staged)) {
    // The old file's WAL must never be replayed onto the new file.
    fs.rmSync(`${file}-wal`, { force: true });
    fs.rmSync(`${file}-shm`, { force: true });
    fs.renameSync(staged, file);
  }
  if (encrypted) {
    if (fs.existsSync(keyFilePath(staged))) fs.renameSync(keyFilePath(staged), keyFilePath(file));
  } else {
    fs.rmSync(keyFilePath(file), { force: true });
  }
  fsyncDir(path.dirname(file));
  fs.rmSync(marker, { force: true });
  fsyncDir(path.dirname(file));
  return 'rolled-forward';
}

/** Temp files of the atomic writes beside the ledger (`.ledger.sqlite….tmp`) left by a kill. */
export function sweepLedgerTemps(file: string): string[] {
  const dir = path.dirname(file);
  const prefix = `.${path.basename(file)}`;
  if (!fs.existsSync(dir)) return [];
  const found = fs.readdirSync(dir).filter((n) => n.startsWith(prefix) && n.endsWith('.tmp'));
  for (const n of found) fs.rmSync(path.join(dir, n), { force: true });
  return found;
}
