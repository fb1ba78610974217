// dues.stats counts 应交 and 欠交 only up to today's month: a later month is not owed yet, but
// what was paid ahead for it (预交) is money collected.
import { describe, expect, it } from 'vitest';
import { duesStats } from '../../../db/dues/stats';
import { duesYearGrid } from '../../../db/dues/yearGrid';
import { base, duesLedger, payMonths } from './duesFixture';

describe('statistics as of today', () => {
  it('leaves months after today out of 应交 and 欠交 and keeps their 预交 in 实交', () => {
    const { ledger, tree, add } = duesLedger();
    const ahead = add('预交');
    const onTime = add('按时');
    const behind = add('欠交');
    for (const m of [ahead, onTime, behind]) base(ledger, m, { baseFen: 300000 });
    payMonths(ledger, ahead, '2026-01', '2026-12');
    payMonths(ledger, onTime, '2026-01', '2026-11');

    const inNovember = duesStats(ledger, 2026, '月', '2026-11-15');
    const row = inNovember.rows.find((r) => r.orgId === tree.branchA.id)!;
    expect(row.cells[10]).toMatchObject({ period: '2026-11', owingCount: 3, paidCount: 2, arrearsCount: 1, dueFen: 4500, paidFen: 3000, arrearsFen: 1500 });
    expect(row.cells[11]).toMatchObject({ period: '2026-12', owingCount: 0, paidCount: 0, arrearsCount: 0, dueFen: 0, arrearsFen: 0, paidFen: 1500 });
    expect(row.total).toMatchObject({ owingCount: 3, paidCount: 2, arrearsCount: 1, dueFen: 3 * 11 * 1500, arrearsFen: 11 * 1500, paidFen: 23 * 1500 });
    const year = duesStats(ledger, 2026, '年', '2026-11-15').total.total;
    expect(year).toMatchObject({ dueFen: 3 * 11 * 1500, arrearsFen: 11 * 1500, paidFen: 23 * 1500 });

    // Remembered per month of today: in January December is owed, and 按时 is behind on it.
    const inJanuary = duesStats(ledger, 2026, '月', '2027-01-10').rows.find((r) => r.orgId === tree.branchA.id)!;
    expect(inJanuary.cells[11]).toMatchObject({ owingCount: 3, paidCount: 1, arrearsCount: 2, dueFen: 4500, paidFen: 1500, arrearsFen: 3000 });
    // A year not begun owes nothing yet.
    expect(duesStats(ledger, 2027, '年', '2026-11-15').total.total).toMatchObject({ owingCount: 0, dueFen: 0, arrearsFen: 0 });
  });

  it("gives the forms' year grid the month 应交 is counted to", () => {
    const { ledger } = duesLedger();
    expect(duesYearGrid(ledger, 2026, null, '2026-11-15').throughMonth).toBe('2026-11');
    expect(duesYearGrid(ledger, 2025, null, '2026-11-15').throughMonth).toBe('2025-12');
  });
});
