// Where dues show outside the 党费 page: the member detail's derived 党费交纳至, the 转出 record,
// 首页's arrears reminder, and the points rule 按时交纳党费 (source 'dues').
import { describe, expect, it } from 'vitest';
import type { HomeDuesReminders } from '../../../api/schemas/home';
import { pointRuleInput } from '../../../api/schemas/points';
import { getMember } from '../../../db/members/read';
import { changeMemberStatus } from '../../../db/members/status';
import { reversePayment } from '../../../db/dues/pay';
import { recomputePoints } from '../../../db/points/recompute';
import { saveRule } from '../../../db/points/rules';
import { memberStatement } from '../../../db/points/views';
import { isRemembered } from '../../../db/memo';
import { statusChange } from '../../support/memberForms';
import { routerFor, TODAY } from '../../support/testLedger';
import { base, duesLedger, payMonths } from './duesFixture';

describe('dues elsewhere', () => {
  it('the member detail derives 党费交纳至 and the 转出 record states it', () => {
    const { ledger, add } = duesLedger();
    const id = add('甲', { duesPaidThrough: '2025-12' });
    base(ledger, id, { baseFen: 300000 });
    expect(getMember(ledger, id, TODAY)).toMatchObject({ duesPaidThrough: '2025-12', duesPaidThroughDerived: '2025-12' });
    payMonths(ledger, id, '2026-01', '2026-09');
    expect(getMember(ledger, id, TODAY).duesPaidThroughDerived).toBe('2026-09');
    changeMemberStatus(ledger, id, statusChange({ change: '转出', occurredOn: '2026-10-20', place: '外区', letterNo: 'ZC-1' }), TODAY);
    const out = getMember(ledger, id, TODAY).events.find((e) => e.kind === '转出');
    expect(out?.reason).toBe('党费交纳至2026-09');
  });

  it('首页 reminds of members 3+ months behind up to last month, and counts the 6-month list', async () => {
    const { ledger, add } = duesLedger();
    const behind = add('欠三个月');
    const lapsed = add('欠半年');
    const ok = add('交清');
    for (const id of [behind, lapsed, ok]) base(ledger, id, { baseFen: 300000 });
    payMonths(ledger, behind, '2026-01', '2026-07');
    payMonths(ledger, lapsed, '2026-01', '2026-04');
    payMonths(ledger, ok, '2026-01', '2026-10');
    // TODAY is in November: arrears count to October, the month now collected is not yet late.
    // Its own call, kept until a write; home.reminders (the first paint) leaves it out.
    const { router } = routerFor(ledger);
    const answer = await router.handle('home.duesReminders', {});
    if (!answer.ok) throw new Error(answer.error.message);
    const dues = answer.value as HomeDuesReminders;
    expect(dues).toMatchObject({ asOf: '2026-10', behindTotal: 2, lapseTotal: 1 });
    expect(dues.behind.map((b) => [b.name, b.unpaid])).toEqual([
      ['欠半年', 6],
      ['欠三个月', 3],
    ]);
    expect(isRemembered(ledger, `home.duesReminders:${TODAY}`)).toBe(true);
    const reminders = await router.handle('home.reminders', {});
    expect(reminders.ok && 'dues' in (reminders.value as object)).toBe(false);
    payMonths(ledger, behind, '2026-08', '2026-08');
    expect(isRemembered(ledger, `home.duesReminders:${TODAY}`)).toBe(false);
  });

  it('按时交纳党费 earns for each month paid in full by its end, and a reversal withdraws it', () => {
    const { ledger, add } = duesLedger();
    const id = add('甲');
    base(ledger, id, { baseFen: 300000 });
    saveRule(ledger, pointRuleInput.parse({ year: 2026, code: 'DUES', name: '按时交纳党费', category: '加分', points: 1, source: 'dues' }));
    const first = payMonths(ledger, id, '2026-01', '2026-01', { paidOn: '2026-01-15' }).payments[0]!;
    payMonths(ledger, id, '2026-02', '2026-02', { paidOn: '2026-04-01' }); // late: 补交
    payMonths(ledger, id, '2026-04', '2026-06', { paidOn: '2026-04-10' }); // 预交 counts
    ledger.tx(() => recomputePoints(ledger, 2026));
    const dues = () =>
      memberStatement(ledger, id, 2026)
        .entries.filter((e) => e.ruleName === '按时交纳党费')
        .reduce((s, e) => s + e.points, 0);
    expect(dues()).toBe(4);
    // The points follow the payments: a reversal withdraws January's, a new on-time payment earns.
    reversePayment(ledger, { paymentId: first.id, reason: '收据填错' }, TODAY);
    expect(dues()).toBe(3);
    payMonths(ledger, id, '2026-07', '2026-07', { paidOn: '2026-07-01' });
    expect(dues()).toBe(4);
  });
});
