// The desktop app as a user starts it: the real Electron program runs the built main
// (dist/electron/main.cjs, through package.json's "main") on a fresh data folder, every page
// of the left menu opens, and a 三会一课 record entered through the form reaches the SQLite
// file. `npm run test:desktop` (scripts/testDesktop.mjs) builds first and checks that the
// Electron program is installed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { todayIso } from '../../api/rules/dates';
import { idCheckChar } from '../../api/rules/idNumber';
import { electronBinary } from '../../scripts/electronBinary.mjs';
import { pickOption } from '../e2e/harness';

const ROOT = path.resolve(__dirname, '..', '..');

/**
 * Each page of the left menu and an element that only its own content shows. A page added
 * to the menu fails this test until it is named here, so the smoke test keeps covering all.
 */
const PAGES: Record<string, string> = {
  home: 'reminders-probation',
  orgs: 'org-add',
  members: 'member-add',
  meetings: 'meeting-add',
  dual: 'dual-tab-units',
  care: 'care-tab-flows',
  dues: 'dues-year',
  points: 'points-year',
  reports: 'year-book',
  settings: 'settings-save',
};

/** The little of the page's DOM the smoke test touches. */
interface PageGlobals {
  document: { addEventListener(type: 'securitypolicyviolation', listener: (e: { violatedDirective: string; blockedURI: string }) => void): void };
}

type Result = { ok: true; value: unknown } | { ok: false; error: { message: string } };

/** A call through the preload's bridge and the real IPC channel, as the pages make it. */
async function call<T>(page: Page, name: string, input: unknown): Promise<T> {
  const result = await page.evaluate(
    ([n, i]) => (globalThis as unknown as { ledgerBridge: { invoke(name: string, input: unknown): Promise<Result> } }).ledgerBridge.invoke(n as string, i),
    [name, input] as const,
  );
  if (!result.ok) throw new Error(`${name} failed: ${result.error.message}`);
  return result.value as T;
}

describe('desktop app (Electron)', () => {
  let app: ElectronApplication;
  let page: Page;
  let output = '';
  const problems: string[] = [];
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dangwu-desktop-'));
  // Electron's own profile (userData, which also holds the single-instance lock) goes to a
  // temporary folder too, so a copy of the app the developer has open does not end this one.
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'dangwu-desktop-profile-'));

  beforeAll(async () => {
    const electron = electronBinary();
    if (!electron.ok) throw new Error(electron.message);
    const env: Record<string, string> = { ...(process.env as Record<string, string>), XDG_CONFIG_HOME: profile, APPDATA: profile };
    delete env.ELECTRON_RUN_AS_NODE;
    // The app folder, not main.cjs itself: main.ts finds dist/renderer and db/migrations
    // from app.getAppPath(), which is the folder holding package.json only when given one.
    app = await _electron.launch({ executablePath: electron.path, args: [ROOT, '--data-dir', dataDir], cwd: ROOT, env, timeout: 60_000 });
    app.process().stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    app.process().stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    page = await app.firstWindow();
    page.setDefaultTimeout(20_000);
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
    });
    page.on('request', (r) => {
      if (!/^(file|data|blob|devtools):/.test(r.url())) problems.push(`request leaving the app: ${r.url()}`);
    });
    await page.getByTestId('nav-home').waitFor();
    // A blocked eval or inline script only shows as this event; the pages load later, by hash.
    await page.evaluate(() => {
      // Runs in the page, but this file is type-checked without the DOM lib (tsconfig.node.json).
      const { document } = globalThis as unknown as PageGlobals;
      document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
    });
  });

  afterAll(async () => {
    // Only when the test stopped before closing the window itself.
    if (app && app.process().exitCode === null) await app.close();
  });

  it('opens every page of the left menu and stores a meeting recorded through the form', async () => {
    onTestFailed(() => console.error(`Electron output:\n${output}`));
    expect(await app.evaluate(({ app: electronApp }) => electronApp.getName())).toBe('社区党务台账');

    const root = await call<{ id: number }>(page, 'orgs.create', { name: '幸福里社区党委', kind: '党委' });
    const branch = await call<{ id: number }>(page, 'orgs.create', { name: '第一网格党支部', kind: '党支部', parentId: root.id });
    const first17 = '11010519700101001';
    await call(page, 'members.create', {
      name: '赵一',
      gender: '男',
      birthDate: '1970-01-01',
      idNumber: first17 + idCheckChar(first17),
      joinedOn: '2000-07-01',
      fullMemberOn: '2001-07-01',
      category: '正式党员',
      communityClass: '直管',
      branchId: branch.id,
    });

    const nav = await page
      .locator('[data-testid^="nav-"]')
      .evaluateAll((els) => els.map((e) => (e as unknown as { getAttribute(name: string): string | null }).getAttribute('data-testid')!.slice('nav-'.length)));
    expect(nav).toEqual(Object.keys(PAGES));
    for (const key of nav) {
      await page.getByTestId(`nav-${key}`).click();
      await page.locator(`a[aria-current="page"] [data-testid="nav-${key}"]`).waitFor();
      await page.getByTestId(PAGES[key]).first().waitFor();
    }

    await page.getByTestId('nav-meetings').click();
    await page.getByTestId('meeting-add').click();
    const form = page.locator('.meeting-form-drawer');
    await pickOption(form, '组织', '幸福里社区党委 / 第一网格党支部');
    await form.getByLabel('主题党日').check();
    await form.getByLabel('地点').fill('社区党群服务中心');
    await form.getByTestId('attendance-赵一').waitFor();
    await form.getByTestId('meeting-save').click();
    await page.getByText('已保存：应到 1 人，实到 1 人').waitFor();
    await page.getByTestId('meeting-table').getByText('社区党群服务中心').waitFor();
    expect(problems).toEqual([]);

    // Closed as a user closes it (main.ts stops the ledger on window-all-closed, then quits),
    // then read back from the file the app wrote.
    const child = app.process();
    const exited = new Promise<number | null>((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', (code) => resolve(code))));
    await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0].close());
    expect(await exited).toBe(0);
    const db = new Database(path.join(dataDir, 'ledger.sqlite'), { readonly: true });
    try {
      const meetings = db.prepare('SELECT id, org_id AS orgId, held_on AS heldOn, place FROM meetings').all() as {
        id: number;
        orgId: number;
        heldOn: string;
        place: string;
      }[];
      expect(meetings).toEqual([{ id: expect.any(Number), orgId: branch.id, heldOn: todayIso(), place: '社区党群服务中心' }]);
      const id = meetings[0].id;
      expect(db.prepare('SELECT type FROM meeting_types WHERE meeting_id = ?').pluck().all(id)).toEqual(['主题党日']);
      expect(db.prepare('SELECT m.name, a.status FROM attendance a JOIN members m ON m.id = a.member_id WHERE a.meeting_id = ?').all(id)).toEqual([
        { name: '赵一', status: '出席' },
      ]);
    } finally {
      db.close();
    }
  });
});
