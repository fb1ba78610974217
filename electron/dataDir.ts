import path from 'node:path';
import { resolveDataDir } from '../host/dataDir';

export const PORTABLE_DATA_FOLDER = '社区党务台账数据';

/**
 * --data-dir, then DANGWU_DATA_DIR, then next to the portable executable (electron-builder
 * sets PORTABLE_EXECUTABLE_DIR), then Electron's userData.
 */
export function desktopDataDir(argv: readonly string[], env: NodeJS.ProcessEnv, userData: () => string): string {
  return resolveDataDir(argv, env, () => (env.PORTABLE_EXECUTABLE_DIR ? path.join(env.PORTABLE_EXECUTABLE_DIR, PORTABLE_DATA_FOLDER) : userData()));
}
