// The one way the app puts a file the user relies on under its final name: exports, backups
// and their copies, attachments, the restored ledger. A killed process must never leave a
// broken file there (measured: a direct write left one 10 times in 20 kills). So: write a
// temp file in the same folder, fsync it, rename it over the final name, fsync the folder.
// A temp file left by a crash ends in `.tmp` (startLedger sweeps the backups folder's).
import fs from 'node:fs';
import path from 'node:path';

export function fsyncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Makes a rename durable: without it a power cut can bring back the old name. */
export function fsyncDir(dir: string): void {
  try {
    const fd = fs.openSync(dir, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // Windows cannot open a directory for fsync; its rename is already durable enough.
  }
}

/** A temp name beside `finalPath` (same folder, so the rename never crosses disks). */
export function tempPathFor(finalPath: string): string {
  const unique = `${process.pid}.${Date.now()}.${Math.random().toString(36).slice(2, 8)}`;
  return path.join(path.dirname(finalPath), `.${path.basename(finalPath)}.${unique}.tmp`);
}

/** The last step of every write here: fsync the finished temp file, rename it into place, fsync the folder. */
export function commitTempFile(temp: string, finalPath: string): void {
  try {
    fsyncFile(temp);
    fs.renameSync(temp, finalPath);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
  fsyncDir(path.dirname(finalPath));
}

/** `write` fills the temp file it is given (a streaming writer, a copy); then it is committed. */
export async function writeFileAtomicWith(finalPath: string, write: (temp: string) => void | Promise<void>): Promise<void> {
  fs.mkdirSync(path.dirname(finalPath), { recursive: true });
  const temp = tempPathFor(finalPath);
  try {
    await write(temp);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
  commitTempFile(temp, finalPath);
}

export function writeFileAtomic(finalPath: string, data: Uint8Array): void {
  fillThenCommit(finalPath, (temp) => fs.writeFileSync(temp, data));
}

/** A file copied whole (a backup to a USB stick, an export to where the user chose), never read into memory. */
export function copyFileAtomic(source: string, finalPath: string): void {
  fillThenCommit(finalPath, (temp) => fs.copyFileSync(source, temp));
}

/** The synchronous writers' one path: fill a temp file beside the final name, then commit it. */
function fillThenCommit(finalPath: string, fill: (temp: string) => void): void {
  fs.mkdirSync(path.dirname(finalPath), { recursive: true });
  const temp = tempPathFor(finalPath);
  try {
    fill(temp);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
  commitTempFile(temp, finalPath);
}
