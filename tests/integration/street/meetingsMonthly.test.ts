// 三会一课 by month at the street (issue 30): three seeded communities send their year package and their
// fourth quarter's; the street's row for a month is the community's own month, counted by hand here from its
// 开展情况 page (the cells of that month: 应开 = the owed cells' requirements, 实开 = the meetings held, 按要求
// 已开 = the owed cells held or made up), the 合计 is the sum, and the form reads back cell by cell.
import { describe, expect, it } from 'vitest';
import type { MeetingFigures } from '../../../api/schemas/street';
import { community, packageOf, sheetRows, streetLedger, YEAR, type Community } from './streetFixture';

const NOT_OWED = new Set(['notYet', 'exempt', 'notRequired', 'beforeStart']);

/** The community's own figures for a month, from the page the secretary sees. */
async function own(c: Community, month: number): Promise<{ required: number; held: number; satisfied: number }> {
  const key = `${YEAR}-${String(month).padStart(2, '0')}`;
  const matrix = await c.router.call('meetings.compliance', { year: YEAR });
  const cells = matrix.rows.flatMap((r) => r.cells.filter((cell) => cell.period === key));
  const owed = cells.filter((cell) => !NOT_OWED.has(cell.status));
  return {
    required: owed.reduce((s, cell) => s + cell.required, 0),
    held: cells.filter((cell) => cell.status !== 'beforeStart').reduce((s, cell) => s + cell.held, 0),
    satisfied: owed.filter((cell) => cell.status === 'held' || cell.status === 'makeUp').reduce((s, cell) => s + cell.required, 0),
  };
}

describe('街道 三会一课 by month', () => {
  it('each community’s row is its own month, the 合计 the sum, the form read back', async () => {
    const s = streetLedger();
    const communities = ['幸福里社区', '和平社区', '光明社区'].map((n, i) => community(n, 700 + i));
    const files = [];
    for (const c of communities) files.push(await packageOf(c), await packageOf(c, { year: YEAR, quarter: 4 }));
    await s.call('street.importPackages', { files: await s.upload(files) });

    for (const month of [3, 10, 11]) {
      const view = await s.call('street.meetingsMonth', { year: YEAR, month });
      expect(view.rows.map((r) => r.community)).toEqual(communities.map((c) => c.name));
      const mine = await Promise.all(communities.map((c) => own(c, month)));
      for (const [i, m] of mine.entries()) expect(view.rows[i]).toMatchObject(m);
      for (const k of ['required', 'held', 'satisfied'] as const) expect(view.total[k]).toBe(mine.reduce((t, m) => t + m[k], 0));
      expect(view.notReported).toEqual([]);
    }
    // The seeded communities hold their monthly meetings: something was owed and held.
    expect((await own(communities[0]!, 10)).required).toBeGreaterThan(0);
    expect((await own(communities[0]!, 10)).held).toBeGreaterThan(0);
    // December has not come: no package carries it.
    expect((await s.call('street.meetingsMonth', { year: YEAR, month: 12 })).rows).toEqual([]);

    const view = await s.call('street.meetingsMonth', { year: YEAR, month: 10 });
    const wb = await s.workbook('street.exportMeetingsMonth', { year: YEAR, month: 10 });
    const sheet = wb.getWorksheet('三会一课汇总')!;
    expect(sheet.getRow(1).getCell(1).value).toBe(`${YEAR}年10月“三会一课”开展情况汇总表`);
    const pct = (v: number | null) => (v === null ? '—' : `${Math.round(v * 1000) / 10}%`);
    const cells = (f: MeetingFigures) => [f.required, f.held, pct(f.completion), pct(f.attendance)];
    expect(sheetRows(sheet).slice(0, 4)).toEqual([
      ...communities.map((c, i) => [i + 1, c.name, ...cells(view.rows[i]!), view.rows[i]!.asOf]),
      [undefined, '合计', ...cells(view.total)],
    ]);
    expect(view.total.required).toBe(view.rows.reduce((t, r) => t + r.required, 0));
    expect(sheetRows(sheet).some((r) => String(r[0]).includes('月报只含按月召开的会议'))).toBe(true);
  }, 120_000);
});
