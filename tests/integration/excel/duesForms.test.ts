// The four 党费 forms from a ledger with known dues, read back cell by cell.
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { createMember } from '../../../db/members/write';
import { saveSettings } from '../../../db/settings';
import { basicTree, memberInput, memoryLedger, routerFor } from '../../support/testLedger';
import type { FileCall, InputArgs } from '../../support/callRouter';
import { exported } from '../../support/readBack';

const TODAY = '2026-11-24';

async function setup() {
  const ledger = memoryLedger();
  const tree = basicTree(ledger);
  saveSettings(ledger, { communityName: '幸福里社区党委', streetName: null, preparer: '王芳', reviewer: '刘明', phone: '010-12345678', operator: null });
  const add = (name: string, branchId: number) => {
    const input = memberInput(branchId, { name });
    return { id: createMember(ledger, input, null, TODAY).id, idNumber: input.idNumber };
  };
  const jia = add('甲', tree.branchA.id);
  const yi = add('乙', tree.branchA.id);
  const bing = add('丙', tree.branchB.id);
  const ctx = routerFor(ledger, TODAY);
  const { call } = ctx;
  const paid = { paidOn: '2026-04-02', method: '现金', collector: '王芳' } as const;
  // 3000.01 元 is in the 1% band: 30.0001 → 30.00 a month; a 5000.00 元 pension: 0.5% → 25.00.
  await call('dues.saveBase', { memberId: jia.id, fromMonth: '2026-01', kind: '在职', baseFen: 300001 });
  await call('dues.saveBase', { memberId: yi.id, fromMonth: '2026-01', kind: '离退休', baseFen: 500000 });
  await call('dues.saveBase', { memberId: bing.id, fromMonth: '2026-01', kind: '学生' });
  await call('dues.pay', { memberId: jia.id, fromMonth: '2026-01', toMonth: '2026-03', ...paid, receiptNo: 'A-001' });
  await call('dues.payBranchMonth', { orgId: tree.branchA.id, month: '2026-01', ...paid, exceptMemberIds: [] });
  await call('dues.handover', {
    fromOrgId: tree.branchA.id,
    toOrgId: tree.root.id,
    handedOn: '2026-04-05',
    periodFrom: '2026-01',
    periodTo: '2026-03',
    amountFen: 11500,
  });
  await call('dues.handover', { fromOrgId: tree.root.id, toOrgId: null, handedOn: '2026-04-10', periodFrom: '2026-01', periodTo: '2026-03', amountFen: 10000 });
  const read = async <K extends FileCall>(name: K, ...input: InputArgs<K>) => {
    const wb = await exported(ctx, ctx.exportsDir, name, ...input);
    return wb.worksheets[0]!;
  };
  return { ledger, tree, jia, yi, bing, read, call, exportsDir: ctx.exportsDir };
}

const values = (sheet: ExcelJS.Worksheet, r: number) => (sheet.getRow(r).values as unknown[]).slice(1);
const rowsOf = (sheet: ExcelJS.Worksheet) => {
  const out: unknown[][] = [];
  for (let r = 4; r <= sheet.rowCount; r++) out.push(values(sheet, r));
  return out;
};
const byName = (sheet: ExcelJS.Worksheet, col: number) => new Map(rowsOf(sheet).map((r) => [r[col], r]));

describe('党费 forms', () => {
  it('登记表 for a year: a column per month with what was paid, 应交 and 欠交 up to this month, totals in 分', async () => {
    const { read, tree } = await setup();
    const sheet = await read('reports.duesRegister', { orgId: tree.branchA.id, year: 2026 });
    expect(sheet.getCell('A1').value).toBe('第一网格党支部2026年党费收缴登记表');
    expect(values(sheet, 3)).toEqual([
      '序号',
      '姓名',
      '缴费类别',
      '月缴费基数\n（元）',
      '比例',
      '1月',
      '2月',
      '3月',
      '4月',
      '5月',
      '6月',
      '7月',
      '8月',
      '9月',
      '10月',
      '11月',
      '12月',
      '应交合计\n（元）',
      '实交合计\n（元）',
      '欠交\n（元）',
      '交纳方式',
      '备注',
    ]);
    const rows = byName(sheet, 1);
    expect(rows.get('甲')).toEqual([1, '甲', '在职', 3000.01, '1%', 30, 30, 30, ...Array(8).fill('未交'), undefined, 330, 90, 240, '现金']);
    expect(rows.get('乙')).toEqual([2, '乙', '离退休', 5000, '0.5%', 25, ...Array(10).fill('未交'), undefined, 275, 25, 250, '现金']);
    expect(rows.get('合计')).toEqual([undefined, '合计', '2人', undefined, undefined, 55, 30, 30, 0, 0, 0, 0, 0, 0, 0, 0, undefined, 605, 115, 490]);
    expect(sheet.getCell('F4').numFmt).toBe('0.00');
    expect(sheet.getCell('R6').font.bold).toBe(true);
    expect(rowsOf(sheet).some((r) => String(r[0]).includes('应交、欠交计至2026年11月'))).toBe(true);
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1, printTitlesRow: '3:3' });
  });

  it('登记表 for one month names who paid, when, to whom and the receipt', async () => {
    const { read, tree } = await setup();
    const sheet = await read('reports.duesRegister', { orgId: tree.branchA.id, month: '2026-01' });
    expect(sheet.getCell('A1').value).toBe('第一网格党支部2026年1月党费收缴登记表');
    const rows = byName(sheet, 1);
    expect(rows.get('甲')).toEqual([1, '甲', '在职', 3000.01, '1%', 30, 30, '已交', '现金', '2026-04-02', '王芳', 'A-001']);
    expect(rows.get('乙')!.slice(0, 11)).toEqual([2, '乙', '离退休', 5000, '0.5%', 25, 25, '已交', '现金', '2026-04-02', '王芳']);
    expect(rows.get('合计')).toEqual([undefined, '合计', '2人', undefined, undefined, 55, 55]);
  });

  it('统计表 by quarter: 应交, 实交, 欠交, 上缴 and balances of the branches and the 社区党委', async () => {
    const { read } = await setup();
    const sheet = await read('reports.duesStats', { year: 2026, period: '季' });
    expect(sheet.getCell('A1').value).toBe('2026年党费收缴情况统计表（按季度）');
    expect(values(sheet, 3)).toEqual([
      '序号',
      '期间',
      '党组织',
      '应交人数',
      '应交金额\n（元）',
      '实交金额\n（元）',
      '欠交人数',
      '欠交金额\n（元）',
      '上缴金额\n（元）',
      '结余\n（元）',
      '实交人数',
    ]);
    const q1 = rowsOf(sheet).filter((r) => r[1] === '第一季度');
    const of = (org: string) => q1.find((r) => r[2] === org)!.slice(3);
    // 甲 paid Jan–Mar (90.00), 乙 only January (25.00 of 75.00); the branch handed 115.00 up.
    expect(of('第一网格党支部')).toEqual([2, 165, 115, 1, 50, 115, 0, 1]);
    // 丙 (学生, 0.20 a month) paid nothing.
    expect(of('第二网格党支部')).toEqual([1, 0.6, 0, 1, 0.6, 0, 0, 0]);
    // The 社区党委 received 115.00 and handed 100.00 to the street: 15.00 left.
    expect(of('幸福里社区党委')).toEqual([undefined, undefined, 115, undefined, undefined, 100, 15]);
    expect(of('支部合计')).toEqual([3, 165.6, 115, 2, 50.6, 115, 0, 1]);
    // Balances carry through the year.
    expect(
      rowsOf(sheet)
        .find((r) => r[1] === '第二季度' && r[2] === '幸福里社区党委')!
        .slice(5),
    ).toEqual([0, undefined, undefined, 0, 15]);
    // Today is in November: the fourth quarter owes October and November, not December.
    expect(
      rowsOf(sheet)
        .find((r) => r[1] === '第四季度' && r[2] === '第一网格党支部')!
        .slice(3, 5),
    ).toEqual([2, 110]);
    expect(rowsOf(sheet).some((r) => String(r[0]).includes('应交、欠交计至2026年11月'))).toBe(true);
  });

  it('公示 lists names and amounts and never an ID number', async () => {
    const { read, jia, yi, bing } = await setup();
    const sheet = await read('reports.duesNotice', { year: 2026, orgId: null });
    expect(sheet.getCell('A1').value).toBe('幸福里社区党委2026年党费收缴情况公示');
    expect(values(sheet, 3)).toEqual(['序号', '党支部', '姓名', '应交月数', '应交金额\n（元）', '实交金额\n（元）', '交纳至']);
    const rows = byName(sheet, 2);
    expect(rows.get('甲')!.slice(1)).toEqual(['第一网格党支部', '甲', 11, 330, 90, '2026年3月']);
    expect(rows.get('乙')!.slice(1)).toEqual(['第一网格党支部', '乙', 11, 275, 25, '2026年1月']);
    expect(rows.get('丙')!.slice(1)).toEqual(['第二网格党支部', '丙', 11, 2.2, 0, '未交']);
    const everything: string[] = [];
    sheet.eachRow((row) => row.eachCell((cell) => everything.push(String(cell.value))));
    const text = everything.join('|');
    for (const id of [jia.idNumber, yi.idNumber, bing.idNumber]) {
      expect(text).not.toContain(id);
      expect(text).not.toContain(id.slice(0, 6) + '*');
    }
    expect(text).not.toMatch(/\d{15,}/);
    expect(everything.some((t) => t.includes('身份证'))).toBe(false);
  });

  it('交纳证明 of one member: months, 党费交纳至 and the lines to sign and seal', async () => {
    const { read, jia } = await setup();
    const sheet = await read('reports.duesCertificate', { memberId: jia.id, year: 2026 });
    expect(sheet.getCell('A1').value).toBe('党费交纳证明');
    const rows = rowsOf(sheet);
    expect(rows[0]).toEqual([1, '2026年1月', '在职', 3000.01, 30, 30, '已交', '2026-04-02', 'A-001']);
    expect(rows[3]!.slice(0, 7)).toEqual([4, '2026年4月', '在职', 3000.01, 30, 0, '未交']);
    expect(rows[11]!.slice(0, 6)).toEqual([undefined, '合计', undefined, undefined, 330, 90]);
    const text = rows.map((r) => r.join('')).join('\n');
    expect(text).toContain('兹证明甲同志（男）系第一网格党支部党员，党费已交纳至2026年3月。');
    expect(text).toContain('党支部书记（签字）：');
    expect(text).toContain('第一网格党支部（盖章）');
  });

  it('年度台账 carries the 统计表 by quarter and one 登记表 of every branch', async () => {
    const { call, exportsDir } = await setup();
    const { jobId } = await call('reports.yearBook', { year: 2026 });
    let status: { finished: boolean; skipped: string[]; file: { fileName: string } | null; error: string | null };
    do {
      await new Promise((r) => setTimeout(r, 5));
      status = await call('reports.jobStatus', { jobId });
    } while (!status.finished);
    expect(status.error).toBeNull();
    expect(status.skipped.some((s) => s.startsWith('党费'))).toBe(false);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(exportsDir, status.file!.fileName));
    const stats = wb.getWorksheet('党费收缴统计')!;
    expect(stats.getCell('A1').value).toBe('2026年党费收缴情况统计表（按季度）');
    const register = wb.getWorksheet('党费收缴登记表')!;
    expect(register.getCell('A1').value).toBe('幸福里社区党委2026年党费收缴登记表');
    expect(values(register, 3).slice(0, 4)).toEqual(['序号', '党支部', '姓名', '缴费类别']);
    expect(
      rowsOf(register)
        .filter((r) => typeof r[0] === 'number')
        .map((r) => `${r[1]}/${r[2]}`),
    ).toEqual(['第一网格党支部/甲', '第一网格党支部/乙', '第二网格党支部/丙']);
  });
});
