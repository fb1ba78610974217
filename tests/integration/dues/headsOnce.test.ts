// 应交人数 counts a person once per organisation level (issue 29): a member who moves between
// branches in the period is on each branch's line, once on the 支部合计 line of the 党费收缴情况
// 统计表, once in the 上报包 and once in the street's row; a package of an older version (no
// community-level heads) is summed from the branch lines, and the street's form says so.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PackageData } from '../../../api/schemas/reportPackage';
import { updateMember } from '../../../db/members/write';
import { getSettings, saveSettings } from '../../../db/settings';
import { writePackage } from '../../../excel/package/write';
import { formOf } from '../../support/memberForms';
import { routerFor, tempDir, TODAY } from '../../support/testLedger';
import { rewritePackage, sheetRows, streetLedger, STREET, YEAR_PERIOD } from '../street/streetFixture';
import { base, duesLedger, payMonths } from './duesFixture';
import type { CallInput } from '../../../api/contract';
import { exported as exportedWorkbook } from '../../support/readBack';

/**
 * 1,500 分 a month each (3,000.00 元 在职, 0.5%); today 2026-11-24, so January–November are owed.
 * 调动 moves 第一网格 → 第二网格 on 06-10 (January–May owed to the first, June–November to the second)
 * and pays January–October; 甲 (第一网格) pays January–November; 乙 (第二网格) pays nothing.
 */
function moverLedger() {
  const { ledger, tree, add } = duesLedger();
  saveSettings(ledger, { ...getSettings(ledger), communityName: '幸福里社区', streetName: STREET, preparer: '王芳', reviewer: '刘明', phone: '010-12345678' });
  const mover = add('调动');
  const jia = add('甲');
  const yi = add('乙', {}, tree.branchB.id);
  for (const id of [mover, jia, yi]) base(ledger, id, { baseFen: 300000 });
  updateMember(ledger, mover, { ...formOf(ledger, mover), branchId: tree.branchB.id }, TODAY, '2026-06-10');
  payMonths(ledger, mover, '2026-01', '2026-10');
  payMonths(ledger, jia, '2026-01', '2026-11');
  return { ledger, tree };
}

async function exported(ledger: ReturnType<typeof moverLedger>['ledger'], input: CallInput<'reports.duesStats'>) {
  const ledgerRouter = routerFor(ledger, TODAY);
  const wb = await exportedWorkbook(ledgerRouter, ledgerRouter.exportsDir, 'reports.duesStats', input);
  return sheetRows(wb.worksheets[0]!);
}

describe('应交人数 once per organisation level', () => {
  it('统计表 (全年): each branch line counts the mover, 支部合计 counts the mover once', async () => {
    const { ledger } = moverLedger();
    const rows = await exported(ledger, { year: 2026, period: '年' });
    // 序号, 期间, 党组织, 应交人数, 应交金额, 实交金额, 欠交人数, 欠交金额, 上缴金额, 结余, 实交人数.
    expect(rows.slice(0, 4)).toEqual([
      // 调动 January–May and 甲 January–November: 16 months due and paid.
      [1, '全年', '第一网格党支部', 2, 240, 240, 0, 0, 0, 240, 2],
      // 调动 June–November (November unpaid) and 乙 January–November: 17 months due, 5 paid.
      [2, '全年', '第二网格党支部', 2, 255, 75, 2, 180, 0, 75, 0],
      [3, '全年', '幸福里社区党委', undefined, undefined, 0, undefined, undefined, 0, 0],
      // Three people owe (not four); 调动 is behind on November, so only 甲 paid everything.
      [undefined, '全年', '支部合计', 3, 495, 315, 2, 180, 0, 315, 1],
    ]);
    expect(rows.some((r) => String(r[0]).includes('支部合计的人数按人计'))).toBe(true);
  });

  it('统计表 (按季度): in the quarter of the move the 合计 counts three people, the branches four', async () => {
    const { ledger } = moverLedger();
    const q2 = (await exported(ledger, { year: 2026, period: '季' })).filter((r) => r[1] === '第二季度');
    expect(q2).toEqual([
      // April and May of 调动, April–June of 甲; the balance carries the first quarter's 90.00.
      [1, '第二季度', '第一网格党支部', 2, 75, 75, 0, 0, 0, 165, 2],
      // June of 调动 (paid), April–June of 乙 (not).
      [2, '第二季度', '第二网格党支部', 2, 60, 15, 1, 45, 0, 15, 1],
      [3, '第二季度', '幸福里社区党委', undefined, undefined, 0, undefined, undefined, 0, 0],
      // 调动 paid every month of the quarter in both branches: one person who paid, with 甲.
      [undefined, '第二季度', '支部合计', 3, 135, 90, 1, 45, 0, 180, 2],
    ]);
  });

  it('上报包 carries the 合计 heads; the street row counts the mover once, an older package sums the lines and says so', async () => {
    const { ledger } = moverLedger();
    const dir = tempDir('dangwu-heads-');
    const file = await writePackage(ledger, dir, YEAR_PERIOD, TODAY, { appVersion: 'test', fullIdNumbers: false });
    const bytes = readFileSync(path.join(dir, file.fileName));
    const older = await rewritePackage(bytes, { data: (d) => delete (d as Partial<PackageData>).duesHeads });

    const streetRows = async (b: Buffer) => {
      const s = streetLedger();
      const ids = await s.upload([{ fileName: file.fileName, bytes: b }]);
      await s.call('street.importPackages', { files: ids });
      const view = await s.call('street.dues', { year: 2026 });
      return { view, rows: sheetRows((await s.workbook('street.exportForm', { measure: 'dues', year: 2026 })).worksheets[0]!) };
    };

    const now = await streetRows(bytes);
    expect(now.view.rows[0]).toMatchObject({ owingMembers: 3, arrearsMembers: 2, headsSummed: false });
    // 序号, 社区, 应交人数, 应交金额, 实交金额, 欠交人数, 欠交金额, 支部上缴, 社区上缴街道.
    expect(now.rows.slice(0, 2).map((r) => r.slice(0, 9))).toEqual([
      [1, '幸福里社区', 3, 495, 315, 2, 180, 0, 0],
      [undefined, '合计', 3, 495, 315, 2, 180, 0, 0],
    ]);
    expect(now.rows.some((r) => String(r[0]).includes('旧版本'))).toBe(false);

    const old = await streetRows(older);
    expect(old.view.rows[0]).toMatchObject({ owingMembers: 4, headsSummed: true });
    expect(old.view.total.headsSummed).toBe(true);
    expect(old.rows.slice(0, 2).map((r) => r.slice(0, 9))).toEqual([
      [1, '幸福里社区', 4, 495, 315, 2, 180, 0, 0],
      [undefined, '合计', 4, 495, 315, 2, 180, 0, 0],
    ]);
    expect(old.rows.map((r) => String(r[0])).find((t) => t.includes('旧版本'))).toBe(
      '幸福里社区的上报包由旧版本生成，未报送按人计的人数，其应交人数、欠交人数为各支部之和（本期调动支部的党员计为两人）。',
    );
  });
});
