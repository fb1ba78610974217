// A ledger that starts mid-year (issue 34) meets "a member who pays nothing is in arrears even
// without a base" (issue 29): months before the 党费 start ('ledger.duesStartMonth', else the
// month of the 建账日期 'ledger.startDate') are never owed — not in 欠费, 首页, the 统计表 or the
// figures the 上报包 sends — and moving the start back makes them count again.
import { describe, expect, it } from 'vitest';
import { payInput, type PayInput } from '../../../api/schemas/dues';
import { bulkBasesInput, saveBasesInput, saveDuesOpeningInput } from '../../../api/schemas/duesOpening';
import { arrears } from '../../../db/dues/arrears';
import { basesPage } from '../../../db/dues/basesPage';
import { saveBases, setBasesFor } from '../../../db/dues/bulkBases';
import { memberYear } from '../../../db/dues/memberYear';
import { monthPage } from '../../../db/dues/monthPage';
import { duesOpening, saveDuesOpening } from '../../../db/dues/opening';
import { pay } from '../../../db/dues/pay';
import { duesReminders } from '../../../db/dues/reminders';
import { duesStartMonth } from '../../../db/dues/start';
import { duesStats } from '../../../db/dues/stats';
import { createMember } from '../../../db/members/write';
import type { Ledger } from '../../../db/open';
import { putSettings, removeSettings } from '../../../db/settings';
import { duesStatsData } from '../../../excel/duesStatsData';
import { basicTree, memberInput, memoryLedger } from '../../support/testLedger';
import { base, duesLedger } from './duesFixture';

const START_DAY = '2026-12-07';

const payOn = (ledger: Ledger, memberId: number, fromMonth: string, toMonth: string, paidOn: string, today: string, extra: Partial<PayInput> = {}) =>
  pay(ledger, payInput.parse({ memberId, fromMonth, toMonth, paidOn, method: '现金', collector: '李书记', ...extra }), today);

/** A roster typed in on 2026-12-07 (members joined years ago), bases from December, December paid by all but 丁. */
function startedInDecember() {
  const ledger = memoryLedger();
  const tree = basicTree(ledger);
  const add = (name: string, branchId = tree.branchA.id) => createMember(ledger, memberInput(branchId, { name }), null, START_DAY).id;
  const ids = { 甲: add('甲'), 乙: add('乙'), 丙: add('丙'), 丁: add('丁'), 戊: add('戊', tree.branchB.id) };
  // helper A's 建账日期; the 党费 start falls back to its month.
  putSettings(ledger, { 'ledger.startDate': START_DAY });
  const bulk = setBasesFor(ledger, bulkBasesInput.parse({ year: 2026, orgId: null, scope: '未核定', fromMonth: '2026-12', kind: '离退休', baseFen: 400000 }));
  expect(bulk).toEqual({ saved: 5, skipped: [] });
  for (const name of ['甲', '乙', '丙', '戊'] as const) payOn(ledger, ids[name], '2026-12', '2026-12', '2026-12-05', START_DAY);
  return { ledger, tree, ids };
}

describe('a ledger started mid-year', () => {
  it('started 2026-12-07: 欠费, 首页 and the 统计表 know only December, and the one who did not pay December', () => {
    const { ledger, tree, ids } = startedInDecember();
    expect(duesStartMonth(ledger)).toBe('2026-12');
    const a = arrears(ledger, '2026-12', null);
    expect(a.startMonth).toBe('2026-12');
    expect(a.rows.map((r) => [r.name, r.unpaidMonths, r.owedFen, r.longestRun])).toEqual([['丁', ['2026-12'], 2000, 1]]);
    expect(a.remindCount).toBe(0);
    expect(a.lapseCount).toBe(0);
    // 首页 counts up to last month: nothing before the start is late.
    expect(duesReminders(ledger, START_DAY)).toEqual({ asOf: '2026-11', behind: [], behindTotal: 0, lapseTotal: 0 });

    const stats = duesStats(ledger, 2026, '月', START_DAY);
    const branchA = stats.rows.find((r) => r.orgId === tree.branchA.id)!;
    for (const cell of branchA.cells.slice(0, 11))
      expect(cell).toEqual({ period: cell.period, owingCount: 0, paidCount: 0, dueFen: 0, paidFen: 0, arrearsCount: 0, arrearsFen: 0, handedFen: 0 });
    expect(branchA.cells[11]).toEqual({
      period: '2026-12',
      owingCount: 4,
      paidCount: 3,
      dueFen: 8000,
      paidFen: 6000,
      arrearsCount: 1,
      arrearsFen: 2000,
      handedFen: 0,
    });
    expect(stats.total.total).toMatchObject({ owingCount: 5, paidCount: 4, dueFen: 10000, paidFen: 8000, arrearsCount: 1, arrearsFen: 2000 });

    // What the 上报包 sends is the year's line of the 统计表.
    const year = duesStatsData(ledger, 2026, '年', START_DAY).lines.filter((l) => !l.community);
    expect(year.map((l) => [l.orgName, l.owingMembers, l.dueFen, l.paidFen, l.arrearsMembers, l.arrearsFen])).toEqual([
      ['第一网格党支部', 4, 8000, 6000, 1, 2000],
      ['第二网格党支部', 1, 2000, 2000, 0, 0],
    ]);

    // Bases from December are all the year needs: no month before the start lacks one.
    const bases = basesPage(ledger, { year: 2026, orgId: null, keyword: null, missingOnly: false, page: 1, pageSize: 100 });
    expect(bases).toMatchObject({ startMonth: '2026-12', missingCount: 0 });
    expect(bases.rows.every((r) => r.missingMonths.length === 0)).toBe(true);
    // A month before the start lists nobody and cannot be paid.
    const november = monthPage(ledger, tree.branchA.id, '2026-11');
    expect(november).toMatchObject({ startMonth: '2026-12', rows: [], totals: { owing: 0 } });
    expect(() => payOn(ledger, ids.丁, '2026-11', '2026-11', '2026-12-05', START_DAY)).toThrow('2026年11月早于本台账开始记党费的月份（2026年12月）');
    expect(memberYear(ledger, ids.甲, 2026, START_DAY)).toMatchObject({ dueFen: 2000, paidFen: 2000, paidThrough: '2026-12' });
  });

  it('three months from the start remind, and only the non-payer is reminded', () => {
    const { ledger, ids } = startedInDecember();
    const today = '2027-03-10';
    for (const name of ['甲', '乙', '丙', '戊'] as const) payOn(ledger, ids[name], '2027-01', '2027-01', '2027-02-01', today);
    const home = duesReminders(ledger, today);
    expect(home.asOf).toBe('2027-02');
    expect(home.behind.map((b) => [b.name, b.unpaid, b.longestRun])).toEqual([['丁', 3, 3]]);
    expect(home.behindTotal).toBe(1);
  });

  it('a member who pays nothing and has no base is warned at 3 and listed at 6 months, counted from the start only', () => {
    const { ledger, add, tree } = duesLedger();
    const nobase = add('无基数');
    const paying = add('有基数');
    base(ledger, paying, { baseFen: 300000, fromMonth: '2026-12' });
    // No start, no opening, no base: nothing is known about 无基数 (today's behaviour).
    expect(arrears(ledger, '2027-05', null).rows.map((r) => r.name)).toEqual(['有基数']);
    putSettings(ledger, { 'ledger.duesStartMonth': '2026-12' });
    const five = arrears(ledger, '2027-04', null);
    const row = five.rows.find((r) => r.memberId === nobase)!;
    // 未核定 and nothing paid: months of not paying; the amount is not known, so not summed.
    expect(row).toMatchObject({ unpaidMonths: ['2026-12', '2027-01', '2027-02', '2027-03', '2027-04'], owedFen: 0, longestRun: 5 });
    expect(five.lapseCount).toBe(1 - 1);
    const six = arrears(ledger, '2027-05', null);
    expect(six.rows.find((r) => r.memberId === nobase)).toMatchObject({ longestRun: 6 });
    // Both are six months behind since December; nothing before the start counts.
    expect(six.lapseCount).toBe(2);
    expect(six.rows.every((r) => r.unpaidMonths[0] === '2026-12')).toBe(true);
    // Moving the start back: the earlier months count again (the start wins over the 建账 month).
    putSettings(ledger, { 'ledger.startDate': '2026-12-07', 'ledger.duesStartMonth': '2026-09' });
    expect(arrears(ledger, '2026-12', tree.branchA.id).rows.find((r) => r.memberId === nobase)!.unpaidMonths).toEqual([
      '2026-09',
      '2026-10',
      '2026-11',
      '2026-12',
    ]);
    removeSettings(ledger, ['ledger.duesStartMonth']);
    expect(duesStartMonth(ledger)).toBe('2026-12');
  });

  it("the opening in one step: the start and everyone's 党费交纳至, a default plus per-member values", () => {
    const { ledger, tree, ids } = startedInDecember();
    const opening = duesOpening(ledger, null, START_DAY);
    expect(opening).toMatchObject({ startMonth: null, ledgerStartMonth: '2026-12' });
    expect(opening.members.map((m) => m.name)).toEqual(['甲', '乙', '丙', '丁', '戊']);
    // 乙 had paid ahead to 2027-02 before the ledger; the rest to November.
    const saved = saveDuesOpening(
      ledger,
      saveDuesOpeningInput.parse({ startMonth: '2026-12', defaultPaidThrough: '2026-11', members: [{ memberId: ids.乙, paidThrough: '2027-02' }] }),
      START_DAY,
    );
    expect(saved.startMonth).toBe('2026-12');
    expect(Object.fromEntries(saved.members.map((m) => [m.name, m.paidThrough]))).toEqual({
      甲: '2026-11',
      乙: '2027-02',
      丙: '2026-11',
      丁: '2026-11',
      戊: '2026-11',
    });
    // 乙's December was paid on the ledger before the opening said it was paid before: 期初已交 wins
    // for what is owed, the money stays 实交.
    const page = monthPage(ledger, tree.branchA.id, '2026-12');
    expect(Object.fromEntries(page.rows.map((r) => [r.name, r.status]))).toEqual({ 丙: '已交', 丁: '未交', 甲: '已交', 乙: '期初已交' });
    expect(memberYear(ledger, ids.乙, 2026, START_DAY).paidThrough).toBe('2027-02');
    expect(() => payOn(ledger, ids.乙, '2027-01', '2027-01', START_DAY, START_DAY)).toThrow('建账前已交');
    expect(arrears(ledger, '2027-03', null).rows.find((r) => r.memberId === ids.乙)!.unpaidMonths).toEqual(['2027-03']);
  });

  it('bases in bulk: 全部设为 for a kind in one transaction (a 免交 is left), an editable column, and a base carried from last year is flagged', () => {
    const { ledger, add } = duesLedger();
    const [r1, r2, r3, w1] = ['退一', '退二', '退三', '在职一'].map((n) => add(n));
    base(ledger, r1!, { kind: '离退休', baseFen: 300000, fromMonth: '2025-01' });
    base(ledger, r2!, { kind: '离退休', baseFen: 450000, fromMonth: '2025-01' });
    base(ledger, r3!, { kind: '离退休', baseFen: null, relief: '免交', reliefReason: '生活困难', reliefApprover: '社区党委', fromMonth: '2025-01' });
    base(ledger, w1!, { kind: '在职', baseFen: 600000, fromMonth: '2026-01' });
    const before = basesPage(ledger, { year: 2026, orgId: null, keyword: null, missingOnly: false, page: 1, pageSize: 100 });
    expect(Object.fromEntries(before.rows.map((r) => [r.name, r.carried]))).toEqual({ 退一: true, 退二: true, 退三: true, 在职一: false });
    const result = setBasesFor(
      ledger,
      bulkBasesInput.parse({ year: 2026, orgId: null, scope: '离退休', fromMonth: '2026-01', kind: '离退休', baseFen: 520000 }),
    );
    expect(result).toEqual({ saved: 2, skipped: [{ memberId: r3, name: '退三', reason: '免交，未改动' }] });
    const after = basesPage(ledger, { year: 2026, orgId: null, keyword: null, missingOnly: false, page: 1, pageSize: 100 });
    expect(Object.fromEntries(after.rows.map((r) => [r.name, [r.current?.baseFen, r.monthlyDueFen, r.carried]]))).toEqual({
      退一: [520000, 5200, false],
      退二: [520000, 5200, false],
      退三: [null, 0, true],
      在职一: [600000, 9000, false],
    });
    // The editable column: several rows in one call; a bad row refuses the lot.
    expect(() =>
      saveBasesInput.parse({
        fromMonth: '2026-06',
        rows: [
          { memberId: w1, kind: '在职', baseFen: 700000 },
          { memberId: r1, kind: '离退休', baseFen: null },
        ],
      }),
    ).toThrow('第2行：离退休党员请填写基数');
    saveBases(
      ledger,
      saveBasesInput.parse({
        fromMonth: '2026-06',
        rows: [
          { memberId: w1, kind: '在职', baseFen: 700000 },
          { memberId: r1, kind: '离退休', baseFen: 510000 },
        ],
      }),
    );
    const june = basesPage(ledger, { year: 2026, orgId: null, keyword: null, missingOnly: false, page: 1, pageSize: 100 });
    expect(Object.fromEntries(june.rows.map((r) => [r.name, r.current?.baseFen]))).toMatchObject({ 退一: 510000, 在职一: 700000 });
  });
});
