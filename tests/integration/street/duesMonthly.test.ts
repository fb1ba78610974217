// 党费 by month at the street (issue 30): three seeded communities send their year package and their fourth quarter's;
// the street's row for a month is the 支部合计 of the community's own 党费收缴情况统计表 (月) for that month — from the
// quarter's package when there is one — the 合计 is the sum, and the form reads back cell by cell.
import { describe, expect, it } from 'vitest';
import { duesFigures } from '../../../api/rules/streetSums';
import type { DuesFigures } from '../../../api/schemas/street';
import { duesStatsData } from '../../../excel/duesStatsData';
import { TODAY } from '../../support/testLedger';
import { community, packageOf, sheetRows, streetLedger, YEAR, type Community } from './streetFixture';

/** The community's own monthly form: its lines for the month and its 支部合计's heads (each person once). */
const own = (c: Community, month: number): DuesFigures => {
  const stats = duesStatsData(c.ledger, YEAR, '月', TODAY);
  return duesFigures(
    stats.lines.filter((l) => l.period === `${month}月`),
    stats.heads?.[`${month}月`],
  );
};
const yuan = (fen: number) => fen / 100;

describe('街道 党费 by month', () => {
  it('each community’s row is its own monthly form’s 支部合计, the 合计 the sum, the form read back', async () => {
    const s = streetLedger();
    const communities = ['幸福里社区', '和平社区', '光明社区'].map((n, i) => community(n, 600 + i));
    const files = [];
    for (const c of communities) files.push(await packageOf(c), await packageOf(c, { year: YEAR, quarter: 4 }));
    await s.call('street.importPackages', { files: await s.upload(files) });

    for (const month of [3, 10, 11]) {
      const view = await s.call('street.duesMonth', { year: YEAR, month });
      expect(view.rows.map((r) => r.community)).toEqual(communities.map((c) => c.name));
      for (const [i, c] of communities.entries()) expect(view.rows[i]).toMatchObject(own(c, month));
      expect(view.total.headsSummed).toBe(false);
      const keys = (Object.keys(view.total) as (keyof DuesFigures)[]).filter((k) => k !== 'headsSummed');
      for (const k of keys) expect(view.total[k]).toBe(communities.reduce((t, c) => t + Number(own(c, month)[k]), 0));
      expect(view.notReported).toEqual([]);
    }
    expect(communities.reduce((t, c) => t + own(c, 10).paidFen, 0)).toBeGreaterThan(0);
    // December has not come: no package carries it.
    expect((await s.call('street.duesMonth', { year: YEAR, month: 12 })).rows).toEqual([]);

    const view = await s.call('street.duesMonth', { year: YEAR, month: 10 });
    const wb = await s.workbook('street.exportDuesMonth', { year: YEAR, month: 10 });
    const sheet = wb.getWorksheet('党费收缴汇总')!;
    expect(sheet.getRow(1).getCell(1).value).toBe(`${YEAR}年10月党费收缴情况汇总表`);
    const cells = (f: DuesFigures) => [
      f.owingMembers,
      yuan(f.dueFen),
      yuan(f.paidFen),
      f.arrearsMembers,
      yuan(f.arrearsFen),
      yuan(f.handedFen),
      yuan(f.toStreetFen),
    ];
    expect(sheetRows(sheet).slice(0, 4)).toEqual([
      ...communities.map((c, i) => [i + 1, c.name, ...cells(own(c, 10)), view.rows[i]!.asOf]),
      [undefined, '合计', ...cells(view.total)],
    ]);
  }, 120_000);
});
