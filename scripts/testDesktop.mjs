// `npm run test:desktop`: the desktop smoke test (tests/desktop) against the real Electron
// app. Not part of `npm test`: it needs the Electron program, which the electron package
// downloads at install time, so it cannot run on a machine that had no internet then.
// Stops with one line before building when the program or a display is missing.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { electronBinary } from './electronBinary.mjs';

const electron = electronBinary();
if (!electron.ok) {
  console.error(electron.message);
  process.exit(1);
}

// Electron opens a real window: on Linux without a desktop session it needs a virtual screen.
const headless = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const xvfb = headless && spawnSync('sh', ['-c', 'command -v xvfb-run'], { stdio: 'ignore' }).status === 0;
if (headless && !xvfb) {
  console.error('桌面冒烟测试需要图形界面：请在桌面环境中运行，或安装 xvfb（sudo apt-get install xvfb）后重试');
  process.exit(1);
}

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit' }).status ?? 1;
if (run(process.execPath, ['scripts/build.mjs']) !== 0) {
  console.error('构建失败，桌面冒烟测试未运行。');
  process.exit(1);
}
const vitest = [path.join('node_modules', 'vitest', 'vitest.mjs'), 'run', '--config', 'tests/desktop/vitest.config.ts'];
process.exit(xvfb ? run('xvfb-run', ['-a', '--server-args=-screen 0 1440x900x24', process.execPath, ...vitest]) : run(process.execPath, vitest));
