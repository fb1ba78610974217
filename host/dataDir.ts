// Where the ledger lives. Order: --data-dir, then DANGWU_DATA_DIR, then the default
// (Electron's userData; the same folder in browser mode so both modes open one ledger).
import os from 'node:os';
import path from 'node:path';

export const DATA_DIR_ENV = 'DANGWU_DATA_DIR';
export const PRODUCT_NAME = '社区党务台账';

export function dataDirFromArgs(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--data-dir') return argv[i + 1];
    if (arg.startsWith('--data-dir=')) return arg.slice('--data-dir='.length);
  }
  return undefined;
}

/** Electron's default userData folder for this product, computed without Electron. */
export function defaultUserDataDir(platform = process.platform, env = process.env, home = os.homedir()): string {
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', PRODUCT_NAME);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), PRODUCT_NAME);
}

export function resolveDataDir(argv: readonly string[], env: NodeJS.ProcessEnv, fallback: () => string): string {
  const chosen = dataDirFromArgs(argv) ?? env[DATA_DIR_ENV] ?? fallback();
  return path.resolve(chosen);
}
