// 党员花名册 read back cell by cell, as the street office's Excel will see it.
// npm test runs this under TZ=Asia/Shanghai and TZ=UTC: dates must not move a day.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { changeMemberStatus } from '../../../db/members/status';
import { createMember } from '../../../db/members/write';
import { saveSettings } from '../../../db/settings';
import { basicTree, makeId, memberInput, memoryLedger, routerFor, TODAY } from '../../support/testLedger';

async function exported(maskIds = false, asOf = TODAY, branch?: 'A') {
  const ledger = memoryLedger();
  const tree = basicTree(ledger);
  saveSettings(ledger, {
    communityName: '幸福里社区党委',
    streetName: '和平街道党工委',
    preparer: '王芳',
    reviewer: '刘明',
    phone: '010-12345678',
    operator: null,
  });
  const zhangId = makeId('1950-03-12', '女');
  createMember(
    ledger,
    memberInput(tree.branchA.id, {
      name: '张秀兰',
      gender: '女',
      birthDate: '1950-03-12',
      idNumber: zhangId,
      joinedOn: '1975-07-01',
      fullMemberOn: '1976-07-01',
      phone: '13800138000',
      groupId: tree.group.id,
      residenceCommunity: '幸福里小区',
      building: '1号楼',
      room: '302',
    }),
    null,
    TODAY,
  );
  const li = createMember(ledger, memberInput(tree.branchB.id, { name: '李建国', joinedOn: '2000-07-01', fullMemberOn: '2001-07-01' }), null, TODAY);
  changeMemberStatus(ledger, li.id, { change: '转出', occurredOn: '2026-06-30', place: '外区', letterNo: null, reason: null, extendedTo: null }, TODAY);
  const { router, exportsDir } = routerFor(ledger);
  const result = await router.handle('reports.roster', { asOf, maskIdNumbers: maskIds, branchId: branch ? tree.branchA.id : null });
  if (!result.ok) throw new Error(result.error.message);
  const { fileName, rows } = result.value as { fileName: string; rows: number };
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path.join(exportsDir, fileName));
  return { sheet: workbook.getWorksheet('党员花名册')!, rows, zhangId, fileName, exportsDir };
}

const headerIndex = (sheet: ExcelJS.Worksheet, name: string) => (sheet.getRow(3).values as unknown[]).indexOf(name);

describe('党员花名册 export', () => {
  it('has the title, the unit and date line, every DOMAIN.md column, and the signatures', async () => {
    const { sheet, rows } = await exported();
    expect(rows).toBe(1);
    expect(sheet.getCell('A1').value).toBe('幸福里社区党委党员花名册');
    expect(sheet.getCell('A1').font.name).toBe('宋体');
    expect(sheet.getCell('A2').value).toBe('填报单位（盖章）：幸福里社区党委');
    expect((sheet.getRow(2).values as unknown[]).join('|')).toContain('填报日期：2026年11月24日');
    expect((sheet.getRow(3).values as unknown[]).slice(1)).toEqual([
      '序号',
      '姓名',
      '性别',
      '民族',
      '出生日期',
      '公民身份号码',
      '学历',
      '入党日期',
      '转正日期',
      '人员类别',
      '党籍状态',
      '社区分类',
      '所在党支部',
      '党小组',
      '党内职务',
      '工作单位及职务',
      '现居住地址',
      '联系电话',
      '备注',
    ]);
    const merges = (sheet.model as unknown as { merges: string[] }).merges;
    expect(merges).toContain('A1:S1');
    const last = sheet.getRow(sheet.rowCount);
    expect(last.getCell(1).value).toBe('填报人：王芳        审核人：刘明        联系电话：010-12345678');
  });

  it('writes IDs and phones as text and dates as real dates on the right day', async () => {
    const { sheet, zhangId } = await exported();
    const row = sheet.getRow(4);
    const id = row.getCell(headerIndex(sheet, '公民身份号码'));
    expect(id.value).toBe(zhangId);
    expect(id.numFmt).toBe('@');
    expect(row.getCell(headerIndex(sheet, '联系电话')).value).toBe('13800138000');
    const born = row.getCell(headerIndex(sheet, '出生日期'));
    expect(born.value).toBeInstanceOf(Date);
    expect((born.value as Date).toISOString()).toBe('1950-03-12T00:00:00.000Z');
    expect(born.numFmt).toBe('yyyy-mm-dd');
    expect(row.getCell(headerIndex(sheet, '现居住地址')).value).toBe('幸福里小区 1号楼 302');
    expect(row.getCell(headerIndex(sheet, '党小组')).value).toBe('1号楼党小组');
    expect(row.getCell(1).border.top?.style).toBe('thin');
  });

  it('is set up for printing: A4 landscape, one page wide, header row repeated, frozen, page numbers', async () => {
    const { sheet } = await exported();
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '3:3' });
    expect(sheet.headerFooter.oddFooter).toContain('第 &P 页，共 &N 页');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
  });

  it('includes members who left after the chosen day, and masks on request', async () => {
    const before = await exported(true, '2026-06-01');
    expect(before.rows).toBe(2);
    const names = [4, 5].map((r) => before.sheet.getRow(r).getCell(2).value);
    expect(names).toEqual(['张秀兰', '李建国']);
    const masked = before.sheet.getRow(4).getCell(headerIndex(before.sheet, '公民身份号码')).value as string;
    expect(masked).toBe(before.zhangId.slice(0, 6) + '********' + before.zhangId.slice(-4));
  });

  it('leaves no temporary file beside the export', async () => {
    const { exportsDir, fileName } = await exported(false, TODAY, 'A');
    expect(fs.readdirSync(exportsDir)).toEqual([fileName]);
    expect(fileName).toMatch(/^第一网格党支部党员花名册-2\d{3}-\d\d-\d\d-\d{6}\.xlsx$/);
  });
});
