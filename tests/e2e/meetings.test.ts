// Record a 支部党员大会 with two 请假 and one 缺席 through the UI and watch the quarter
// turn to 已开 in the compliance matrix.
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { todayIso } from '../../api/rules/dates';
import { periodOf } from '../../api/rules/periods';
import { addFullMembers, pickOption, createCommunity, useApp } from './harness';

const NAMES = ['赵一', '钱二', '孙三', '李四', '周五'];

describe('三会一课 through the UI', () => {
  const app = useApp();
  beforeAll(async () => {
    const { branchId } = await createCommunity(app.host);
    await addFullMembers(app.host, branchId, NAMES);
  });

  it('records attendance per person and the quarter turns to held', async () => {
    const { page, problems } = await app.open();
    await page.getByTestId('nav-meetings').click();
    await page.getByTestId('tab-compliance').click();
    const quarter = periodOf(todayIso(), 'quarter');
    const cell = page.getByTestId(`cell-第一网格党支部-支部党员大会-${quarter}`);
    expect(await cell.getAttribute('data-status')).toBe('due');

    await page.getByTestId('meeting-add').click();
    const form = page.locator('.meeting-form-drawer');
    await pickOption(form, '组织', '幸福里社区党委 / 第一网格党支部');
    await form.getByLabel('主题党日').uncheck();
    await form.getByLabel('支部党员大会').check();
    await form.getByLabel('地点').fill('社区党群服务中心');
    await form.getByLabel('议题').fill('讨论发展对象');
    await form.getByTestId('attendance-钱二').getByText('请假').click();
    await form.getByLabel('钱二的原因').fill('出差');
    await form.getByTestId('attendance-孙三').getByText('请假').click();
    await form.getByLabel('孙三的原因').fill('住院');
    await form.getByTestId('attendance-李四').getByText('缺席').click();
    await form.getByLabel('李四的原因').fill('未请假');
    expect(await form.getByTestId('attendance-summary').textContent()).toContain('应到 5 人，实到 2 人，出勤率 40%');
    await form.getByTestId('meeting-save').click();
    // Two of five 正式党员 present: not more than half, so the quorum warning shows.
    await page.getByText('未超过应到正式党员 5 人的半数').waitFor();
    await page.getByRole('button', { name: /知道了|确定|OK/ }).click();
    // Under load the modal's closing animation can still cover the page for a moment.
    await expect.poll(() => page.locator('.ant-modal-wrap:visible').count(), { timeout: 10_000 }).toBe(0);

    const [summary] = await app.host.api<{ id: number; expected: number; present: number }[]>('meetings.list', { year: Number(todayIso().slice(0, 4)) });
    expect(summary).toMatchObject({ expected: 5, present: 2 });
    const detail = await app.host.api<{ types: string[]; place: string; attendance: { name: string; status: string; reason: string | null }[] }>(
      'meetings.get',
      { id: summary.id },
    );
    expect(detail.types).toEqual(['支部党员大会']);
    expect(detail.place).toBe('社区党群服务中心');
    expect(detail.attendance.map((a) => [a.name, a.status, a.reason])).toEqual([
      ['赵一', '出席', null],
      ['周五', '出席', null],
      ['钱二', '请假', '出差'],
      ['孙三', '请假', '住院'],
      ['李四', '缺席', '未请假'],
    ]);

    await page.getByTestId('tab-records').click();
    await page.getByTestId('meeting-table').getByText('社区党群服务中心').waitFor();
    await page.getByTestId('tab-compliance').click();
    await expect.poll(() => cell.getAttribute('data-status')).toBe('held');

    const [stats] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-stats').click()]);
    const statsBook = new ExcelJS.Workbook();
    await statsBook.xlsx.readFile(await stats.path());
    const statsRows = statsBook.worksheets[0]
      .getSheetValues()
      .filter(Array.isArray)
      .map((r) => r.slice(1));
    const congress = statsRows.find((r) => r[1] === '第一网格党支部' && r[2] === '支部党员大会')!;
    expect(congress[4]).toBe(1); // 实开次数
    expect(congress[6]).toBe('40%'); // 平均出勤率: one meeting, 2 of 5

    await page.getByTestId('tab-records').click();
    const [record] = await Promise.all([page.waitForEvent('download'), page.getByTestId(`export-record-${summary.id}`).click()]);
    const recordBook = new ExcelJS.Workbook();
    await recordBook.xlsx.readFile(await record.path());
    const lines = new Map(
      recordBook.worksheets[0]
        .getSheetValues()
        .filter(Array.isArray)
        .map((r) => [r[1], r[2]]),
    );
    expect(lines.get('应到人数')).toBe('5');
    expect(lines.get('缺席人员及原因')).toBe('钱二（请假：出差）；孙三（请假：住院）；李四（缺席：未请假）');
    expect(lines.get('地点')).toBe('社区党群服务中心');
    expect(problems).toEqual([]);
  });
});
