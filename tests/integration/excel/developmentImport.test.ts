// A 发展党员 register through the import pipeline: a real .xlsx built here, upload → preview
// (each bad row named by row and column) → commit: people with one record per date, source '导入',
// the stage derived from the dates when 当前发展阶段 is missing.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { createMember } from '../../../db/members/write';
import { basicTree, makeId, memberInput, memoryLedger, routerFor, snapshot, TODAY } from '../../support/testLedger';
import { callerFor } from '../../support/callRouter';

type Cell = string | number | Date | null;

async function xlsx(rows: Cell[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('发展党员');
  ws.addRow(['2026年发展党员工作台账']);
  ws.mergeCells(1, 1, 1, 10);
  for (const row of rows) ws.addRow(row);
  ws.getColumn(3).numFmt = '@';
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const HEADER: Cell[] = [
  '姓名',
  '性别',
  '身份证号',
  '所在党支部',
  '提交入党申请书时间',
  '确定为入党积极分子时间',
  '积极分子培训起止',
  '确定为发展对象时间',
  '入党时间',
  '当前发展阶段',
  '培养联系人',
  '入党介绍人',
];

async function setup() {
  const ledger = memoryLedger();
  const tree = basicTree(ledger);
  createMember(ledger, memberInput(tree.branchA.id, { name: '周联系' }), null, TODAY);
  createMember(ledger, memberInput(tree.branchA.id, { name: '吴介绍' }), null, TODAY);
  const admittedId = makeId('1995-05-05', '女');
  createMember(
    ledger,
    memberInput(tree.branchA.id, {
      name: '郑预备',
      idNumber: admittedId,
      birthDate: '1995-05-05',
      gender: '女',
      category: '预备党员',
      joinedOn: '2026-06-01',
      fullMemberOn: null,
    }),
    null,
    TODAY,
  );
  const { router } = routerFor(ledger);
  const { call } = callerFor(router);
  const upload = async (rows: Cell[][]) => (await call('import.upload', { fileName: '发展党员.xlsx', data: (await xlsx(rows)).toString('base64') })).uploadId;
  return { ledger, tree, call, upload, admittedId };
}

describe('发展党员 import', () => {
  it('derives the stage from the dates, names bad rows by row and column, writes the good rows', async () => {
    const t = await setup();
    const uploadId = await t.upload([
      HEADER,
      ['陈申请', '男', makeId('2000-01-01'), '第一网格党支部', '2026.9.1', null, null, null, null, null, null, null],
      ['林积极', '女', makeId('1999-02-02', '女'), '第一网格党支部', '2025-03-01', '2025年6月1日', '2025.7.1至2025.7.3', null, null, null, '周联系', null],
      ['郑预备', '女', t.admittedId, '第一网格党支部', '2024-01-01', '2024-03-01', null, '2025-03-05', '2026-06-01', '预备党员', '周联系', '周联系、吴介绍'],
      ['何错序', '男', makeId('1990-03-03'), '第一网格党支部', '2025-05-01', '2025-04-01', null, null, null, null, null, null],
      ['冯阶段', '男', makeId('1991-04-04'), '第一网格党支部', '2025-05-01', null, null, null, null, '发展对象', null, null],
      ['韩支部', '男', makeId('1992-05-05'), '不存在党支部', '2025-05-01', null, null, null, null, null, null, null],
      ['秦入党', '男', makeId('1993-06-06'), '第一网格党支部', '2024-01-01', '2024-03-01', null, '2025-03-05', '2026-06-01', null, null, null],
    ]);
    const request = { uploadId, target: 'development' } as const;
    const preview = await t.call('import.preview', request);
    const problems = (row: number) =>
      preview.rows
        .find((r) => r.rowNumber === row)!
        .problems.filter((p) => p.level === 'error')
        .map((p) => [p.column, p.message]);
    expect(preview.counts).toMatchObject({ total: 7, create: 3, error: 4 });
    expect(problems(6)).toEqual([['确定为入党积极分子时间', '2025-04-01早于提交入党申请书时间2025-05-01']]);
    expect(problems(7)).toEqual([['当前发展阶段', '当前发展阶段为发展对象，但按所填日期应为入党申请人，请核对日期']]);
    expect(problems(8)).toEqual([['所在党支部', '找不到党支部“不存在党支部”，请先在组织管理中建立或核对名称']]);
    expect(problems(9)).toEqual([['入党时间', '已入党的人员须先在党员花名册中（按身份证号对应），请先导入花名册']]);
    const before = snapshot(t.ledger).dev_people;
    expect(before).toEqual([]);

    const result = await t.call('import.commit', request);
    expect(result).toMatchObject({ created: 3, skipped: 0, notImported: 4 });
    const list = await t.call('development.list', { stage: null, orgId: null, includeLeft: false });
    expect(list.map((r) => [r.name, r.stage, r.appliedOn, r.activistOn, r.candidateOn, r.admittedOn, r.mentors, r.sponsors])).toEqual([
      ['陈申请', '入党申请人', '2026-09-01', null, null, null, [], []],
      ['林积极', '入党积极分子', '2025-03-01', '2025-06-01', null, null, ['周联系'], []],
      ['郑预备', '预备党员', '2024-01-01', '2024-03-01', '2025-03-05', '2026-06-01', ['周联系'], ['周联系', '吴介绍']],
    ]);
    const zheng = list[2];
    expect(zheng.memberId).not.toBeNull();
    const file = await t.call('development.person', { id: list[1].id });
    expect(file.records.find((r) => r.stepCode === 'training')).toMatchObject({ endOn: '2025-07-03' });
    expect(t.ledger.sqlite.prepare("SELECT count(*) AS n FROM dev_records WHERE source <> '导入'").get()).toEqual({ n: 0 });

    // The same file again: every good row is already there and is skipped.
    const again = await t.call('import.preview', request);
    expect(again.counts).toMatchObject({ create: 0, skip: 3 });
  });
});
