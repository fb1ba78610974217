// Who earns points, and which branch a statement names, read from the dated facts
// (member_facts): a member earns only from sources on days they were on the roster, and a
// past year's statement names the branch held at its end.
import { describe, expect, it } from 'vitest';
import { changeMemberStatus, type StatusChangeInput } from '../../../db/members/status';
import { createMember, updateMember } from '../../../db/members/write';
import { recomputePoints } from '../../../db/points/recompute';
import { adoptDefaultScheme } from '../../../db/points/rules';
import { memberStatement, standingsPage } from '../../../db/points/views';
import { memberInput, TODAY } from '../../support/testLedger';
import { pointsCommunity } from './pointsFixture';

const status = (change: StatusChangeInput['change'], occurredOn: string): StatusChangeInput => ({
  change,
  occurredOn,
  place: '外区',
  letterNo: null,
  reason: null,
  extendedTo: null,
});

describe('points scope from the dated facts', () => {
  it('gives a member who came by 转入 mid-year nothing from before they arrived, and dates the 基础分 on arrival', () => {
    const c = pointsCommunity();
    // 入党 in 2005, on this roster from 1 June 2026.
    const zhao = createMember(
      c.ledger,
      memberInput(c.tree.branchA.id, { name: '赵强' }),
      { occurredOn: '2026-06-01', fromPlace: '外区', letterNo: null },
      TODAY,
    ).id;
    c.activity('2026-04-01', [[zhao, 4]]);
    c.activity('2026-07-01', [[zhao, 4]]);
    const entries = memberStatement(c.ledger, zhao, 2026, TODAY).entries;
    expect(entries.find((e) => e.sourceKind === 'base')?.occurredOn).toBe('2026-06-01');
    expect(entries.filter((e) => e.sourceKind === 'activity').map((e) => e.occurredOn)).toEqual(['2026-07-01']);
    // 1 point per full 2 hours: the July activity's 4 hours, not April's too.
    expect(c.total(zhao)).toBe(60 + 2);
  });

  it('takes back what a member earned after the day they left, once the year is derived again', () => {
    const c = pointsCommunity();
    c.activity('2026-03-01', [[c.li, 2]]);
    c.activity('2026-06-01', [[c.li, 2]]);
    expect(c.total(c.li)).toBe(60 + 1 + 1);
    changeMemberStatus(c.ledger, c.li, status('转出', '2026-05-10'), TODAY);
    c.ledger.tx(() => recomputePoints(c.ledger, 2026));
    expect(c.total(c.li)).toBe(60 + 1);
    // The June activity's entries are cancelled by correcting ones, not deleted.
    const june = memberStatement(c.ledger, c.li, 2026, TODAY).entries.filter((e) => e.occurredOn === '2026-06-01');
    expect(june.reduce((sum, e) => sum + e.points, 0)).toBe(0);
    expect(june.some((e) => e.points < 0)).toBe(true);
  });

  it('leaves out a member who left on the year’s first day: never on its roster, neither earning nor ranked', () => {
    const c = pointsCommunity();
    const gone = createMember(c.ledger, memberInput(c.tree.branchB.id, { name: '钱亮' }), null, TODAY).id;
    changeMemberStatus(c.ledger, gone, status('转出', '2026-01-01'), TODAY);
    c.ledger.tx(() => recomputePoints(c.ledger, 2026));
    expect(memberStatement(c.ledger, gone, 2026, TODAY).entries).toEqual([]);
    expect(standingsPage(c.ledger, { year: 2026, page: 1, pageSize: 50, branchId: null, keyword: null }).rows.map((r) => r.memberId)).not.toContain(gone);
  });
});

describe('the branch a statement names', () => {
  it('is the one held at a past year’s end, and today’s for the current year', () => {
    const c = pointsCommunity();
    adoptDefaultScheme(c.ledger, 2025);
    const input = memberInput(c.tree.branchA.id, { name: '孙丽' });
    const sun = createMember(c.ledger, input, null, TODAY).id;
    updateMember(c.ledger, sun, { ...input, branchId: c.tree.branchB.id }, TODAY, '2026-03-01');
    expect(memberStatement(c.ledger, sun, 2025, TODAY).branchName).toBe('第一网格党支部');
    expect(memberStatement(c.ledger, sun, 2026, TODAY).branchName).toBe('第二网格党支部');
    // Earlier in 2026, before the move, the current year's statement still named 一支部.
    expect(memberStatement(c.ledger, sun, 2026, '2026-02-15').branchName).toBe('第一网格党支部');
  });

  it('names the branch a member left from when they had left by then', () => {
    const c = pointsCommunity();
    const input = memberInput(c.tree.branchA.id, { name: '周平' });
    const zhou = createMember(c.ledger, input, null, TODAY).id;
    updateMember(c.ledger, zhou, { ...input, branchId: c.tree.branchB.id }, TODAY, '2026-03-01');
    changeMemberStatus(c.ledger, zhou, status('转出', '2026-05-10'), TODAY);
    expect(memberStatement(c.ledger, zhou, 2026, TODAY).branchName).toBe('第二网格党支部');
  });
});
