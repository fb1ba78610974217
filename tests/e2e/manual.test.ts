// The 操作手册's screenshots (scripts/manual.ts), taken here so the manual never shows an old
// screen: the 示例数据 loaded, every page opened at 1366×768 (the common office screen), and the
// key columns of the wide tables checked to be in sight without scrolling sideways.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { HELP_TEXTS, helpKey } from '../../renderer/help/texts';
import { freshDataDir, launchBrowser, openApp, startHost, type RunningHost } from './harness';

const WAIT = { timeout: 15_000 };
/** Where the manual script looks for them (scripts/manual.ts): MANUAL_SHOTS, else dist/manual/shots. */
const SHOTS = process.env.MANUAL_SHOTS ?? path.resolve(__dirname, '../../dist/manual/shots');
const VIEWPORT = { width: 1366, height: 768 };

const COMMUNITY_PAGES = ['home', 'orgs', 'members', 'meetings', 'dual', 'care', 'dues', 'development', 'points', 'reports', 'settings'];
const STREET_PAGES = ['home', 'communities', 'packages', 'summary', 'plan'];

/** Right edge of a locator against the table's visible box: inside means no sideways scroll is needed. */
async function inSight(table: Locator, target: Locator): Promise<{ right: number; visibleRight: number }> {
  const box = await table.locator('.ant-table-container').first().boundingBox();
  const cell = await target.boundingBox();
  if (!box || !cell) throw new Error('table or cell not shown');
  return { right: Math.round(cell.x + cell.width), visibleRight: Math.round(Math.min(box.x + box.width, VIEWPORT.width)) };
}

const header = (table: Locator, title: string) =>
  table
    .locator('.ant-table-thead th')
    .filter({ hasText: new RegExp(`^${title}$`) })
    .first();

async function shoot(page: Page, key: string) {
  await page.waitForLoadState('networkidle');
  await page.locator('.shell-loading').waitFor({ state: 'detached', ...WAIT });
  await page.screenshot({ path: path.join(SHOTS, `${key}.png`), animations: 'disabled' });
}

describe('操作手册: every page at 1366×768', () => {
  let browser: Browser;
  const hosts: RunningHost[] = [];
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    fs.mkdirSync(SHOTS, { recursive: true });
    browser = await launchBrowser();
    const host = await startHost(freshDataDir());
    hosts.push(host);
    await host.api('sample.load', {});
    ({ page, problems } = await openApp(browser, host));
    await page.setViewportSize(VIEWPORT);
  });
  afterAll(async () => {
    await browser?.close();
    for (const h of hosts) await h.stop();
  });

  it.each(COMMUNITY_PAGES)('shows %s with its 使用说明', async (key) => {
    await page.getByTestId(`nav-${key}`).click();
    await expect.poll(() => page.evaluate('location.hash'), WAIT).toContain(key);
    await shoot(page, helpKey(key, false));
    await page.getByTestId('help-open').click();
    const drawer = page.locator('.ant-drawer-body');
    await drawer.getByText(HELP_TEXTS[key]!.purpose).waitFor(WAIT);
    await page.screenshot({ path: path.join(SHOTS, `${key}-help.png`), animations: 'disabled' });
    await page.locator('.ant-drawer-close').click();
    await page.locator('.ant-drawer-mask').waitFor({ state: 'detached', ...WAIT });
  });

  it('shows the roster with 联系电话 in sight', async () => {
    await page.getByTestId('nav-members').click();
    const table = page.locator('.ant-table').first();
    await table.locator('tbody tr.ant-table-row').first().waitFor(WAIT);
    const { right, visibleRight } = await inSight(table, header(table, '联系电话'));
    expect(right).toBeLessThanOrEqual(visibleRight);
  });

  it('shows 发展名册 with 下一步 in sight', async () => {
    await page.getByTestId('nav-development').click();
    const table = page.locator('.ant-table').first();
    await table.locator('tbody tr.ant-table-row').first().waitFor(WAIT);
    const { right, visibleRight } = await inSight(table, header(table, '下一步'));
    expect(right).toBeLessThanOrEqual(visibleRight);
  });

  it('shows 流出党员 with its status and actions in sight', async () => {
    await page.getByTestId('nav-care').click();
    await page.getByTestId('care-tab-flows').click();
    const table = page.locator('.ant-table').first();
    const row = table.locator('tbody tr.ant-table-row').first();
    await row.waitFor(WAIT);
    const status = await inSight(table, header(table, '状态'));
    expect(status.right).toBeLessThanOrEqual(status.visibleRight);
    const action = await inSight(table, row.getByText('作废'));
    expect(action.right).toBeLessThanOrEqual(action.visibleRight);
    await page.screenshot({ path: path.join(SHOTS, 'care-flows.png') });
  });

  it("shows a street ledger's pages", async () => {
    const street = await startHost(freshDataDir());
    hosts.push(street);
    await street.api('street.setKind', { kind: '街道' });
    await street.api('settings.save', { streetName: '和平街道' });
    await street.api('street.addCommunity', { name: '幸福里社区' });
    const opened = await openApp(browser, street);
    await opened.page.setViewportSize(VIEWPORT);
    for (const key of STREET_PAGES) {
      await opened.page.getByTestId(`nav-${key}`).click();
      await shoot(opened.page, helpKey(key, true));
    }
    expect(opened.problems).toEqual([]);
  });

  it('met no console error or foreign request', () => {
    expect(problems).toEqual([]);
  });
});
