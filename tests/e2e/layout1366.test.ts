// Issue 33: at 1366×768 (the common office screen) every table shows its key columns without
// sideways scrolling. Every page of the menu, community and 街道 mode, and each page's tabs, opened
// with the 示例数据 (the street with that ledger's 上报包 imported), screenshotted, and every table's
// key columns checked by their boxes: inside the table's own box and inside the window.
// The key columns: the first (who or what the row is), 姓名/名称, 联系电话, 下一步, any *状态, and the
// action column (操作, or an untitled last column).
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { freshDataDir, launchBrowser, openApp, startHost, type RunningHost } from './harness';

const WAIT = { timeout: 15_000 };
const VIEWPORT = { width: 1366, height: 768 };
/** Where the screenshots go: LAYOUT_SHOTS, else dist/layout1366 (look at them: tests can't see everything). */
const SHOTS = process.env.LAYOUT_SHOTS ?? path.resolve(__dirname, '../../dist/layout1366');

/** [route, tab test ids] — a page without tabs has [null]. */
const COMMUNITY: [string, (string | null)[]][] = [
  ['home', [null]],
  ['orgs', [null]],
  ['members', ['tab-roster', 'tab-history']],
  ['meetings', ['tab-records', 'tab-compliance']],
  ['dual', ['units', 'onjob', 'demands', 'activities', 'figures'].map((t) => `dual-tab-${t}`)],
  ['care', ['flows', 'lost', 'visits', 'honor', 'centers'].map((t) => `care-tab-${t}`)],
  ['dues', ['month', 'bases', 'arrears', 'handovers', 'scheme'].map((t) => `dues-tab-${t}`)],
  ['development', ['register', 'plan', 'steps'].map((t) => `dev-tab-${t}`)],
  ['points', ['standings', 'rules', 'appraisal', 'closing'].map((t) => `points-tab-${t}`)],
  ['reports', [null]],
  ['settings', [null]],
];
const STREET: [string, (string | null)[]][] = [
  ['home', [null]],
  ['communities', [null]],
  ['packages', [null]],
  ['summary', ['members', 'meetings', 'dual', 'points', 'appraisal', 'dues', 'census', 'registers'].map((t) => `street-tab-${t}`)],
  ['plan', ['down', 'dev', 'dues', 'duesMonth', 'meetingsMonth'].map((t) => `street-plan-tab-${t}`)],
  ['settings', [null]],
];

/** How the report names an action column without a title. */
const UNTITLED = '（无标题的最后一列）';

/** The columns the issue names, each on the page and tab it names: they must be there, not only in sight. */
const NAMED: Record<string, string[]> = {
  'members/tab-roster': ['姓名', '联系电话'],
  'development/dev-tab-register': ['姓名', '下一步'],
  'care/care-tab-flows': ['姓名', '状态', UNTITLED],
};

/** The little of the page's DOM the check reads (this file is type-checked without the DOM lib). */
interface El {
  className: string;
  textContent: string | null;
  parentElement: El | null;
  getBoundingClientRect(): { left: number; right: number; width: number };
  closest(selector: string): El | null;
  querySelector(selector: string): El | null;
  querySelectorAll(selector: string): ArrayLike<El>;
  scrollWidth: number;
  clientWidth: number;
}
interface PageDom {
  document: { querySelectorAll(selector: string): ArrayLike<El>; documentElement: { scrollWidth: number } };
}

/** What a tab needs before its table shows rows. */
const PREPARE: Record<string, (page: Page) => Promise<void>> = {
  'dues/dues-tab-month': async (page) => {
    await page.getByTestId('dues-month-org').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '第1网格党支部' }).first().click();
    await page.getByTestId('dues-month-table').locator('tbody tr.ant-table-row').first().waitFor(WAIT);
  },
};

interface Seen {
  problems: string[];
  headers: string[];
  /** Tables wider than their box (their key columns fixed or in sight): listed in the run's output. */
  wide: string[];
}

/**
 * Every shown table's key headers, checked by their boxes: a header is in sight when it lies inside the
 * table's container (so the table needs no sideways scroll to reach it; a fixed column is always inside)
 * and inside the window. Tables in dialogs are not looked at (none is open).
 */
async function tablesInSight(page: Page): Promise<Seen> {
  return page.evaluate(
    ([width, untitled]) => {
      const { document } = globalThis as unknown as PageDom;
      const KEY = /^(姓名|名称|单位名称|社区|联系电话|下一步|操作|情况|截至日期)$|状态$/;
      const problems: string[] = [];
      const headers: string[] = [];
      const wide: string[] = [];
      const text = (e: El) => (e.textContent ?? '').replace(/\s+/g, '');
      const tables = Array.from(document.querySelectorAll('.ant-table')).filter(
        (t) => t.getBoundingClientRect().width > 0 && !t.closest('.ant-modal, .ant-drawer'),
      );
      for (const table of tables) {
        const box = table.querySelector('.ant-table-container')!.getBoundingClientRect();
        const ths = Array.from(table.querySelectorAll('thead th')).filter(
          (th) => !/ant-table-(selection-column|row-expand-icon-cell|cell-scrollbar)/.test(th.className) && th.getBoundingClientRect().width > 0,
        );
        if (ths.length === 0) continue;
        const firstRow = table.querySelectorAll('thead tr')[0]!;
        const top = ths.filter((th) => th.parentElement === firstRow);
        const last = top[top.length - 1]!;
        const name = ths.slice(0, 3).map(text).join('/');
        const keys = new Set<El>(ths.filter((th) => KEY.test(text(th))));
        keys.add(top[0]!);
        if (text(last) === '' || text(last).includes('操作')) keys.add(last);
        const scroller = table.querySelector('.ant-table-content, .ant-table-body');
        if (scroller && scroller.scrollWidth > scroller.clientWidth + 1) wide.push(`${name}…（${scroller.scrollWidth}/${scroller.clientWidth}）`);
        for (const th of keys) {
          const r = th.getBoundingClientRect();
          const title = text(th) || untitled;
          headers.push(title);
          if (r.right > Math.min(box.right, width) + 1 || r.left < Math.max(box.left, 0) - 1) {
            problems.push(
              `表格「${name}…」的「${title}」列不在视野内（列 ${Math.round(r.left)}–${Math.round(r.right)}，表格 ${Math.round(box.left)}–${Math.round(box.right)}）`,
            );
          }
        }
      }
      if (document.documentElement.scrollWidth > width + 1) problems.push(`整页需要左右滚动（宽 ${document.documentElement.scrollWidth}）`);
      return { problems, headers, wide };
    },
    [VIEWPORT.width, UNTITLED] as const,
  );
}

/** Opens each page and tab, shoots it and checks its tables; returns what failed, by page and tab. */
async function walk(page: Page, pages: [string, (string | null)[]][], prefix: string): Promise<string[]> {
  const failed: string[] = [];
  for (const [route, tabs] of pages) {
    await page.getByTestId(`nav-${route}`).click();
    await expect.poll(() => page.evaluate('location.hash'), WAIT).toContain(route);
    for (const tab of tabs) {
      if (tab) await page.getByTestId(tab).click();
      await PREPARE[`${route}/${tab}`]?.(page);
      await page.waitForLoadState('networkidle');
      await page.locator('.shell-loading').waitFor({ state: 'detached', ...WAIT });
      await expect.poll(() => page.locator('.ant-spin-spinning:visible, .ant-skeleton:visible').count(), WAIT).toBe(0);
      const where = tab ? `${route}/${tab}` : route;
      await page.screenshot({ path: path.join(SHOTS, `${prefix}-${where.replace('/', '-')}.png`), animations: 'disabled' });
      const seen = await tablesInSight(page);
      failed.push(...seen.problems.map((p) => `${prefix} ${where}: ${p}`));
      if (seen.wide.length) console.log(`${prefix} ${where} 可左右滚动的表格：${seen.wide.join('；')}`);
      for (const title of NAMED[where] ?? []) if (!seen.headers.includes(title)) failed.push(`${prefix} ${where}: 没有「${title}」列`);
    }
  }
  return failed;
}

describe("every page at 1366×768 shows its tables' key columns without sideways scrolling", () => {
  let browser: Browser;
  const hosts: RunningHost[] = [];

  beforeAll(async () => {
    fs.mkdirSync(SHOTS, { recursive: true });
    browser = await launchBrowser();
    const [community, street] = await Promise.all([startHost(freshDataDir()), startHost(freshDataDir())]);
    hosts.push(community!, street!);
    await community!.api('sample.load', {});
    await community!.api('settings.save', { communityName: '幸福里社区', streetName: '和平街道党工委' });
    // 民主评议 shows its table once a branch's list is made; the tab opens on the first branch.
    const orgs = await community!.api<{ id: number; name: string }[]>('orgs.list', { includeClosed: false });
    await community!.api('appraisal.create', { year: new Date().getFullYear(), orgId: orgs.find((o) => o.name === '第1网格党支部')!.id });
    // The street: one community's 上报包 for this year, imported, so its views have rows.
    const made = await community!.api<{ keptPath: string; fileName: string }>('reports.reportPackage', { year: new Date().getFullYear() });
    await street!.api('street.setKind', { kind: '街道' });
    await street!.api('settings.save', { streetName: '和平街道党工委' });
    await street!.api('street.addCommunity', { name: '和谐园社区' });
    const upload = await street!.api<{ uploadId: string }>('street.upload', {
      fileName: path.basename(made.keptPath),
      data: fs.readFileSync(made.keptPath).toString('base64'),
    });
    await street!.api('street.importPackages', { files: [upload.uploadId], decisions: [] });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await Promise.all(hosts.map((h) => h.stop()));
  });

  it('community ledger (示例数据)', async () => {
    const { page, problems } = await openApp(browser, hosts[0]!);
    await page.setViewportSize(VIEWPORT);
    expect(await walk(page, COMMUNITY, 'community')).toEqual([]);
    expect(problems).toEqual([]);
  }, 180_000);

  it("街道 ledger with a community's 上报包", async () => {
    const { page, problems } = await openApp(browser, hosts[1]!);
    await page.setViewportSize(VIEWPORT);
    expect(await walk(page, STREET, 'street')).toEqual([]);
    expect(problems).toEqual([]);
  }, 180_000);
});
