// 不计应到 through the UI: an election 党员大会 where one member abroad is left out of 应到.
// Saving without a reason is refused naming the person; with the reason and the 上级党组织's
// consent it saves 应到 4, 实到 4, the record names the person apart from the absent, and the
// member's drawer lists the meeting without counting it.
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { todayIso } from '../../api/rules/dates';
import { addFullMembers, pickOption, createCommunity, useApp } from './harness';

const NAMES = ['赵一', '钱二', '孙三', '李四', '周五'];

describe('不计应到 through the UI', () => {
  const app = useApp();
  beforeAll(async () => {
    const { branchId } = await createCommunity(app.host);
    await addFullMembers(app.host, branchId, NAMES);
  });

  it('leaves one person out of 应到 with a reason and the 上级党组织’s consent', async () => {
    const { page, problems } = await app.open();
    await page.getByTestId('nav-meetings').click();
    await page.getByTestId('tab-records').click();

    await page.getByTestId('meeting-add').click();
    const form = page.locator('.meeting-form-drawer');
    await pickOption(form, '组织', '幸福里社区党委 / 第一网格党支部');
    await form.getByLabel('主题党日').uncheck();
    await form.getByLabel('支部党员大会').check();
    await form.getByLabel('议题').fill('换届选举');
    await form.getByLabel('本次会议进行选举').check();
    await form.getByTestId('attendance-李四').getByText('不计应到').click();
    expect(await form.getByTestId('attendance-summary').textContent()).toContain('应到 4 人，实到 4 人，出勤率 100%（另有 1 人不计应到）');

    await form.getByTestId('meeting-save').click();
    await page.getByText('李四不计入应到人数，请填写原因（如重病、长期外出务工、出国半年以上）').waitFor();
    expect(await app.host.api<unknown[]>('meetings.list', { year: Number(todayIso().slice(0, 4)) })).toEqual([]);

    await form.getByLabel('李四的原因').fill('出国半年以上');
    await form.getByRole('checkbox', { name: /已经上级党组织同意/ }).check();
    await form.getByTestId('meeting-save').click();
    await page.getByText('已保存：应到 4 人，实到 4 人').waitFor();

    const [summary] = await app.host.api<{ id: number; expected: number; present: number }[]>('meetings.list', { year: Number(todayIso().slice(0, 4)) });
    expect(summary).toMatchObject({ expected: 4, present: 4 });
    const detail = await app.host.api<{ warnings: string[]; attendance: { name: string; status: string; reason: string | null; approvedByHigher: boolean }[] }>(
      'meetings.get',
      { id: summary.id },
    );
    expect(detail.warnings).toEqual([]);
    expect(detail.attendance.find((a) => a.name === '李四')).toEqual(
      expect.objectContaining({ status: '不计应到', reason: '出国半年以上', approvedByHigher: true }),
    );

    const [record] = await Promise.all([page.waitForEvent('download'), page.getByTestId(`export-record-${summary.id}`).click()]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await record.path());
    const lines = new Map(
      book.worksheets[0]
        .getSheetValues()
        .filter(Array.isArray)
        .map((r) => [r[1], r[2]]),
    );
    expect(lines.get('应到人数')).toBe('4');
    expect(lines.get('实到人数')).toBe('4（出勤率 100%）');
    expect(lines.get('缺席人员及原因')).toBe('无');
    expect(lines.get('不计入应到人员及原因')).toBe('李四（出国半年以上，已经上级党组织同意）');

    // 李四's own year lists the meeting with the reason, and does not count it.
    await page.getByTestId('nav-members').click();
    await page.getByTestId('member-table').getByText('李四').click();
    const rate = page.getByTestId('member-attendance-rate');
    await expect.poll(() => rate.textContent()).toBe('应参加 0 次，出席 0 次，出勤率 —（另有 1 次不计应到）');
    const drawer = page.locator('.ant-drawer:visible');
    await drawer.getByText('出国半年以上（已经上级党组织同意）').waitFor();
    await drawer.locator('.ant-tag', { hasText: '不计应到' }).waitFor();
    expect(problems).toEqual([]);
  });
});
