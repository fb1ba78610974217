// Where the electron npm package put its program, found without `require('electron')`: that
// call starts a download when the program is missing, and this machine may have no internet.
// The package's postinstall writes path.txt and unpacks the program into dist/; a failed
// download leaves the package without either.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

export const ELECTRON_MISSING =
  '桌面冒烟测试无法运行：Electron 程序没有安装（安装依赖时未能下载它）。这项测试需要一台能访问互联网的电脑：在那里运行 npm install 会下载 Electron，之后再运行 npm run test:desktop';

/**
 * @param {string | undefined} packageDir node_modules/electron, found when not given
 * @returns {{ ok: true, path: string } | { ok: false, message: string }}
 */
export function electronBinary(packageDir = electronPackageDir(), env = process.env) {
  if (!packageDir) return { ok: false, message: ELECTRON_MISSING };
  const pathFile = path.join(packageDir, 'path.txt');
  const relative = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8').trim() : '';
  // The same override the package itself honours (a program unpacked elsewhere by hand).
  const file = env.ELECTRON_OVERRIDE_DIST_PATH
    ? path.join(env.ELECTRON_OVERRIDE_DIST_PATH, relative || 'electron')
    : relative && path.join(packageDir, 'dist', relative);
  return file && fs.existsSync(file) ? { ok: true, path: file } : { ok: false, message: ELECTRON_MISSING };
}

function electronPackageDir() {
  try {
    return path.dirname(require.resolve('electron/package.json'));
  } catch {
    return undefined;
  }
}
