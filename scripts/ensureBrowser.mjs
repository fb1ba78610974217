// The e2e half of `npm test` needs a Chromium and a Chinese font. On a fresh machine
// neither may be there, so this finds them or installs them before anything is built:
// CHROMIUM_PATH, then a browser already on the system, then Playwright's own download if one
// is here already, then the distribution's packages (apt-get, as root or with passwordless
// sudo), then Playwright's download. Failing all that, one line says what to install.
//
// `nextStep` decides from plain facts and does nothing, so every branch is unit-tested
// (tests/unit/ensureBrowser.test.ts); `probeMachine` and `machineActions` touch the machine.
// Run directly (`node scripts/ensureBrowser.mjs`), it prints the browser it settled on.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

export const SYSTEM_BROWSERS = {
  linux: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'],
  darwin: ['/Applications/Chromium.app/Contents/MacOS/Chromium', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'],
  win32: ['C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe', 'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe'],
};
export const APT_BROWSER = 'chromium';
export const APT_FONTS = 'fonts-noto-cjk';

/**
 * The next thing to do, given what is known about the machine. Each install is tried once
 * (`facts.tried`), so a caller that re-probes after every step reaches 'use' or 'stop'.
 * @param {import('./ensureBrowser.d.mts').Facts} facts
 * @returns {import('./ensureBrowser.d.mts').Step}
 */
export function nextStep(facts) {
  // A browser named by the developer is never second-guessed by one found elsewhere.
  if (facts.chromiumEnv !== undefined && !facts.chromiumEnvExists) {
    return { do: 'stop', message: `CHROMIUM_PATH 指向的 ${facts.chromiumEnv} 不存在：请改为浏览器程序的完整路径，或取消这个环境变量` };
  }
  const browser = facts.chromiumEnv ?? facts.systemBrowser ?? facts.playwrightBrowser;
  // Windows and macOS ship Chinese fonts; only Linux may lack them.
  const fonts = facts.platform !== 'linux' || facts.cjkFont;
  if (browser && fonts) return { do: 'use', browser };

  const canApt = facts.platform === 'linux' && facts.apt && facts.privilege !== 'none' && !facts.tried.apt;
  if (canApt) {
    const packages = [...(browser ? [] : [APT_BROWSER]), ...(fonts ? [] : [APT_FONTS])];
    return { do: 'apt', packages, sudo: facts.privilege === 'sudo' };
  }
  // Playwright brings a browser but no fonts: with fonts still missing, its download
  // (about 150 MB) would end in the same stop.
  if (!browser && fonts && !facts.tried.playwright) return { do: 'playwright' };
  return { do: 'stop', message: missingMessage(!browser, !fonts, facts.platform === 'linux' && facts.apt) };
}

/** One line a developer can act on. */
export function missingMessage(needBrowser, needFonts, apt) {
  const what = [needBrowser && 'Chromium 浏览器', needFonts && '中文字体'].filter(Boolean).join('和');
  const packages = [needBrowser && APT_BROWSER, needFonts && APT_FONTS].filter(Boolean).join(' ');
  const install = apt
    ? `请运行 sudo apt-get install ${packages}`
    : `请用系统的软件包管理器安装${[needBrowser && ' Chromium', needFonts && ' Noto Sans CJK 字体'].filter(Boolean).join(' 和')}`;
  const orEnv = needBrowser ? '，或设置 CHROMIUM_PATH 指向浏览器' : '';
  return `端到端测试需要 ${what}：${install}${orEnv}`;
}

const quiet = (cmd, args) => spawnSync(cmd, args, { stdio: 'ignore', timeout: 30_000 });
const onPath = (cmd) => quiet('sh', ['-c', `command -v ${cmd}`]).status === 0;

/** Playwright's own Chromium, when it has been downloaded and starts on this machine. */
function playwrightBrowser() {
  let file;
  try {
    file = require('playwright-core').chromium.executablePath();
  } catch {
    return null;
  }
  // Downloaded onto a machine without its shared libraries, it exists but cannot start.
  return file && fs.existsSync(file) && quiet(file, ['--version']).status === 0 ? file : null;
}

function hasCjkFont() {
  const out = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8', timeout: 30_000 });
  return out.status === 0 && out.stdout.trim() !== '';
}

function privilege() {
  if (process.getuid?.() === 0) return 'root';
  return onPath('sudo') && quiet('sudo', ['-n', 'true']).status === 0 ? 'sudo' : 'none';
}

/**
 * What this machine has now. `tried` is carried by the caller. A browser that a found one
 * outranks is not looked for, nor the right to install when nothing is missing: loading
 * Playwright and asking sudo cost seconds on every `npm test`.
 * @returns {Omit<import('./ensureBrowser.d.mts').Facts, 'tried'>}
 */
export function probeMachine(env = process.env, platform = process.platform) {
  const chromiumEnv = env.CHROMIUM_PATH || undefined;
  const linux = platform === 'linux';
  const systemBrowser = chromiumEnv ? null : ((SYSTEM_BROWSERS[platform] ?? []).find((file) => fs.existsSync(file)) ?? null);
  const cjkFont = linux ? hasCjkFont() : true;
  const found = Boolean(chromiumEnv || systemBrowser);
  return {
    platform,
    chromiumEnv,
    chromiumEnvExists: chromiumEnv !== undefined && fs.existsSync(chromiumEnv),
    systemBrowser,
    playwrightBrowser: found ? null : playwrightBrowser(),
    cjkFont,
    apt: linux && onPath('apt-get'),
    privilege: linux && !(found && cjkFont) ? privilege() : 'none',
  };
}

/** Runs a command, showing its last lines only when it fails (apt-get is chatty). */
function runShown(cmd, args, env) {
  const result = spawnSync(cmd, args, { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 20 * 60_000 });
  if (result.status !== 0) {
    const tail = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim().split('\n').slice(-8).join('\n');
    console.error(tail || String(result.error ?? `${cmd} 退出码 ${result.status}`));
  }
  return result.status === 0;
}

export const machineActions = {
  apt(packages, sudo) {
    // sudo drops the environment, so the non-interactive switch goes through `env`.
    const apt = (args) =>
      sudo
        ? runShown('sudo', ['-n', 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', ...args])
        : runShown('apt-get', args, { DEBIAN_FRONTEND: 'noninteractive' });
    // One package at a time: a distribution without `chromium` may still have the fonts.
    return apt(['update', '-q']) && packages.map((name) => apt(['install', '-y', '-q', name])).every(Boolean);
  },
  playwright() {
    const cli = path.join(path.dirname(require.resolve('playwright-core/package.json')), 'cli.js');
    // The full browser only: the harness launches it by path, so the headless shell would be unused.
    return runShown(process.execPath, [cli, 'install', 'chromium', '--no-shell']);
  },
};

/**
 * Finds or installs a browser and the fonts. Returns the browser to pass on as CHROMIUM_PATH,
 * or the line to print when that is impossible here.
 * @returns {{ ok: true, browser: string } | { ok: false, message: string }}
 */
export function ensureBrowser({ probe = () => probeMachine(), act = machineActions, log = (line) => console.log(line) } = {}) {
  const tried = { apt: false, playwright: false };
  for (;;) {
    const step = nextStep({ ...probe(), tried: { ...tried } });
    if (step.do === 'use') return { ok: true, browser: step.browser };
    if (step.do === 'stop') return { ok: false, message: step.message };
    if (step.do === 'apt') {
      tried.apt = true;
      log(`端到端测试所需：正在用 apt-get 安装 ${step.packages.join(' ')}…`);
      act.apt(step.packages, step.sudo);
    } else {
      tried.playwright = true;
      log('端到端测试所需：正在下载 Playwright 的 Chromium…');
      act.playwright();
    }
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const result = ensureBrowser();
  if (result.ok) console.log(`浏览器：${result.browser}`);
  else console.error(result.message);
  process.exit(result.ok ? 0 : 1);
}
