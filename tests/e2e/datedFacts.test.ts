// Every figure right on any date, through the member page: a move to another branch dated in
// the past leaves the roster of the day before in the old branch; 转正 proposes the day the
// 预备期 ends; the drawer's 变动历史 lists both branches.
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { addDays, todayIso } from '../../api/rules/dates';
import { idCheckChar } from '../../api/rules/idNumber';
import { createCommunity, fillDate, pickOption, useApp } from './harness';

const validId = (first17: string) => first17 + idCheckChar(first17);
const TODAY = todayIso();
const MOVED_ON = addDays(TODAY, -40);

describe('dated member facts through the UI', () => {
  let page: Page;
  let problems: string[];
  let zhangId = 0;
  let wangId = 0;

  const app = useApp();
  beforeAll(async () => {
    const { rootId } = await createCommunity(app.host);
    await app.host.api('orgs.create', { name: '第二网格党支部', kind: '党支部', parentId: rootId });
    const branchId = (await app.host.api<{ id: number; name: string }[]>('orgs.list')).find((o) => o.name === '第一网格党支部')!.id;
    zhangId = (
      await app.host.api<{ id: number }>('members.create', {
        name: '张秀兰',
        gender: '女',
        birthDate: '1975-03-12',
        idNumber: validId('11010519750312002'),
        joinedOn: '2001-07-01',
        fullMemberOn: '2002-07-01',
        category: '正式党员',
        communityClass: '直管',
        branchId,
      })
    ).id;
    wangId = (
      await app.host.api<{ id: number }>('members.create', {
        name: '王小明',
        gender: '男',
        birthDate: '1998-04-05',
        idNumber: validId('11010519980405001'),
        joinedOn: '2025-10-01',
        category: '预备党员',
        communityClass: '直管',
        branchId,
      })
    ).id;
    ({ page, problems } = await app.open());
  });

  /** 党员花名册 as of a day, through the export dialog: each member's 所在党支部. */
  async function rosterBranches(asOf: string): Promise<Map<string, string>> {
    await page.getByTestId('roster-export').click();
    await fillDate(page, '统计截止日期', asOf);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#roster-export-submit').click()]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    const sheet = workbook.getWorksheet('党员花名册')!;
    const header = (sheet.getRow(3).values as unknown[]).slice(1);
    const branches = new Map<string, string>();
    for (let r = 4; r <= sheet.rowCount; r++) {
      const row = (sheet.getRow(r).values as unknown[]).slice(1);
      const name = row[header.indexOf('姓名')];
      if (typeof name === 'string' && name) branches.set(name, String(row[header.indexOf('所在党支部')]));
    }
    return branches;
  }

  it('moves a member to another branch from a past date; the roster of the day before keeps the old branch', async () => {
    await page.getByTestId('nav-members').click();
    await page.getByTestId('member-table').getByText('张秀兰').click();
    await page.getByTestId('member-edit').click();
    const form = page.locator('.member-form-drawer');
    // No change of branch yet: no date is asked.
    await form.getByLabel('姓名', { exact: true }).waitFor();
    expect(await form.getByLabel('变动生效日期', { exact: true }).count()).toBe(0);
    await pickOption(form, '所在党支部', '幸福里社区党委 / 第二网格党支部');
    await form.getByText('此日期之前的花名册和会议仍按原支部、党小组、社区分类计算').waitFor();
    expect(await form.getByLabel('变动生效日期', { exact: true }).inputValue()).toBe(TODAY);
    await fillDate(form, '变动生效日期', MOVED_ON);
    await page.getByTestId('member-save').click();
    await page.getByText('已保存', { exact: true }).waitFor();
    await form.waitFor({ state: 'hidden' });
    await page.locator('.ant-drawer-close:visible').click();

    expect((await rosterBranches(addDays(MOVED_ON, -1))).get('张秀兰')).toBe('第一网格党支部');
    await page.getByText('已开始下载').first().waitFor();
    expect((await rosterBranches(TODAY)).get('张秀兰')).toBe('第二网格党支部');
  });

  it('lists both branches, with their dates, in the 变动历史', async () => {
    await page.getByTestId('member-table').getByText('张秀兰').click();
    const timeline = page.getByTestId('member-history');
    await timeline.getByText('第一网格党支部', { exact: true }).first().waitFor();
    await timeline.getByText('第二网格党支部', { exact: true }).first().waitFor();
    const spans = await timeline.getByTestId('fact-span').allInnerTexts();
    expect(spans.some((t) => t.includes('第一网格党支部') && t.includes(`${MOVED_ON} 止`))).toBe(true);
    expect(spans.some((t) => t.includes('第二网格党支部') && t.includes(MOVED_ON) && t.includes('至今'))).toBe(true);
    await timeline.scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/tmp/shots/member-history.png' });

    // A wrongly entered date is corrected from the timeline, with a reason, and logged.
    const before = await app.host.api<{ facts: { id: number; fact: string; valueText: string; validFrom: string }[] }>('members.history', { id: zhangId });
    const second = before.facts.find((f) => f.fact === 'branch' && f.valueText === '第二网格党支部')!;
    await timeline.getByTestId(`fact-correct-${second.id}-from`).click();
    const dialog = page.locator('.ant-modal:visible');
    await dialog.getByText('记入操作日志').waitFor();
    await fillDate(dialog, '更正后的日期', addDays(MOVED_ON, -5));
    await page.locator('#fact-correct-submit').click();
    await dialog.getByText('请填写更正原因').waitFor();
    await dialog.getByLabel('更正原因').fill('按支部大会记录更正');
    await page.locator('#fact-correct-submit').click();
    await page.getByText('已更正日期').waitFor();
    await timeline.getByText(`${MOVED_ON} 改为 ${addDays(MOVED_ON, -5)}`).waitFor();
    const after = await app.host.api<{ facts: { id: number; validFrom: string }[]; events: { kind: string; reason: string | null }[] }>('members.history', {
      id: zhangId,
    });
    expect(after.facts.find((f) => f.id === second.id)!.validFrom).toBe(addDays(MOVED_ON, -5));
    expect(after.events.find((e) => e.kind === '更正')?.reason).toBe('按支部大会记录更正');
    await page.locator('.ant-drawer-close:visible').click();
  });

  it('proposes the day the 预备期 ends as the 转正日期 and stores it', async () => {
    await page.getByTestId('member-table').getByText('王小明').click();
    await page.getByTestId('member-status').click();
    const dialog = page.locator('.ant-modal:visible');
    await pickOption(dialog, '变更类型', '转正');
    await dialog.getByTestId('probation-rule').waitFor();
    await expect.poll(() => dialog.getByLabel('转正日期', { exact: true }).inputValue()).toBe('2026-10-01');
    await fillDate(dialog, '支部大会讨论日期', '2026-09-20');
    // Approval more than 3 months after the 支部大会: the dialog says so before anything is sent.
    await fillDate(dialog, '上级党委审批日期', '2026-12-21');
    await dialog.getByText('上级党委审批日期应在支部大会讨论日期2026-09-20后3个月内，最晚2026-12-20（《中国共产党发展党员工作细则》）').waitFor();
    await page.locator('#status-submit').click();
    await dialog.getByText('最晚2026-12-20', { exact: false }).first().waitFor();
    expect((await app.host.api<{ category: string }>('members.get', { id: wangId })).category).toBe('预备党员');
    await fillDate(dialog, '上级党委审批日期', '2026-10-15');
    await page.locator('#status-submit').click();
    await page.getByText('已办理转正').waitFor();

    const stored = await app.host.api<{
      category: string;
      fullMemberOn: string;
      events: { kind: string; decidedOn: string | null; approvedOn: string | null }[];
    }>('members.get', { id: wangId });
    expect(stored.category).toBe('正式党员');
    expect(stored.fullMemberOn).toBe('2026-10-01');
    expect(stored.events.find((e) => e.kind === '转正')).toMatchObject({ decidedOn: '2026-09-20', approvedOn: '2026-10-15' });
    expect(zhangId).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });
});
