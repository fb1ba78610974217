// 建账日期 through the UI (issue 34, docs/ledgerStart.md): a new ledger chooses 社区 on 首页, is
// asked from which day it keeps records (today by default), gets its branch on 组织, and then
// neither 首页 nor 开展情况 shows a 未开 period before that day; moving the start back in 系统设置
// makes the earlier periods owed again. Works on any calendar day: the expected cells are worked out here.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { LedgerStartInfo } from '../../api/schemas/ledgerStart';
import { todayIso } from '../../api/rules/dates';
import { periodsOfYear } from '../../api/rules/periods';
import { addFullMembers, fillDate, pickOption, useApp } from './harness';

const WAIT = { timeout: 10_000 };
/** Where screenshots go when asked for (START_SHOTS=/tmp/shots). */
const SHOTS = process.env.START_SHOTS;

describe('a ledger started mid-year, through the UI', () => {
  let page: Page;
  let problems: string[];
  const today = todayIso();
  const year = Number(today.slice(0, 4));
  const months = periodsOfYear(year, 'month');

  const app = useApp();
  beforeAll(async () => {
    ({ page, problems } = await app.open());
  });

  async function addOrg(name: string, kind: string, parentPath?: string) {
    await page.getByTestId('org-add').click();
    await page.getByLabel('组织名称').fill(name);
    await pickOption(page, '组织类别', kind);
    if (parentPath) await pickOption(page, '上级组织', parentPath);
    await page.getByTestId('org-save').click();
    await page.getByTestId(`org-node-${name}`).waitFor();
  }

  const cellStatuses = async (type: string) => {
    const statuses: (string | null)[] = [];
    for (const m of months) statuses.push(await page.getByTestId(`cell-第一网格党支部-${type}-${m.key}`).getAttribute('data-status'));
    return statuses;
  };

  it('asks for the 建账日期 after the 社区 choice, with today as default, and stores it', async () => {
    await page.getByTestId('mode-community').click();
    const ask = page.getByTestId('ledger-start-ask');
    await ask.waitFor();
    const input = page.getByTestId('ledger-start-date');
    expect(await input.inputValue()).toBe(today);
    // The app's date field (YYYY-MM-DD, typed or picked), not the browser's own (12/07/2026): a typed day shows as typed.
    await fillDate(page, '建账日期', `${year}-01-01`);
    expect(await input.inputValue()).toBe(`${year}-01-01`);
    await fillDate(page, '建账日期', today);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/start-ask.png` });
    await page.getByTestId('ledger-start-save').click();
    await ask.waitFor({ state: 'detached', ...WAIT });
    const info = await app.host.api<LedgerStartInfo>('settings.ledgerStart');
    expect(info).toMatchObject({ startDate: today, meetingsFrom: today, duesFromMonth: today.slice(0, 7), ask: false });
  });

  it('a branch created afterwards owes nothing before the start: no 未开 on 首页 or 开展情况', async () => {
    await page.getByTestId('nav-orgs').click();
    await addOrg('幸福里社区党委', '党委');
    await addOrg('第一网格党支部', '党支部', '幸福里社区党委');
    const orgs = await app.host.api<{ id: number; name: string }[]>('orgs.list');
    await addFullMembers(app.host, orgs.find((o) => o.name === '第一网格党支部')!.id, ['赵一', '钱二', '孙三']);

    await page.getByTestId('nav-home').click();
    const overdue = page.getByTestId('reminders-meetings-overdue');
    await overdue.waitFor();
    await expect.poll(() => overdue.textContent(), WAIT).toContain('今年没有逾期未开的会议');
    // No "（0期）" in the title of an empty list.
    expect(await overdue.textContent()).toContain('三会一课：已逾期未开今年');
    // This month's 主题党日 is owed (the period holding the start).
    await expect
      .poll(() => page.getByTestId('reminders-meetings-due').textContent(), WAIT)
      .toContain(`第一网格党支部｜主题党日｜${Number(today.slice(5, 7))}月`);

    await page.getByTestId('nav-meetings').click();
    await page.getByTestId('tab-compliance').click();
    await page.getByTestId('compliance-table').waitFor();
    const current = Number(today.slice(5, 7));
    const expected = months.map((_, i) => (i + 1 < current ? 'beforeStart' : i + 1 === current ? 'due' : 'notYet'));
    await expect.poll(() => cellStatuses('主题党日'), WAIT).toEqual(expected);
    if (current > 1) expect(await page.getByTestId(`cell-第一网格党支部-主题党日-${months[0].key}`).textContent()).toContain('建账前');
    expect(await page.locator('[data-status="missing"]').count()).toBe(0);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/start-compliance.png` });
    expect(await page.getByTestId('compliance-coverage').textContent()).toContain(today);
    expect(await page.getByTestId('compliance-totals').textContent()).toContain('未开 0 期');
  });

  it('moving the start back in 系统设置 makes the earlier periods owed again', async () => {
    await page.getByTestId('nav-settings').click();
    const card = page.getByTestId('ledger-start-card');
    await card.waitFor();
    await expect.poll(() => page.getByLabel('建账日期', { exact: true }).inputValue(), WAIT).toBe(today);
    const back = `${year}-01-01`;
    await fillDate(page, '建账日期', back);
    await page.getByTestId('settings-ledger-start-save').click();
    await page.getByText('已保存建账日期').first().waitFor();
    expect(await app.host.api<LedgerStartInfo>('settings.ledgerStart')).toMatchObject({ startDate: back, meetingsFrom: back, duesFromMonth: back.slice(0, 7) });
    await expect.poll(() => card.getByTestId('ledger-start-coverage').textContent(), WAIT).toContain(`自${year}年第一季度起计`);
    if (SHOTS) await card.screenshot({ path: `${SHOTS}/start-settings.png` });

    await page.getByTestId('nav-meetings').click();
    await page.getByTestId('tab-compliance').click();
    await page.getByTestId('compliance-table').waitFor();
    const current = Number(today.slice(5, 7));
    await expect.poll(() => cellStatuses('主题党日'), WAIT).toEqual(months.map((_, i) => (i + 1 < current ? 'missing' : i + 1 === current ? 'due' : 'notYet')));
    expect(problems).toEqual([]);
  });
});
