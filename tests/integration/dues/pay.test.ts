// Payments: 补交 over several months, 预交 to the year's end (never past it), refusals, 少交 of
// one month, 自愿多交 on the last month, reversal, a branch month marked paid with exceptions,
// and 党费交纳至 derived from the opening and the payments.
import { describe, expect, it } from 'vitest';
import { payBranchMonthInput } from '../../../api/schemas/dues';
import { memberYear } from '../../../db/dues/memberYear';
import { monthPage } from '../../../db/dues/monthPage';
import { payBranchMonth, reversePayment } from '../../../db/dues/pay';
import { paidThrough } from '../../../db/dues/memberMonths';
import { monthIndex } from '../../../db/dues/months';
import { refused } from '../../support/refused';
import { routerFor, TODAY } from '../../support/testLedger';
import { base, duesLedger, payMonths } from './duesFixture';

const statusIn = (ledger: Parameters<typeof memberYear>[0], id: number) =>
  Object.fromEntries(memberYear(ledger, id, 2026, TODAY).months.map((m) => [m.month.slice(5), m.status]));

describe('paying dues', () => {
  it('补交 of three months defaults to their 应交 and splits one line per month, to the owing branch', () => {
    const { ledger, tree, add } = duesLedger();
    const id = add('甲');
    base(ledger, id, { baseFen: 300000 });
    const { payments } = payMonths(ledger, id, '2026-01', '2026-03');
    expect(payments[0]).toMatchObject({ amountFen: 4500, lines: [1, 2, 3].map((m) => ({ month: `2026-0${m}`, orgId: tree.branchA.id, amountFen: 1500 })) });
    expect(statusIn(ledger, id)).toMatchObject({ '01': '已交', '03': '已交', '04': '未交' });
  });

  it('预交 runs to December; past the year end the contract refuses, and a paid month is refused by name', async () => {
    const { ledger, add } = duesLedger();
    const id = add('甲');
    base(ledger, id, { baseFen: 300000 });
    payMonths(ledger, id, '2026-11', '2026-12');
    expect(statusIn(ledger, id)['12']).toBe('已交');
    const { router } = routerFor(ledger);
    const across = await router.handle('dues.pay', { memberId: id, fromMonth: '2026-12', toMonth: '2027-01', paidOn: TODAY, method: '现金' });
    expect(across).toMatchObject({ ok: false, error: { field: 'toMonth', message: '一次交纳不能跨年度，预交最多到当年12月' } });
    expect(refused(() => payMonths(ledger, id, '2026-10', '2026-12')).message).toBe('2026年11月的党费已交清，不能重复交纳');
  });

  it("less than the months' 应交 is refused over several months and is 少交 on one; more goes to the last month", () => {
    const { ledger, add } = duesLedger();
    const id = add('甲');
    base(ledger, id, { baseFen: 300000 });
    expect(refused(() => payMonths(ledger, id, '2026-01', '2026-02', { amountFen: 2000 })).field).toBe('amountFen');
    payMonths(ledger, id, '2026-01', '2026-01', { amountFen: 1000 });
    expect(statusIn(ledger, id)['01']).toBe('少交');
    // The rest of January, then February with 20.00 元 自愿多交.
    const { payments } = payMonths(ledger, id, '2026-01', '2026-02', { amountFen: 500 + 1500 + 2000 });
    expect(payments[0]!.lines.map((l) => l.amountFen)).toEqual([500, 3500]);
    expect(statusIn(ledger, id)).toMatchObject({ '01': '已交', '02': '已交' });
  });

  it('a reversal negates the payment and its months become unpaid again; it cannot be reversed twice', () => {
    const { ledger, add } = duesLedger();
    const id = add('甲');
    base(ledger, id, { baseFen: 300000 });
    const paid = payMonths(ledger, id, '2026-01', '2026-02').payments[0]!;
    const { payments } = reversePayment(ledger, { paymentId: paid.id, reason: '收据填错' }, TODAY);
    expect(payments[1]).toMatchObject({ amountFen: -3000, reversesId: paid.id, paidOn: TODAY, lines: [{ amountFen: -1500 }, { amountFen: -1500 }] });
    expect(payments[0]!.reversedById).toBe(payments[1]!.id);
    expect(statusIn(ledger, id)).toMatchObject({ '01': '未交', '02': '未交' });
    expect(refused(() => reversePayment(ledger, { paymentId: paid.id, reason: '再冲' }, TODAY)).message).toBe('该交纳记录已冲销');
    // The rows stay: append-only by trigger.
    expect(() => ledger.sqlite.prepare('DELETE FROM dues_payments WHERE id = ?').run(paid.id)).toThrow(/APPEND_ONLY/);
  });

  it('marks a branch month paid for everyone but two exceptions, skipping the paid and the 未核定', () => {
    const { ledger, tree, add } = duesLedger();
    const ids = ['甲', '乙', '丙', '丁', '戊'].map((n) => add(n));
    ids.slice(0, 4).forEach((id) => base(ledger, id, { baseFen: 300000 }));
    payMonths(ledger, ids[0]!, '2026-05');
    const result = payBranchMonth(
      ledger,
      payBranchMonthInput.parse({
        orgId: tree.branchA.id,
        month: '2026-05',
        paidOn: '2026-05-20',
        method: '微信',
        collector: '李书记',
        exceptMemberIds: [ids[1], ids[2]],
      }),
      TODAY,
    );
    expect(result.payments.map((p) => p.memberId)).toEqual([ids[3]]);
    expect(result.skipped).toEqual([{ memberId: ids[4], name: '戊', reason: '未核定基数' }]);
    const page = monthPage(ledger, tree.branchA.id, '2026-05');
    expect(Object.fromEntries(page.rows.map((r) => [r.name, r.status]))).toEqual({ 甲: '已交', 乙: '未交', 丙: '未交', 丁: '已交', 戊: '未核定' });
    expect(page.totals).toMatchObject({ owing: 5, paid: 2, unpaid: 2, unknown: 1, dueFen: 6000, paidFen: 3000 });
  });

  it('党费交纳至 is derived: the opening, then every month fully paid after it, stopping at the first gap', () => {
    const { ledger, add } = duesLedger();
    const id = add('甲', { duesPaidThrough: '2026-02' });
    base(ledger, id, { baseFen: 300000 });
    const today = monthIndex('2026-11');
    expect(paidThrough(ledger, id, today)).toBe('2026-02');
    expect(refused(() => payMonths(ledger, id, '2026-02')).message).toContain('建账前已交');
    payMonths(ledger, id, '2026-03', '2026-05');
    expect(paidThrough(ledger, id, today)).toBe('2026-05');
    payMonths(ledger, id, '2026-07');
    expect(paidThrough(ledger, id, today)).toBe('2026-05');
    payMonths(ledger, id, '2026-06');
    expect(paidThrough(ledger, id, today)).toBe('2026-07');
    expect(memberYear(ledger, id, 2026, TODAY)).toMatchObject({ opening: '2026-02', paidThrough: '2026-07' });
    // No opening and no base: nothing is known.
    expect(paidThrough(ledger, add('乙'), today)).toBeNull();
  });
});
