// 党费 follows the money (issue 29): 实交 belongs to the organisation that received it, months paid
// ahead by a member who has since left are 预交, never dropped, and the 转出 record's 党费交纳至
// counts them; the 统计表, 登记表, 上缴 page and 党内统计 agree on every 分. 应交人数 counts a
// person once per organisation level.
import { describe, expect, it } from 'vitest';
import { handoverInput } from '../../../api/schemas/dues';
import { addHandover, handovers } from '../../../db/dues/handovers';
import { duesStats } from '../../../db/dues/stats';
import { duesYear } from '../../../db/census/others';
import { getMember } from '../../../db/members/read';
import { changeMemberStatus } from '../../../db/members/status';
import { updateMember } from '../../../db/members/write';
import { duesStatsData } from '../../../excel/duesStatsData';
import { yearRegisterData } from '../../../excel/exportDues';
import { formOf, statusChange } from '../../support/memberForms';
import { TODAY } from '../../support/testLedger';
import { base, duesLedger, payMonths } from './duesFixture';

describe('党费 follows the money', () => {
  it('a retiree who prepaid the year and transfers out in August: record, 统计表, 登记表, 上缴 and 党内统计 agree', () => {
    const { ledger, tree, add } = duesLedger();
    const retiree = add('老王', { communityClass: '离退休' });
    const stays = add('老李', { communityClass: '离退休' });
    for (const id of [retiree, stays]) base(ledger, id, { kind: '离退休', baseFen: 300000 });
    // 1,500 分 a month: 老王 pays the whole year in January, 老李 month by month to October.
    payMonths(ledger, retiree, '2026-01', '2026-12', { paidOn: '2026-01-10' });
    payMonths(ledger, stays, '2026-01', '2026-10');
    changeMemberStatus(ledger, retiree, statusChange({ change: '转出', occurredOn: '2026-08-15', place: '外区', letterNo: 'ZC-8' }), TODAY);
    // The 介绍信 states the prepaid months.
    expect(getMember(ledger, retiree, TODAY).events.find((e) => e.kind === '转出')?.reason).toBe('党费交纳至2026-12');
    expect(getMember(ledger, retiree, TODAY).duesPaidThroughDerived).toBe('2026-12');

    addHandover(
      ledger,
      handoverInput.parse({
        fromOrgId: tree.branchA.id,
        toOrgId: tree.root.id,
        handedOn: '2026-11-20',
        periodFrom: '2026-01',
        periodTo: '2026-10',
        amountFen: 33000,
      }),
      TODAY,
    );
    const collected = 12 * 1500 + 10 * 1500;
    const balance = handovers(ledger, 2026).balances.find((b) => b.orgId === tree.branchA.id)!;
    expect(balance).toMatchObject({ collectedFen: collected, handedFen: 33000, balanceFen: 0 });

    const stats = duesStats(ledger, 2026, '月', TODAY);
    const branchA = stats.rows.find((r) => r.orgId === tree.branchA.id)!;
    expect(branchA.total).toMatchObject({ paidFen: collected, handedFen: 33000 });
    // September to December of 老王: 预交 received by the branch, owed by nobody.
    expect(branchA.cells[8]).toMatchObject({ owingCount: 1, paidFen: 3000, dueFen: 1500 });
    expect(branchA.cells[11]).toMatchObject({ owingCount: 0, paidFen: 1500, dueFen: 0 });
    expect(duesStatsData(ledger, 2026, '年', TODAY).lines.find((l) => l.orgName === '第一网格党支部')).toMatchObject({
      paidFen: collected,
      handedFen: 33000,
      balanceFen: 0,
    });

    // The year's 登记表: 老王's row carries all twelve months' money.
    const register = yearRegisterData(ledger, tree.branchA.id, 2026, TODAY, '幸福里社区');
    const wang = register.members.find((m) => m.name === '老王')!;
    expect(wang.months.map((c) => c?.paidFen ?? null)).toEqual(Array(12).fill(1500));
    expect(wang.months.map((c) => c?.status)).toEqual([...Array(8).fill('已交'), ...Array(4).fill('预交')]);
    expect(register.members.reduce((s, m) => s + m.months.reduce((t, c) => t + (c?.paidFen ?? 0), 0), 0)).toBe(collected);

    // 党内统计's 党费 figures read the same statistics.
    expect(duesYear(ledger, 2026, TODAY)).toMatchObject({ paidFen: collected, handedFen: 0 });
  });

  it('应交人数 counts a person once at the community level when they moved between branches', () => {
    const { ledger, tree, add } = duesLedger();
    const mover = add('调动');
    base(ledger, mover, { baseFen: 300000 });
    payMonths(ledger, mover, '2026-01', '2026-10');
    updateMember(ledger, mover, { ...formOf(ledger, mover), branchId: tree.branchB.id }, TODAY, '2026-06-10');
    const stats = duesStats(ledger, 2026, '季', TODAY);
    const a = stats.rows.find((r) => r.orgId === tree.branchA.id)!;
    const b = stats.rows.find((r) => r.orgId === tree.branchB.id)!;
    // Each branch counts the person in its own quarter 2; the community counts one.
    expect([a.cells[1]!.owingCount, b.cells[1]!.owingCount, stats.total.cells[1]!.owingCount]).toEqual([1, 1, 1]);
    expect([a.total.owingCount, b.total.owingCount, stats.total.total.owingCount]).toEqual([1, 1, 1]);
    expect(stats.total.total).toMatchObject({ paidCount: 0, arrearsCount: 1 });
  });
});
