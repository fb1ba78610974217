// One 党员总数: a package's member figures are counted as its 党内统计 counts them (停止党籍 its own
// figure), so the street's 党员队伍 and 党内统计 tabs agree for each community and in 合计, and the
// exported 党员队伍情况汇总表 prints numbers in its 党员总数 column, read back cell by cell.
import { describe, expect, it } from 'vitest';
import type { MembersFigures } from '../../../api/schemas/street';
import { changeMemberStatus } from '../../../db/members/status';
import { rosterAsOf } from '../../../db/members/asOf';
import { packageData } from '../../../excel/package/data';
import { TODAY } from '../../support/testLedger';
import { community, packageOf, sheetRows, streetLedger, YEAR } from './streetFixture';

describe('one 党员总数 in the package and at the street', () => {
  it('a 停止党籍 member is outside 党员总数 in both, shown as 停止党籍; the street’s tabs and form agree', async () => {
    const a = community('幸福里社区', 11);
    const b = community('和平社区', 22);
    const roster = rosterAsOf(a.ledger, { asOf: TODAY, branchId: null });
    const stopped = roster.find((m) => m.partyStatus === '正常')!;
    changeMemberStatus(
      a.ledger,
      stopped.id,
      { change: '停止党籍', occurredOn: '2026-06-01', place: null, letterNo: null, reason: '不参加组织生活', extendedTo: null },
      TODAY,
    );
    const data = packageData(a.ledger, { year: YEAR, quarter: null }, TODAY, { fullIdNumbers: false });
    const censusTotal = data.census!.tables.find((t) => t.key === 'total')!.rows.find((r) => r.key === 'total')!.value;
    const onRoster = rosterAsOf(a.ledger, { asOf: data.asOf, branchId: null });
    const suspended = onRoster.filter((m) => m.partyStatus === '停止党籍').length;
    expect(suspended).toBeGreaterThanOrEqual(1);
    expect(data.members.total).toBe(censusTotal);
    expect(data.members.suspended).toBe(suspended);
    expect(data.members.total + data.members.suspended).toBe(onRoster.length);
    expect(data.members.branches.reduce((n, br) => n + br.total, 0)).toBe(data.members.total);

    const s = streetLedger();
    const ids = await s.upload([await packageOf(a), await packageOf(b)]);
    expect(await s.call('street.importPackages', { files: ids })).toMatchObject({ imported: 2 });
    const members = await s.call('street.members', { year: YEAR });
    const census = await s.call('street.census', { year: YEAR });
    for (const row of members.rows) expect(row.total).toBe(census.rows.find((r) => r.community === row.community)!.values['total:total']);
    expect(members.total.total).toBe(census.total['total:total']);
    expect(members.rows.find((r) => r.community === '幸福里社区')!.suspended).toBe(suspended);

    const sheet = (await s.workbook('street.exportForm', { measure: 'members', year: YEAR })).worksheets[0]!;
    const header = (sheet.getRow(3).values as unknown[]).slice(1);
    expect(header).toEqual(['序号', '社区', '党员总数', '正式党员', '预备党员', '女党员', '少数民族', '停止党籍', '党支部数', '截至日期']);
    const rows = sheetRows(sheet).slice(0, 3);
    const line = (r: MembersFigures) => [r.total, r.full, r.probationary, r.female, r.minority, r.suspended, r.branches];
    expect(rows).toEqual([
      [1, '幸福里社区', ...line(members.rows[0]!), members.rows[0]!.asOf],
      [2, '和平社区', ...line(members.rows[1]!), members.rows[1]!.asOf],
      [undefined, '合计', ...line(members.total)], // the 合计's 截至日期 is blank
    ]);
  }, 120_000);
});
