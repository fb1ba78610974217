// 党费基数 through the import pipeline: a real .xlsx built here, upload → preview (row
// messages naming row and column) → commit into dues_bases with source '导入'.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { idNumberForms } from '../../../api/rules/idNumber';
import type { ImportPreview } from '../../../api/schemas/imports';
import { createMember } from '../../../db/members/write';
import { insertImportedBase } from '../../../db/dues/importBases';
import { basicTree, makeId, memberInput, memoryLedger, routerFor, snapshot, TODAY, withWrongCheckChar } from '../../support/testLedger';

type Cell = string | number | Date | null;

async function xlsx(rows: Cell[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('党费基数');
  ws.addRow(['2026年党员党费基数核定表']);
  ws.mergeCells(1, 1, 1, 9);
  for (const row of rows) ws.addRow(row);
  ws.getColumn(3).numFmt = '@';
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function setup() {
  const ledger = memoryLedger();
  const tree = basicTree(ledger);
  const add = (name: string, extra: object = {}) => {
    const input = memberInput(tree.branchA.id, { name, birthDate: '1975-03-12', ...extra });
    return { id: createMember(ledger, input, null, TODAY).id, idNumber: input.idNumber };
  };
  const zhang = add('张秀兰');
  const liFull = makeId('1962-05-15');
  const li = add('李建国', { idNumber: idNumberForms(liFull)[1], birthDate: '1962-05-15' }); // stored under the old 15-digit number
  const wang = add('王芳');
  const sun = add('孙七');
  const zhao = add('赵六');
  const zhou = add('周八');
  const wu = add('吴九');
  insertImportedBase(ledger, {
    memberId: wang.id,
    fromMonth: '2025-01',
    kind: '离退休',
    baseFen: 400000,
    relief: null,
    reliefFen: null,
    reliefReason: null,
    reliefApprover: null,
  });
  insertImportedBase(ledger, {
    memberId: zhao.id,
    fromMonth: '2026-01',
    kind: '在职',
    baseFen: 200000,
    relief: null,
    reliefFen: null,
    reliefReason: null,
    reliefApprover: null,
  });
  const ctx = routerFor(ledger);
  const { call } = ctx;
  const upload = async (rows: Cell[][]) => (await call('import.upload', { fileName: '基数.xlsx', data: (await xlsx(rows)).toString('base64') })).uploadId;
  const bases = () =>
    ledger.sqlite
      .prepare(
        `SELECT member_id AS memberId, from_month AS fromMonth, kind, base_fen AS baseFen, relief,
                relief_fen AS reliefFen, relief_reason AS reliefReason, relief_approver AS reliefApprover, source, voided_at IS NOT NULL AS voided
         FROM dues_bases
         ORDER BY id`,
      )
      .all();
  return { ledger, ctx, call, upload, bases, zhang, li, liFull, wang, sun, zhao, zhou, wu };
}

const HEADER: Cell[] = ['序号', '姓名', '身份证号', '月收入', '缴费类别', '起始月份', '免交/减交', '原因', '批准人'];
const problemsOf = (p: ImportPreview, row: number) => p.rows.find((r) => r.rowNumber === row)!.problems;

describe('党费基数 import', () => {
  it('previews every bad row with its row and column, then commits the good ones in 分', async () => {
    const t = await setup();
    const unknownId = makeId('1990-02-02');
    const uploadId = await t.upload([
      HEADER,
      [1, '张秀兰', t.zhang.idNumber, 3000.01, '在职', '2026-01', null, null, null], // row 3
      [2, '李建国', t.liFull, '4,500.50', '退休', new Date(Date.UTC(2026, 2, 1)), null, null, null], // row 4: 18-digit form of a stored 15-digit number
      [3, '王 芳', t.wang.idNumber, 6000, null, null, null, null, null], // row 5: kind from her 2025 base
      [4, '陈某', unknownId, 3000, '在职', null, null, null, null], // row 6: unknown ID
      [5, '张秀兰', idNumberForms(t.zhang.idNumber)[1], 2800, '在职', null, null, null, null], // row 7: same person, 15-digit form
      [6, '李四', t.sun.idNumber, 3000, '在职', null, null, null, null], // row 8: name does not match the ID
      [7, '孙七', withWrongCheckChar(t.sun.idNumber), 3000, null, null, null, null, null], // row 9: bad check digit
      [8, '周八', t.zhou.idNumber, 'abc', '在职', null, null, null, null], // row 10: non-numeric
      [9, '吴九', t.wu.idNumber, -100, '在职', null, null, null, null], // row 11: negative
      [10, '赵六', t.zhao.idNumber, 3500, '在职', '2026-01', null, null, null], // row 12: a base for that month exists
      ['填报人：王芳'],
    ]);
    const p = await t.call('import.preview', { uploadId, target: 'duesBases' });
    expect(p.headerRow).toBe(2);
    expect(p.footerRow).toBe(13);
    expect(p.fields.find((f) => f.key === 'income')!.column).toBe(3);
    expect(p.counts).toMatchObject({ total: 10, create: 3, skip: 1, error: 6 });
    expect(problemsOf(p, 3)).toEqual([]);
    expect(problemsOf(p, 4)).toEqual([]);
    expect(problemsOf(p, 5)).toEqual([]);
    expect(problemsOf(p, 6)).toEqual([
      { column: '身份证号', level: 'error', message: `花名册中没有身份证号为 ${unknownId} 的党员，请核对号码，或先把该党员录入花名册` },
    ]);
    expect(problemsOf(p, 7)).toEqual([{ column: '身份证号', level: 'error', message: '与第3行的身份证号重复（15位旧号码与18位号码是同一人）' }]);
    expect(problemsOf(p, 8)).toEqual([{ column: '姓名', level: 'error', message: '姓名与身份证号不符：该身份证号是花名册中“孙七”的号码' }]);
    expect(problemsOf(p, 9)[0]).toMatchObject({ column: '身份证号', level: 'error', message: expect.stringContaining('校验位') });
    expect(problemsOf(p, 10)).toEqual([{ column: '月收入', level: 'error', message: '月收入“abc”不是金额，请填写数字（单位元，最多两位小数）' }]);
    expect(problemsOf(p, 11)).toEqual([{ column: '月收入', level: 'error', message: '月收入不能为负数（-100）' }]);
    expect(problemsOf(p, 12)).toEqual([{ column: '身份证号', level: 'warning', message: '已在党费基数中（赵六：2026-01起 在职 2,000.00元），本行将跳过' }]);

    const before = t.bases().length;
    expect(await t.call('import.commit', { uploadId, target: 'duesBases' })).toMatchObject({ created: 3, updated: 0, skipped: 1, notImported: 6 });
    const rows = t.bases().slice(before);
    expect(rows).toEqual([
      {
        memberId: t.zhang.id,
        fromMonth: '2026-01',
        kind: '在职',
        baseFen: 300001,
        relief: null,
        reliefFen: null,
        reliefReason: null,
        reliefApprover: null,
        source: '导入',
        voided: 0,
      },
      {
        memberId: t.li.id,
        fromMonth: '2026-03',
        kind: '离退休',
        baseFen: 450050,
        relief: null,
        reliefFen: null,
        reliefReason: null,
        reliefApprover: null,
        source: '导入',
        voided: 0,
      },
      // No 起始月份 in the row: January of this year; no 缴费类别: her earlier kind.
      {
        memberId: t.wang.id,
        fromMonth: '2026-01',
        kind: '离退休',
        baseFen: 600000,
        relief: null,
        reliefFen: null,
        reliefReason: null,
        reliefApprover: null,
        source: '导入',
        voided: 0,
      },
    ]);
    // The audit log has the import.
    expect(t.ledger.sqlite.prepare("SELECT count(*) AS n FROM audit_log WHERE call = 'import.commit'").get()).toEqual({ n: 1 });
  });

  it("replaces a month's base on update, records 免交 and 减交, and reads a 基数 column before 月收入", async () => {
    const t = await setup();
    const uploadId = await t.upload([
      ['姓名', '身份证号', '月收入', '缴费基数', '缴费类别', '起始月份', '免交/减交', '减交后每月金额', '原因', '批准人'],
      ['赵六', t.zhao.idNumber, 9000, 3500.5, '在职', '2026年1月', null, null, null, null],
      ['周八', t.zhou.idNumber, null, null, '低保', '2026.4', '免交', null, '长期患病', '刘明'],
      ['吴九', t.wu.idNumber, null, 2000, '在职', '202604', '减交', 5, '家庭困难', '刘明'],
      ['孙七', t.sun.idNumber, null, 2000, '学生', null, '减交', null, null, null],
    ]);
    const p = await t.call('import.preview', { uploadId, target: 'duesBases', onDuplicate: 'update', fromMonth: '2026-02' });
    expect(p.rows.map((r) => r.action)).toEqual(['update', 'create', 'create', 'error']);
    expect(p.rows[3]!.problems.map((x) => `${x.column}:${x.message}`)).toEqual([
      '减交后每月金额:减交须填写减交后每月金额',
      '原因:减交须填写原因',
      '批准人:减交须填写批准人',
    ]);
    await t.call('import.commit', { uploadId, target: 'duesBases', onDuplicate: 'update', fromMonth: '2026-02' });
    const rows = t.bases() as { memberId: number; voided: number }[];
    expect(rows.filter((r) => r.memberId === t.zhao.id)).toEqual([
      expect.objectContaining({ fromMonth: '2026-01', baseFen: 200000, voided: 1 }),
      expect.objectContaining({ fromMonth: '2026-01', baseFen: 350050, source: '导入', voided: 0 }),
    ]);
    expect(rows.find((r) => r.memberId === t.zhou.id)).toMatchObject({
      fromMonth: '2026-04',
      kind: '低保',
      baseFen: null,
      relief: '免交',
      reliefReason: '长期患病',
      reliefApprover: '刘明',
    });
    expect(rows.find((r) => r.memberId === t.wu.id)).toMatchObject({ fromMonth: '2026-04', baseFen: 200000, relief: '减交', reliefFen: 500 });
  });

  it('refuses a closed year in the preview and writes nothing', async () => {
    const t = await setup();
    t.ledger.sqlite.prepare("INSERT INTO closed_years (year, closed_at, operator) VALUES (2025, '2026-01-10', '王芳')").run();
    const uploadId = await t.upload([HEADER, [1, '张秀兰', t.zhang.idNumber, 3000, '在职', '2025-06', null, null, null]]);
    const p = await t.call('import.preview', { uploadId, target: 'duesBases' });
    expect(p.rows[0]!.problems).toEqual([{ column: '起始月份', level: 'error', message: '2025年度已封账，不能导入该年度的基数' }]);
    const before = snapshot(t.ledger);
    await expect(t.call('import.commit', { uploadId, target: 'duesBases' })).rejects.toThrow('没有可以导入的行');
    expect(snapshot(t.ledger)).toEqual(before);
  });
});
