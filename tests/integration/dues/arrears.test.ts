// Arrears: months owed and not fully paid, from the opening; 3 → reminder, 6 consecutive with
// nothing paid → the 自行脱党 warning list (党章 art. 9), which changes nothing.
import { describe, expect, it } from 'vitest';
import { arrears } from '../../../db/dues/arrears';
import { base, duesLedger, payMonths } from './duesFixture';

describe('arrears', () => {
  it('counts unpaid months from the opening: 3 months reminds, 6 consecutive warns', () => {
    const { ledger, tree, add } = duesLedger();
    const three = add('欠三个月');
    const six = add('欠六个月');
    const short = add('少交');
    const opened = add('期初', { duesPaidThrough: '2026-08' });
    const paid = add('交清');
    for (const id of [three, six, short, opened, paid]) base(ledger, id, { baseFen: 300000 });
    payMonths(ledger, three, '2026-01', '2026-08');
    payMonths(ledger, six, '2026-01', '2026-05');
    payMonths(ledger, paid, '2026-01', '2026-11');
    payMonths(ledger, short, '2026-01', '2026-10');
    payMonths(ledger, short, '2026-11', '2026-11', { amountFen: 100 });
    const a = arrears(ledger, '2026-11', null);
    const byName = Object.fromEntries(a.rows.map((r) => [r.name, r]));
    expect(byName['欠三个月']).toMatchObject({
      unpaidMonths: ['2026-09', '2026-10', '2026-11'],
      owedFen: 4500,
      longestRun: 3,
      paidThrough: '2026-08',
      branchId: tree.branchA.id,
    });
    expect(byName['欠六个月']).toMatchObject({ longestRun: 6, paidThrough: '2026-05' });
    expect(byName['少交']).toMatchObject({ unpaidMonths: ['2026-11'], owedFen: 1400, longestRun: 0 });
    expect(byName['期初']).toMatchObject({ unpaidMonths: ['2026-09', '2026-10', '2026-11'], paidThrough: '2026-08' });
    expect(byName['交清']).toBeUndefined();
    expect(a.remindCount).toBe(3);
    expect(a.lapseCount).toBe(1);
    // Five months is not yet six.
    expect(arrears(ledger, '2026-10', null).lapseCount).toBe(0);
    // Under the other branch: nobody.
    expect(arrears(ledger, '2026-11', tree.branchB.id).rows).toEqual([]);
    expect(arrears(ledger, '2026-11', tree.root.id).rows).toHaveLength(4);
  });

  it('a month partly paid breaks the run of months with nothing paid', () => {
    const { ledger, add } = duesLedger();
    const id = add('甲');
    base(ledger, id, { baseFen: 300000 });
    payMonths(ledger, id, '2026-04', '2026-04', { amountFen: 100 });
    const [row] = arrears(ledger, '2026-09', null).rows;
    expect(row).toMatchObject({ longestRun: 5 });
    expect(row!.unpaidMonths).toHaveLength(9);
  });
});
