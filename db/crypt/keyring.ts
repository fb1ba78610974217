// The data keys this process has unlocked, by key id. Whoever checks or copies a file (a
// backup's integrity check, a restore) finds its key here through the file's sidecar, so
// the key is never passed around nor written anywhere but wrapped.
import { isPlainFile, keyIdOf } from './cipher';
import { keyFilePath, readKeyFile } from './keyFile';

const keys = new Map<string, Buffer>();

export function rememberKey(key: Buffer): void {
  keys.set(keyIdOf(key), key);
}

/** After a password change the old key is dropped: its backups then ask for the old password, as after a restart. */
export function forgetKey(key: Buffer): void {
  keys.delete(keyIdOf(key));
}

export class KeyUnknownError extends Error {
  constructor(readonly file: string) {
    super('该文件已加密，需要当时的启动密码或恢复码才能打开');
    this.name = 'KeyUnknownError';
  }
}

/**
 * null for a plain file, and for one with no key file (not ours, or damaged: its check will say
 * so); the key for an encrypted one; throws when its key was never unlocked here.
 */
export function keyForFile(file: string): Buffer | null {
  if (isPlainFile(file)) return null;
  const sidecar = readKeyFile(keyFilePath(file));
  if (!sidecar) return null;
  const key = keys.get(sidecar.keyId);
  if (!key) throw new KeyUnknownError(file);
  return key;
}
