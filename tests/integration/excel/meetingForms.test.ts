// 三会一课 forms read back cell by cell.
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { meetingInput } from '../../../api/schemas/meetings';
import { saveMeeting } from '../../../db/meetings/write';
import { createMember } from '../../../db/members/write';
import { saveSettings } from '../../../db/settings';
import { basicTree, memberInput, memoryLedger, routerFor } from '../../support/testLedger';

const TODAY = '2026-11-24';

async function setup() {
  const ledger = memoryLedger();
  const tree = basicTree(ledger);
  saveSettings(ledger, { communityName: '幸福里社区党委', streetName: null, preparer: '王芳', reviewer: '刘明', phone: '010-12345678', operator: null });
  const ids = ['甲', '乙', '丙', '丁'].map((name) => createMember(ledger, memberInput(tree.branchA.id, { name }), null, TODAY).id);
  const att = (away: Record<number, [string, string]> = {}) =>
    ids.map((memberId) => (away[memberId] ? { memberId, status: away[memberId][0], reason: away[memberId][1] } : { memberId, status: '出席' }));
  const save = (heldOn: string, types: string[], extra: object = {}, away: Record<number, [string, string]> = {}) =>
    saveMeeting(ledger, meetingInput.parse({ orgId: tree.branchA.id, heldOn, types, lectureTitle: '学习党章', attendance: att(away), ...extra }), TODAY);
  const first = save(
    '2026-01-15',
    ['支部党员大会', '党课'],
    { place: '党群服务中心', host: '甲', recorder: '乙', agenda: '讨论发展对象', resolution: '同意', content: '学习了党章第一章' },
    { [ids[1]]: ['请假', '出差'], [ids[2]]: ['缺席', '未请假'] },
  );
  save('2026-02-20', ['主题党日']);
  save('2026-04-10', ['主题党日'], { makeUpFor: '2026-03' });
  const ctx = routerFor(ledger, TODAY);
  const read = async (name: string, input: object) => {
    const r = await ctx.router.handle(name, input);
    if (!r.ok) throw new Error(r.error.message);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(ctx.exportsDir, (r.value as { fileName: string }).fileName));
    return wb;
  };
  return { ledger, tree, ids, first, read, save };
}

const rowsOf = (sheet: ExcelJS.Worksheet) => {
  const out: unknown[][] = [];
  for (let r = 4; r <= sheet.rowCount; r++) out.push((sheet.getRow(r).values as unknown[]).slice(1));
  return out;
};

describe('三会一课 forms', () => {
  it('统计表 for the first quarter: required, held, completion and attendance by branch and type', async () => {
    const { read } = await setup();
    const sheet = (await read('reports.meetingStats', { year: 2026, scope: 'Q1' })).getWorksheet('三会一课统计')!;
    expect(sheet.getCell('A1').value).toBe('2026年第一季度“三会一课”开展情况统计表');
    expect((sheet.getRow(3).values as unknown[]).slice(1)).toEqual(['序号', '党组织', '会议类型', '应开次数', '实开次数', '完成率', '平均出勤率', '备注']);
    const byType = new Map(
      rowsOf(sheet)
        .filter((r) => r[1] === '第一网格党支部')
        .map((r) => [r[2], r]),
    );
    expect(byType.get('支部党员大会')!.slice(3, 7)).toEqual([1, 1, '100%', '50%']);
    expect(byType.get('党课')!.slice(3, 7)).toEqual([1, 1, '100%', '50%']);
    // Feb held, Mar made up in April, Jan missing: 2 of 3.
    expect(byType.get('主题党日')!.slice(3, 7)).toEqual([3, 2, '66.7%', '100%']);
    expect(byType.get('主题党日')![7]).toContain('补开：3月');
    // Four 正式党员: no 支委会 is owed (支部工作条例 art. 9), and the note says so.
    expect(byType.get('支部委员会')!.slice(3, 6)).toEqual([0, 0, '—']);
    expect(byType.get('支部委员会')![7]).toBe('正式党员不足7人，不设支委会：1月、2月、3月');
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, fitToWidth: 1, printTitlesRow: '3:3' });
  });

  it('组织生活记录 for one meeting names who was away and why', async () => {
    const { read, first } = await setup();
    const sheet = (await read('reports.meetingRecord', { id: first })).worksheets[0];
    expect(sheet.getCell('A1').value).toBe('第一网格党支部支部党员大会记录');
    const lines = new Map(rowsOf(sheet).map((r) => [r[0], r[1]]));
    expect(lines.get('会议名称')).toBe('第一网格党支部支部党员大会、党课');
    expect(lines.get('时间')).toBe('2026年1月15日');
    expect(lines.get('地点')).toBe('党群服务中心');
    expect(lines.get('主持人')).toBe('甲');
    expect(lines.get('应到人数')).toBe('4');
    expect(lines.get('实到人数')).toBe('2（出勤率 50%）');
    expect(lines.get('缺席人员及原因')).toBe('乙（请假：出差）；丙（缺席：未请假）');
    expect(lines.get('议题')).toBe('讨论发展对象');
    expect(lines.get('决议')).toBe('同意');
    // 2 of 4 正式党员 present is not more than half: the record carries the warning.
    expect(lines.get('提示')).toContain('未超过应到正式党员 4 人的半数');
  });

  it('a person left out of 应到 is named with the reason apart from the absent, and counts in neither 应到 nor 出勤率', async () => {
    const { read, save, ids, tree } = await setup();
    const id = save('2026-05-15', ['主题党日'], {}, { [ids[2]]: ['缺席', '未请假'], [ids[3]]: ['不计应到', '长期外出务工'] });
    const lines = new Map(rowsOf((await read('reports.meetingRecord', { id })).worksheets[0]).map((r) => [r[0], r[1]]));
    expect(lines.get('应到人数')).toBe('3');
    expect(lines.get('实到人数')).toBe('2（出勤率 66.7%）');
    expect(lines.get('缺席人员及原因')).toBe('丙（缺席：未请假）');
    expect(lines.get('不计入应到人员及原因')).toBe('丁（长期外出务工）');
    // Q2's 主题党日: April's make-up, all four present (100%), and this one, 2 of 3.
    const sheet = (await read('reports.meetingStats', { year: 2026, scope: 'Q2' })).getWorksheet('三会一课统计')!;
    const themeDay = rowsOf(sheet).find((r) => r[1] === '第一网格党支部' && r[2] === '主题党日')!;
    expect(themeDay[6]).toBe('83.3%');
    const contents = rowsOf((await read('reports.meetingBook', { orgId: tree.branchA.id, year: 2026 })).getWorksheet('目录')!).filter(
      (r) => typeof r[0] === 'number',
    );
    expect(contents.at(-1)!.slice(3, 5)).toEqual([3, 2]);
  });

  it('记录本 holds every record of the year in date order', async () => {
    const { read, tree } = await setup();
    const wb = await read('reports.meetingBook', { orgId: tree.branchA.id, year: 2026 });
    expect(wb.worksheets.map((w) => w.name)).toEqual(['目录', '第1次', '第2次', '第3次']);
    const contents = rowsOf(wb.getWorksheet('目录')!).filter((r) => typeof r[0] === 'number');
    expect(contents.map((r) => (r[1] as Date).toISOString().slice(0, 10))).toEqual(['2026-01-15', '2026-02-20', '2026-04-10']);
  });
});
