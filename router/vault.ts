// The start password's keys and what they unlock, held by the host for one data folder.
// With a password set the ledger is encrypted (db/crypt): start opens nothing, and the
// router serves only the calls in access.ts until an unlock derives the key and `open` runs.
import type { KeyFile } from '../db/crypt/keyFile';

export interface Vault {
  /** The ledger's path; its key file, attempts counter and switch files sit beside it. */
  file: string;
  /** The current wraps of the data key; null while no password is set (plain files). */
  keyFile: KeyFile | null;
  /** Set once unlocked; the ledger is open with it. */
  dataKey: Buffer | null;
  /** The host's start, given the key: check the file, open and migrate it, make the day's backup. */
  open(key: Buffer | null): Promise<void>;
}
