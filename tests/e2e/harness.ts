// Starts the real browser-mode host (`dist/web/main.cjs`, built by `npm test` first) on a
// fresh data folder and drives Debian's Chromium against it.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { idCheckChar } from '../../api/rules/idNumber';

const ROOT = path.resolve(__dirname, '..', '..');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface RunningHost {
  url: string;
  origin: string;
  token: string;
  dataDir: string;
  process: ChildProcess;
  /** Calls the API the way the page does (token header instead of the cookie). */
  api<T = unknown>(name: string, input?: unknown): Promise<T>;
  /** Everything the host printed so far (tests/e2e/failureDump.ts shows its tail). */
  output(): string;
  stop(): Promise<void>;
}

/** Hosts and pages still open, for tests/e2e/failureDump.ts. */
export const liveHosts: RunningHost[] = [];
export const livePages: Page[] = [];
function forget<T>(list: T[], item: T) {
  const i = list.indexOf(item);
  if (i >= 0) list.splice(i, 1);
}

export function freshDataDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'dangwu-e2e-'));
}

/** 幸福里社区党委 with one 党支部 under it, through the API: the start of most e2e tests. */
export async function createCommunity(host: RunningHost, branchName = '第一网格党支部'): Promise<{ rootId: number; branchId: number }> {
  const root = await host.api<{ id: number }>('orgs.create', { name: '幸福里社区党委', kind: '党委' });
  const branch = await host.api<{ id: number }>('orgs.create', { name: branchName, kind: '党支部', parentId: root.id });
  return { rootId: root.id, branchId: branch.id };
}

/** 正式党员 in a branch through the API, one per name, born and IDed 1970-01-01, -02, … */
export async function addFullMembers(host: RunningHost, branchId: number, names: readonly string[]): Promise<void> {
  for (const [i, name] of names.entries()) {
    const day = String(i + 1).padStart(2, '0');
    const first17 = `110105197001${day}001`;
    await host.api('members.create', {
      name,
      gender: '男',
      birthDate: `1970-01-${day}`,
      idNumber: first17 + idCheckChar(first17),
      joinedOn: '2000-07-01',
      fullMemberOn: '2001-07-01',
      category: '正式党员',
      communityClass: '直管',
      branchId,
    });
  }
}

export async function startHost(dataDir: string): Promise<RunningHost> {
  const child = spawn(process.execPath, [path.join(ROOT, 'dist', 'web', 'main.cjs'), '--data-dir', dataDir], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const keep = (chunk: Buffer) => (out = (out + chunk.toString()).slice(-20_000));
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`host did not start: ${out}`)), 20_000);
    const onData = () => {
      const match = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(match[0]);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`host exited with ${code}: ${out}`)));
  });
  const parsed = new URL(url);
  const token = parsed.searchParams.get('token') as string;
  const host: RunningHost = {
    url,
    origin: parsed.origin,
    token,
    dataDir,
    process: child,
    async api<T>(name: string, input: unknown = {}) {
      const response = await fetch(`${parsed.origin}/api/${name}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'x-ledger-token': token },
        body: JSON.stringify(input),
      });
      const result = (await response.json()) as { ok: boolean; value?: T; error?: { message: string } };
      if (!result.ok) throw new Error(`${name} failed: ${result.error?.message}`);
      return result.value as T;
    },
    output: () => out,
    stop: () =>
      new Promise<void>((resolve) => {
        forget(liveHosts, host);
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
  liveHosts.push(host);
  return host;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Appends to the suite-wide watch file (tests/e2e/watchdog.ts), when the suite runs under it. */
function watch(kind: 'page' | 'request' | 'csp' | 'foreign', detail: string) {
  const file = process.env.DANGWU_E2E_WATCH;
  if (file) fs.appendFileSync(file, JSON.stringify({ kind, detail }) + '\n');
}

/** A page that records console errors and any request leaving the loopback host. */
/** The little of the page's DOM the init script touches. */
interface PageGlobals {
  document: { addEventListener(type: 'securitypolicyviolation', listener: (e: { violatedDirective: string; blockedURI: string }) => void): void };
}

export async function openApp(browser: Browser, host: RunningHost): Promise<{ page: Page; problems: string[]; requests: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  page.setDefaultTimeout(10_000);
  livePages.push(page);
  page.once('close', () => forget(livePages, page));
  const problems: string[] = [];
  const requests: string[] = [];
  watch('page', host.origin);
  // CSP violations reach the console as errors too; the event names them precisely.
  await page.addInitScript(() => {
    // Runs in the page, but this file is type-checked without the DOM lib (tsconfig.node.json).
    const { document } = globalThis as unknown as PageGlobals;
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    problems.push(`console error: ${m.text()}`);
    if (/CSP violation|Content Security Policy/i.test(m.text())) watch('csp', m.text());
  });
  page.on('request', (r) => {
    requests.push(r.url());
    watch('request', r.url());
    if (!r.url().startsWith(host.origin) && !/^(data|blob):/.test(r.url())) {
      problems.push(`foreign request: ${r.url()}`);
      watch('foreign', r.url());
    }
  });
  await page.goto(host.url);
  await page.getByTestId('nav-home').waitFor();
  return { page, problems, requests };
}

/** The app under test in one describe block: its Chromium and the host running now. */
export interface AppUnderTest {
  readonly browser: Browser;
  /** The host started last (`start` replaces it after a restart). */
  readonly host: RunningHost;
  readonly dataDir: string;
  /** A host on the same data folder, for a test that stops the host and opens the ledger again. */
  start(): Promise<RunningHost>;
  /** A new page on the app, recording console errors and foreign requests (openApp). */
  open(): ReturnType<typeof openApp>;
}

/**
 * The setup every e2e file shared: one Chromium and one host on a data folder (a fresh one unless
 * given) started before the describe block's tests, both closed after them. Call it in the
 * describe block; the block's own beforeAll (seeding through `app.host.api`) runs after this one.
 */
export function useApp(dataDir: string = freshDataDir()): AppUnderTest {
  let browser: Browser | undefined;
  let host: RunningHost | undefined;
  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`e2e: ${what} is not started yet (use it inside a test or beforeAll)`);
    return value;
  };
  const app: AppUnderTest = {
    get browser() {
      return ready(browser, 'the browser');
    },
    get host() {
      return ready(host, 'the host');
    },
    dataDir,
    async start() {
      host = await startHost(dataDir);
      return host;
    },
    open: () => openApp(app.browser, app.host),
  };
  beforeAll(async () => {
    browser = await launchBrowser();
    await app.start();
  });
  afterAll(async () => {
    await browser?.close();
    await host?.stop();
  });
  return app;
}

/** Types a date into an antd DatePicker found by its label. */
export async function fillDate(scope: Page | Locator, label: string, value: string) {
  const input = scope.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(value);
  await input.press('Enter');
}

/** Opens an antd Select by its label and picks the option with this text. */
export async function pickOption(scope: Page | Locator, label: string, option: string) {
  const input = scope.getByLabel(label, { exact: true });
  const page = 'page' in scope ? scope.page() : scope;
  const item = page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${option}"]`);
  await input.click();
  await item.click();
  // A single select closes its list once the option is taken. Under CI load the list was once
  // still open over the next field (its options intercepting the next click): wait for it to close,
  // and if it does not, take the option again or leave the field — never go on with it open.
  const select = input.locator('xpath=ancestor::div[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]');
  if ((await select.getAttribute('class'))?.includes('ant-select-multiple')) return;
  const open = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await open.first().waitFor({ state: 'hidden', timeout: 2000 });
      return;
    } catch {
      const taken = await select.locator(`.ant-select-selection-item[title="${option}"]`).count();
      // Not Escape: it would close the dialog around the select. Leaving the field closes its list.
      if (taken) await input.blur();
      else if (await item.isVisible()) await item.click();
    }
  }
  throw new Error(`下拉框「${label}」选了「${option}」后仍未收起`);
}

/**
 * Closes an antd confirm (导入完成 …) with its one button and waits until it is gone. A click that
 * lands while the dialog is still settling is sometimes lost (CI, under load): it is clicked again,
 * at most three times, and a dialog that will not close fails here by name rather than at the next click.
 */
export async function acknowledge(dialog: Locator): Promise<void> {
  // It comes when the work behind it is done: wait for it first.
  await dialog.waitFor({ state: 'visible' });
  for (let attempt = 0; attempt < 3; attempt++) {
    if (!(await dialog.isVisible())) return;
    await dialog.getByRole('button').click();
    try {
      await dialog.waitFor({ state: 'hidden', timeout: 3000 });
      return;
    } catch {
      // still open: click again
    }
  }
  throw new Error('确认对话框点击后仍未关闭');
}
