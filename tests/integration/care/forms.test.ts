// The four care forms read back cell by cell: 流动党员登记表, 关怀慰问登记表 (money summed once,
// voided visits left out), 光荣在党50年党员名单, 党员中心户联系表.
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { saveSettings } from '../../../db/settings';
import { careLedger, flowOut } from './careFixture';
import type { FileCall, InputArgs } from '../../support/callRouter';
import { readExport } from '../../support/readBack';

async function setup() {
  const fx = careLedger('2026-11-24');
  saveSettings(fx.ledger, { communityName: '幸福里社区党委', streetName: null, preparer: '王芳', reviewer: '刘明', phone: '010-12345678', operator: null });
  const read = async <K extends FileCall>(name: K, ...input: InputArgs<K>) => {
    const file = await fx.call(name, ...input);
    const wb = await readExport(fx.exportsDir, file);
    return { sheet: wb.worksheets[0]!, rows: 'rows' in file ? file.rows : null, book: wb };
  };
  return { ...fx, read };
}

/** A row's cells in the table's columns; an empty cell reads ''. */
const row = (sheet: ExcelJS.Worksheet, r: number) => Array.from({ length: sheet.getRow(3).cellCount }, (_, i) => sheet.getRow(r).getCell(i + 1).value ?? '');
const utc = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

describe('care forms', () => {
  it('流动党员登记表: the 流出 members out on the day with the street’s columns, then 流入', async () => {
    const { add, call, tree, read } = await setup();
    const id = add('外出甲', { gender: '女', birthDate: '1990-04-12' });
    await call('care.saveFlowOut', flowOut(id));
    await call('care.saveFlowIn', {
      name: '流入丁',
      gender: '男',
      phone: '13900000002',
      fromPlace: '河南省周口市',
      homeOrg: '周口市某村党支部',
      orgId: tree.branchB.id,
      arrivedOn: '2026-03-01',
    });
    const { sheet, rows } = await read('reports.flowRegister', { asOf: '2026-11-24', maskPhones: false });
    expect(rows).toBe(2);
    expect(sheet.getCell('A1').value).toBe('流动党员登记表（截至2026年11月24日）');
    expect(row(sheet, 3)).toEqual([
      '序号',
      '类别',
      '姓名',
      '性别',
      '出生年月',
      '所在支部',
      '外出日期',
      '流向地点及单位',
      '联系电话',
      '活动证编号',
      '是否参加流入地组织生活',
      '最近联系日期',
    ]);
    expect(row(sheet, 4)).toEqual([
      1,
      '流出',
      '外出甲',
      '女',
      '1990-04',
      '第一网格党支部',
      utc('2026-01-10'),
      '广东省深圳市，某电子厂',
      '13800000001',
      'LD-001',
      '是',
      '未联系',
    ]);
    expect(sheet.getCell('I4').numFmt).toBe('@');
    expect(row(sheet, 5).slice(0, 8)).toEqual([
      2,
      '流入',
      '流入丁',
      '男',
      '',
      '第二网格党支部',
      utc('2026-03-01'),
      '来自河南省周口市；组织关系在周口市某村党支部',
    ]);
    const masked = await read('reports.flowRegister', { asOf: '2026-11-24', maskPhones: true });
    expect(masked.sheet.getCell('I4').value).not.toBe('13800000001');
  });

  it('关怀慰问登记表: a row per live visit, 慰问金 in 元 summed once', async () => {
    const { add, call, read } = await setup();
    const a = add('困难甲', { isInDifficulty: true });
    await call('care.saveVisit', {
      memberId: a,
      visitedOn: '2026-01-20',
      occasion: '春节',
      visitors: '李书记、王委员',
      moneyFen: 50000,
      goods: '米、油',
      fundSource: '党组织工作经费',
    });
    const wrong = await call('care.saveVisit', { memberId: a, visitedOn: '2026-07-01', occasion: '七一', visitors: '李书记', moneyFen: 99999 });
    await call('care.voidVisit', { id: wrong.id, reason: '重复录入' });
    await call('care.saveVisit', { memberId: a, visitedOn: '2026-10-29', occasion: '重阳', visitors: '社区主任', moneyFen: 20050 });
    const { sheet } = await read('reports.careVisits', { year: 2026 });
    expect(sheet.getCell('A1').value).toBe('2026年关怀慰问登记表');
    expect(row(sheet, 3)).toEqual(['序号', '姓名', '所在支部', '慰问日期', '慰问时机', '慰问人', '慰问金\n（元）', '慰问物品', '经费来源', '备注']);
    expect(row(sheet, 4)).toEqual([1, '困难甲', '第一网格党支部', utc('2026-01-20'), '春节', '李书记、王委员', 500, '米、油', '党组织工作经费', '']);
    expect(row(sheet, 5).slice(0, 7)).toEqual([2, '困难甲', '第一网格党支部', utc('2026-10-29'), '重阳', '社区主任', 200.5]);
    expect(row(sheet, 6).slice(1, 7)).toEqual(['合计', '2人次', '', '', '', 700.5]);
    expect(sheet.getCell('G4').numFmt).toContain('0.00');
  });

  it('光荣在党50年党员名单 and 党员中心户联系表', async () => {
    const { add, call, read } = await setup();
    const old = add('老党员甲', { birthDate: '1948-02-01', joinedOn: '1968-06-01', fullMemberOn: '1969-06-01' });
    add('七六年入党', { birthDate: '1950-03-01', joinedOn: '1976-03-01', fullMemberOn: null });
    add('七八年转正', { birthDate: '1950-03-01', joinedOn: '1977-09-01', fullMemberOn: '1978-09-01' });
    add('缺转正日期', { birthDate: '1946-05-01', joinedOn: '1968-05-01', fullMemberOn: null });
    await call('care.saveMedal', { memberId: old, year: 2026, presentedOn: '2026-06-28' });
    const honor = await read('reports.honor50', { year: 2026 });
    expect(honor.rows).toBe(2);
    expect(row(honor.sheet, 4)).toEqual([
      1,
      '老党员甲',
      '男',
      utc('1948-02-01'),
      '第一网格党支部',
      utc('1968-06-01'),
      utc('1969-06-01'),
      utc('2019-06-01'),
      utc('2026-06-28'),
      '',
    ]);
    expect(row(honor.sheet, 5)).toEqual([
      2,
      '七六年入党',
      '男',
      utc('1950-03-01'),
      '第一网格党支部',
      utc('1976-03-01'),
      '',
      utc('2026-03-01'),
      '',
      '党龄自入党起算',
    ]);
    expect(honor.sheet.getRow(6).getCell(2).value ?? '').not.toBe('七八年转正');
    // The 待核对 sheet: 入党 50+ years ago and no 转正日期.
    const check = honor.book.getWorksheet('待核对')!;
    expect(check.getCell('A1').value).toBe('2026年“光荣在党50年”待核对党员名单');
    expect(row(check, 3)).toEqual(['序号', '姓名', '性别', '出生日期', '所在支部', '入党日期', '入党年数']);
    expect(row(check, 4)).toEqual([1, '缺转正日期', '男', utc('1946-05-01'), '第一网格党支部', utc('1968-05-01'), 58]);
    expect(row(check, 5)[1]).toBe('');

    const c = add('中心户乙', { phone: '13700000003' });
    await call('care.saveCenter', { memberId: c, building: '3号楼', households: 12, householdNames: '301 王家、302 李家', fromOn: '2025-03-01' });
    const centers = await read('reports.centerHouseholds', { maskPhones: false });
    expect(row(centers.sheet, 3)).toEqual(['序号', '所在支部', '中心户党员', '联系电话', '楼栋', '联系户数', '联系户名单', '设立日期', '备注']);
    expect(row(centers.sheet, 4)).toEqual([1, '第一网格党支部', '中心户乙', '13700000003', '3号楼', 12, '301 王家、302 李家', utc('2025-03-01'), '']);
    expect(row(centers.sheet, 5).slice(1, 6)).toEqual(['第一网格党支部小计', '1户', '', '', 12]);
    expect(row(centers.sheet, 6).slice(1, 6)).toEqual(['合计', '1户', '', '', 12]);
  });

  it('年度台账 carries the care forms that have rows', async () => {
    const { add, call, exportsDir } = await setup();
    const id = add('外出甲');
    await call('care.saveFlowOut', flowOut(id));
    await call('care.saveVisit', { memberId: id, visitedOn: '2026-02-01', occasion: '春节', visitors: '李书记', moneyFen: 30000 });
    const { jobId } = await call('reports.yearBook', { year: 2026 });
    let status: Awaited<ReturnType<typeof call<'reports.jobStatus'>>>;
    do {
      await new Promise((r) => setTimeout(r, 5));
      status = await call('reports.jobStatus', { jobId });
    } while (!status.finished);
    expect(status.error).toBeNull();
    expect(status.skipped.some((s) => s.startsWith('流动党员与关怀'))).toBe(false);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(exportsDir, status.file!.fileName));
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(expect.arrayContaining(['流动党员登记表', '关怀慰问登记表']));
    expect(wb.worksheets.map((ws) => ws.name)).not.toContain('党员中心户联系表');
  });
});
