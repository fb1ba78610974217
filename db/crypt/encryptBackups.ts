// When a first password is set, the plain backups already in the folder would still give
// everything away: each is re-encrypted under the new key, one at a time, through a temp copy
// (the plain file is replaced only by a checked encrypted one, its key file written first).
import fs from 'node:fs';
import path from 'node:path';
import { listBackups } from '../backups/list';
import { commitTempFile, tempPathFor } from '../writeFileAtomic';
import { isPlainFile, openDatabase, rekey } from './cipher';
import { keyFilePath, writeKeyFile, type KeyFile } from './keyFile';

export function encryptPlainBackups(backupsDir: string, key: Buffer, keyFile: KeyFile): string[] {
  const done: string[] = [];
  for (const b of listBackups(backupsDir)) {
    const file = path.join(backupsDir, b.name);
    if (!isPlainFile(file)) continue;
    // Ends in .tmp: a kill leaves it for startLedger's sweep of the backups folder.
    const temp = tempPathFor(file);
    try {
      fs.copyFileSync(file, temp);
      const db = openDatabase(temp, null);
      try {
        db.pragma('journal_mode = DELETE');
        rekey(db, key);
      } finally {
        db.close();
      }
      const check = openDatabase(temp, key, { readonly: true });
      try {
        if (check.pragma('integrity_check', { simple: true }) !== 'ok') throw new Error(`encrypted copy of ${b.name} failed its check`);
      } finally {
        check.close();
      }
      // A plain file beside a key file is still read as plain (cipher.ts isPlainFile).
      writeKeyFile(keyFilePath(file), keyFile);
      commitTempFile(temp, file);
      done.push(b.name);
    } catch (error) {
      fs.rmSync(temp, { force: true });
      throw error;
    }
  }
  return done;
}
