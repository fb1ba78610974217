// 积分 through the UI: adopt the default scheme, change a meeting's attendance and watch
// the member's points move, close last year and see an edit refused, export the 积分汇总表.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { idCheckChar } from '../../api/rules/idNumber';
import { todayIso } from '../../api/rules/dates';
import { createCommunity, useApp } from './harness';
import { readWorkbook } from '../support/readBack';

const YEAR = Number(todayIso().slice(0, 4));
const LAST = YEAR - 1;

describe('积分评议 through the UI', () => {
  const ids: Record<string, number> = {};

  const app = useApp();
  beforeAll(async () => {
    const { branchId } = await createCommunity(app.host);
    for (const [i, name] of ['赵一', '钱二'].entries()) {
      const first17 = `1101051970010${i + 1}001`;
      const saved = await app.host.api<{ id: number }>('members.create', {
        name,
        gender: '男',
        birthDate: `1970-01-0${i + 1}`,
        idNumber: first17 + idCheckChar(first17),
        joinedOn: '2000-07-01',
        fullMemberOn: '2001-07-01',
        category: '正式党员',
        communityClass: '直管',
        branchId: branchId,
      });
      ids[name] = saved.id;
    }
    const meeting = (heldOn: string) =>
      app.host.api('meetings.save', {
        orgId: branchId,
        heldOn,
        types: ['主题党日'],
        place: `会议室${heldOn}`,
        attendance: Object.values(ids).map((memberId) => ({ memberId, status: '出席' })),
      });
    await meeting(`${LAST}-06-01`);
    await meeting(`${YEAR}-01-10`);
    await app.host.api('settings.save', { communityName: '幸福里社区党委', preparer: '刘书记', reviewer: null, phone: null });
  });

  it('adopts the default scheme, and a changed attendance moves the points', async () => {
    const { page, problems } = await app.open();
    await page.getByTestId('nav-points').click();
    await page.getByTestId('points-tab-rules').click();
    await page.getByTestId('adopt-default').click();
    await page.getByTestId('rules-table').getByText('出席党员大会').waitFor();
    await page.getByTestId('points-tab-standings').click();
    await expect.poll(() => page.getByTestId('total-赵一').textContent()).toBe('61');

    // Record 赵一 as 缺席 at this year's meeting: +1 for attending goes, −2 comes.
    await page.getByTestId('nav-meetings').click();
    await page.getByTestId('meeting-table').getByRole('button', { name: '编辑' }).click();
    const form = page.locator('.meeting-form-drawer');
    await form.getByTestId('attendance-赵一').getByText('缺席').click();
    await form.getByLabel('赵一的原因').fill('未请假');
    await form.getByTestId('meeting-save').click();
    await form.waitFor({ state: 'hidden' });

    await page.getByTestId('nav-points').click();
    await expect.poll(() => page.getByTestId('total-赵一').textContent()).toBe('58');
    await page.getByTestId('standing-赵一').click();
    await page.getByTestId('statement-table').getByText('无故缺席组织生活').waitFor();
    const statement = await app.host.api<{ entries: { ruleName: string; points: number; sourceLabel: string | null }[]; total: number }>('points.statement', {
      memberId: ids['赵一'],
      year: YEAR,
    });
    expect(statement.total).toBe(58);
    expect(statement.entries.map((e) => [e.ruleName, e.points])).toEqual([
      ['基础分', 60],
      ['参加主题党日', 1],
      ['参加主题党日', -1],
      ['无故缺席组织生活', -2],
    ]);
    expect(problems).toEqual([]);
  });

  it('closes last year, and an edit of its meeting is refused with the reason', async () => {
    const { page } = await app.open();
    await page.getByTestId('nav-points').click();
    await page.getByTestId('points-tab-closing').click();
    await page.getByTestId('points-year').fill(String(LAST));
    await page.getByTestId('points-year').press('Tab');
    // The button names its year: wait until the page has switched before closing.
    await page.getByTestId('close-year').getByText(`${LAST}`).waitFor();
    await page.getByTestId('close-year').click();
    await page.getByTestId('confirm-close').click();
    // Closing backs the file up and refetches every family (the shell's calls too): give it
    // the page's usual 10 s, not expect.poll's 1 s, on a loaded machine.
    await expect.poll(() => page.getByTestId('year-state').textContent(), { timeout: 10_000 }).toContain('已封账');
    await page.getByTestId('year-closed-banner').waitFor();

    await page.getByTestId('nav-meetings').click();
    await page.getByTestId('meetings-year').fill(String(LAST));
    await page.getByTestId('meetings-year').press('Tab');
    await page.getByTestId('meeting-table').getByText(`会议室${LAST}-06-01`).waitFor();
    await page.getByTestId('meeting-table').getByRole('button', { name: '编辑' }).click();
    const form = page.locator('.meeting-form-drawer');
    await form.getByTestId('attendance-钱二').getByText('缺席').click();
    await form.getByLabel('钱二的原因').fill('未请假');
    await form.getByTestId('meeting-save').click();
    await page.getByText(`${LAST}年度已封账`).first().waitFor();
    const [saved] = await app.host.api<{ id: number; present: number }[]>('meetings.list', { year: LAST });
    expect(saved.present).toBe(2);
    const status = await app.host.api<{ closedYears: number[]; events: { action: string; operator: string }[] }>('years.status', {});
    expect(status).toMatchObject({ closedYears: [LAST], events: [{ action: '封账', operator: '刘书记' }] });
    expect(fs.readdirSync(path.join(app.host.dataDir, 'backups')).some((f) => f.endsWith(`-${LAST}年度封账前备份.sqlite`))).toBe(true);
  });

  it('exports the 积分汇总表 with totals, ranks and stars', async () => {
    const { page } = await app.open();
    await page.getByTestId('nav-points').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-points-summary').click()]);
    const file = await download.path();
    const wb = await readWorkbook(file);
    const ws = wb.worksheets[0];
    expect(ws.getCell('A1').value).toBe(`${YEAR}年度党员积分汇总表`);
    const header = (ws.getRow(3).values as unknown[]).slice(1);
    const at = (row: number, name: string) => (ws.getRow(row).values as unknown[]).slice(1)[header.indexOf(name)];
    expect([at(4, '姓名'), at(4, '年度总分'), at(4, '排名'), at(4, '星级')]).toEqual(['钱二', 61, 1, '二星']);
    expect([at(5, '姓名'), at(5, '扣分'), at(5, '年度总分'), at(5, '排名'), at(5, '星级')]).toEqual(['赵一', -2, 58, 2, '一星']);
    expect(ws.getCell('A2').value).toContain('幸福里社区党委');
  });
});
