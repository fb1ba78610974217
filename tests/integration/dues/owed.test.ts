// Who owes which month, and to which branch, by the dated facts: joiners from their month,
// leavers to theirs, 停止党籍 from 03-15 owes March, a mid-month transfer gives the month to the
// branch held on its last day (never both).
import { describe, expect, it } from 'vitest';
import { memberYear } from '../../../db/dues/memberYear';
import { monthPage } from '../../../db/dues/monthPage';
import { changeMemberStatus } from '../../../db/members/status';
import { updateMember } from '../../../db/members/write';
import { formOf, statusChange } from '../../support/memberForms';
import { TODAY } from '../../support/testLedger';
import { base, duesLedger } from './duesFixture';

const owedMonths = (y: ReturnType<typeof memberYear>) => y.months.filter((m) => m.orgId !== null).map((m) => m.month.slice(5));

describe('owed months', () => {
  it('a member joining in May owes from May, one transferring out in August up to August, one stopped on 03-15 March but not April', () => {
    const { ledger, tree, add } = duesLedger();
    const joiner = add('五月入党', { joinedOn: '2026-05-20', fullMemberOn: null, category: '预备党员' });
    const leaver = add('八月转出');
    const stopped = add('停止党籍');
    for (const id of [joiner, leaver, stopped]) base(ledger, id, { baseFen: 300000 });
    changeMemberStatus(ledger, leaver, statusChange({ change: '转出', occurredOn: '2026-08-20', place: '外区' }), TODAY);
    changeMemberStatus(ledger, stopped, statusChange({ change: '停止党籍', occurredOn: '2026-03-15', reason: '连续六个月不参加组织生活' }), TODAY);
    expect(owedMonths(memberYear(ledger, joiner, 2026, TODAY))).toEqual(['05', '06', '07', '08', '09', '10', '11', '12']);
    expect(owedMonths(memberYear(ledger, leaver, 2026, TODAY))).toEqual(['01', '02', '03', '04', '05', '06', '07', '08']);
    expect(owedMonths(memberYear(ledger, stopped, 2026, TODAY))).toEqual(['01', '02', '03']);
    const ids = (month: string) =>
      monthPage(ledger, tree.branchA.id, month)
        .rows.map((r) => r.memberId)
        .sort();
    expect(ids('2026-04')).toEqual([leaver].sort());
    expect(ids('2026-05')).toEqual([joiner, leaver].sort());
    expect(ids('2026-03')).toEqual([leaver, stopped].sort());
    expect(ids('2026-09')).toEqual([joiner]);
    // 预备党员 owe too, and the page says which they are.
    expect(monthPage(ledger, tree.branchA.id, '2026-06').rows.find((r) => r.memberId === joiner)?.category).toBe('预备党员');
  });

  it('a transfer between branches on 06-15 gives June to the new branch and May to the old, never both', () => {
    const { ledger, tree, add } = duesLedger();
    const id = add('甲');
    base(ledger, id, { baseFen: 300000 });
    updateMember(ledger, id, { ...formOf(ledger, id), branchId: tree.branchB.id }, TODAY, '2026-06-15');
    const on = (org: number, month: string) => monthPage(ledger, org, month).rows.some((r) => r.memberId === id);
    expect([on(tree.branchA.id, '2026-05'), on(tree.branchB.id, '2026-05')]).toEqual([true, false]);
    expect([on(tree.branchA.id, '2026-06'), on(tree.branchB.id, '2026-06')]).toEqual([false, true]);
    const months = memberYear(ledger, id, 2026, TODAY).months;
    expect(months.filter((m) => m.orgId === tree.branchA.id).map((m) => m.month.slice(5))).toEqual(['01', '02', '03', '04', '05']);
    expect(months.filter((m) => m.orgId === tree.branchB.id)).toHaveLength(7);
  });
});
