// Which browser `npm test` settles on, or what it installs, for each kind of machine.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureBrowser, nextStep, probeMachine, type Actions, type Facts } from '../../scripts/ensureBrowser.mjs';

/** A Debian machine as root with nothing installed yet. */
const fresh: Facts = {
  platform: 'linux',
  chromiumEnv: undefined,
  chromiumEnvExists: false,
  systemBrowser: null,
  playwrightBrowser: null,
  cjkFont: false,
  apt: true,
  privilege: 'root',
  tried: { apt: false, playwright: false },
};
const facts = (over: Partial<Facts>): Facts => ({ ...fresh, ...over });
const PW = '/root/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome';

describe('nextStep', () => {
  it('uses CHROMIUM_PATH before a browser of the system', () => {
    expect(nextStep(facts({ chromiumEnv: '/opt/chrome/chrome', chromiumEnvExists: true, systemBrowser: '/usr/bin/chromium', cjkFont: true }))).toEqual({
      do: 'use',
      browser: '/opt/chrome/chrome',
    });
  });

  it('stops on a CHROMIUM_PATH that does not exist rather than picking another browser', () => {
    const step = nextStep(facts({ chromiumEnv: '/opt/nope/chrome', systemBrowser: '/usr/bin/chromium', cjkFont: true }));
    expect(step).toEqual({ do: 'stop', message: expect.stringContaining('CHROMIUM_PATH 指向的 /opt/nope/chrome 不存在') });
  });

  it('uses the system Chromium, then an already downloaded Playwright Chromium', () => {
    expect(nextStep(facts({ systemBrowser: '/usr/bin/chromium', playwrightBrowser: PW, cjkFont: true }))).toEqual({ do: 'use', browser: '/usr/bin/chromium' });
    expect(nextStep(facts({ playwrightBrowser: PW, cjkFont: true }))).toEqual({ do: 'use', browser: PW });
  });

  it('installs both packages with apt-get as root on a fresh machine', () => {
    expect(nextStep(fresh)).toEqual({ do: 'apt', packages: ['chromium', 'fonts-noto-cjk'], sudo: false });
  });

  it('installs only the fonts, through passwordless sudo, when the browser is there', () => {
    expect(nextStep(facts({ systemBrowser: '/usr/bin/chromium', privilege: 'sudo' }))).toEqual({ do: 'apt', packages: ['fonts-noto-cjk'], sudo: true });
  });

  it('downloads Playwright’s Chromium without apt-get, or after apt-get failed', () => {
    expect(nextStep(facts({ apt: false, cjkFont: true }))).toEqual({ do: 'playwright' });
    expect(nextStep(facts({ cjkFont: true, tried: { apt: true, playwright: false } }))).toEqual({ do: 'playwright' });
  });

  it('never runs apt-get off Linux, and takes the fonts there as given', () => {
    expect(nextStep(facts({ platform: 'win32', apt: false, privilege: 'none', cjkFont: false }))).toEqual({ do: 'playwright' });
    expect(nextStep(facts({ platform: 'darwin', systemBrowser: '/Applications/Chromium.app/Contents/MacOS/Chromium', cjkFont: false }))).toEqual({
      do: 'use',
      browser: '/Applications/Chromium.app/Contents/MacOS/Chromium',
    });
  });

  it('stops with the apt-get line when it may not install (no root, no passwordless sudo)', () => {
    expect(nextStep(facts({ privilege: 'none' }))).toEqual({
      do: 'stop',
      message: '端到端测试需要 Chromium 浏览器和中文字体：请运行 sudo apt-get install chromium fonts-noto-cjk，或设置 CHROMIUM_PATH 指向浏览器',
    });
  });

  it('does not download a browser when the fonts cannot be had anyway', () => {
    const step = nextStep(facts({ apt: false, privilege: 'none' }));
    expect(step).toEqual({ do: 'stop', message: expect.stringContaining('Chromium 浏览器和中文字体') });
  });

  it('names only what is missing', () => {
    expect(nextStep(facts({ systemBrowser: '/usr/bin/chromium', privilege: 'none' }))).toEqual({
      do: 'stop',
      message: '端到端测试需要 中文字体：请运行 sudo apt-get install fonts-noto-cjk',
    });
    expect(nextStep(facts({ cjkFont: true, apt: false, tried: { apt: false, playwright: true } }))).toEqual({
      do: 'stop',
      message: '端到端测试需要 Chromium 浏览器：请用系统的软件包管理器安装 Chromium，或设置 CHROMIUM_PATH 指向浏览器',
    });
  });
});

/** A machine whose state the fake installs change, as the real ones would. */
function machine(start: Partial<Facts>, installs: { apt?: (pkgs: string[]) => Partial<Facts>; playwright?: () => Partial<Facts> }) {
  let state: Omit<Facts, 'tried'> = { ...fresh, ...start };
  const calls: string[] = [];
  const act: Actions = {
    apt(packages, sudo) {
      calls.push(`apt ${sudo ? 'sudo ' : ''}${packages.join(' ')}`);
      const change = installs.apt?.(packages);
      if (change) state = { ...state, ...change };
      return Boolean(change);
    },
    playwright() {
      calls.push('playwright');
      const change = installs.playwright?.();
      if (change) state = { ...state, ...change };
      return Boolean(change);
    },
  };
  const log: string[] = [];
  return { calls, log, run: () => ensureBrowser({ probe: () => state, act, log: (line) => log.push(line) }) };
}

describe('ensureBrowser', () => {
  it('on a fresh Debian machine installs both packages once and then uses /usr/bin/chromium', () => {
    const m = machine({}, { apt: () => ({ systemBrowser: '/usr/bin/chromium', cjkFont: true }) });
    expect(m.run()).toEqual({ ok: true, browser: '/usr/bin/chromium' });
    expect(m.calls).toEqual(['apt chromium fonts-noto-cjk']);
    expect(m.log).toEqual(['端到端测试所需：正在用 apt-get 安装 chromium fonts-noto-cjk…']);
  });

  it('falls back to Playwright’s download when the distribution has the fonts but no chromium package', () => {
    const m = machine({}, { apt: () => ({ cjkFont: true }), playwright: () => ({ playwrightBrowser: PW }) });
    expect(m.run()).toEqual({ ok: true, browser: PW });
    expect(m.calls).toEqual(['apt chromium fonts-noto-cjk', 'playwright']);
  });

  it('tries each install once and then stops with the line to act on', () => {
    const m = machine({ cjkFont: true }, {});
    expect(m.run()).toEqual({ ok: false, message: '端到端测试需要 Chromium 浏览器：请运行 sudo apt-get install chromium，或设置 CHROMIUM_PATH 指向浏览器' });
    expect(m.calls).toEqual(['apt chromium', 'playwright']);
  });

  it('installs nothing when everything is there', () => {
    const m = machine({ systemBrowser: '/usr/bin/chromium', cjkFont: true }, {});
    expect(m.run()).toEqual({ ok: true, browser: '/usr/bin/chromium' });
    expect(m.calls).toEqual([]);
  });
});

describe('probeMachine', () => {
  it('reads CHROMIUM_PATH and whether it exists', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dangwu-browser-')), 'chrome');
    expect(probeMachine({ CHROMIUM_PATH: file }, 'linux')).toMatchObject({ chromiumEnv: file, chromiumEnvExists: false });
    fs.writeFileSync(file, '');
    expect(probeMachine({ CHROMIUM_PATH: file }, 'linux')).toMatchObject({ chromiumEnv: file, chromiumEnvExists: true });
    expect(probeMachine({ CHROMIUM_PATH: '' }, 'linux').chromiumEnv).toBeUndefined();
  });
});
