// 上缴 and balances, and the year's statistics by month, quarter and year.
import { describe, expect, it } from 'vitest';
import { handoverInput } from '../../../api/schemas/dues';
import { addHandover, reverseHandover } from '../../../db/dues/handovers';
import { duesStats } from '../../../db/dues/stats';
import { TODAY } from '../../support/testLedger';
import { base, duesLedger, payMonths } from './duesFixture';

describe('上缴 and statistics', () => {
  it("keeps each level's balance: collected + received − handed up; a reversal undoes a 上缴", () => {
    const { ledger, tree, add } = duesLedger();
    const a = add('甲');
    const b = add('乙', {}, tree.branchB.id);
    base(ledger, a, { baseFen: 300000 });
    base(ledger, b, { baseFen: 500000 });
    payMonths(ledger, a, '2026-01', '2026-03');
    payMonths(ledger, b, '2026-01', '2026-03');
    addHandover(
      ledger,
      handoverInput.parse({
        fromOrgId: tree.branchA.id,
        toOrgId: tree.root.id,
        handedOn: '2026-04-02',
        periodFrom: '2026-01',
        periodTo: '2026-03',
        amountFen: 4500,
      }),
      TODAY,
    );
    addHandover(
      ledger,
      handoverInput.parse({
        fromOrgId: tree.branchB.id,
        toOrgId: tree.root.id,
        handedOn: '2026-04-02',
        periodFrom: '2026-01',
        periodTo: '2026-03',
        amountFen: 15000,
      }),
      TODAY,
    );
    const up = addHandover(
      ledger,
      handoverInput.parse({ fromOrgId: tree.root.id, toOrgId: null, handedOn: '2026-04-10', periodFrom: '2026-01', periodTo: '2026-03', amountFen: 19500 }),
      TODAY,
    );
    const balance = (id: number) => up.balances.find((x) => x.orgId === id);
    expect(balance(tree.branchA.id)).toMatchObject({ collectedFen: 4500, handedFen: 4500, balanceFen: 0 });
    expect(balance(tree.branchB.id)).toMatchObject({ collectedFen: 15000, handedFen: 15000, balanceFen: 0 });
    expect(balance(tree.root.id)).toMatchObject({ collectedFen: 0, receivedFen: 19500, handedFen: 19500, balanceFen: 0 });
    expect(up.rows.at(-1)).toMatchObject({ toOrgName: '街道', amountFen: 19500 });
    const undone = reverseHandover(ledger, { id: up.rows.at(-1)!.id, reason: '金额有误' }, TODAY);
    expect(undone.balances.find((x) => x.orgId === tree.root.id)?.balanceFen).toBe(19500);
  });

  it('counts owing, paid and arrears per branch by month, quarter and year, with 上缴', () => {
    const { ledger, tree, add } = duesLedger();
    const a = add('甲');
    const a2 = add('甲二');
    const b = add('乙', {}, tree.branchB.id);
    base(ledger, a, { baseFen: 300000 });
    base(ledger, a2, { baseFen: 300000 });
    base(ledger, b, { baseFen: 500000 });
    payMonths(ledger, a, '2026-01', '2026-12');
    payMonths(ledger, a2, '2026-01', '2026-02');
    payMonths(ledger, b, '2026-01', '2026-03');
    addHandover(
      ledger,
      handoverInput.parse({
        fromOrgId: tree.branchA.id,
        toOrgId: tree.root.id,
        handedOn: '2026-04-02',
        periodFrom: '2026-01',
        periodTo: '2026-03',
        amountFen: 7500,
      }),
      TODAY,
    );
    addHandover(
      ledger,
      handoverInput.parse({ fromOrgId: tree.root.id, toOrgId: null, handedOn: '2026-04-10', periodFrom: '2026-01', periodTo: '2026-03', amountFen: 7500 }),
      TODAY,
    );
    const months = duesStats(ledger, 2026, '月', TODAY);
    const rowA = months.rows.find((r) => r.orgId === tree.branchA.id)!;
    expect(rowA.cells[0]).toMatchObject({ period: '2026-01', owingCount: 2, paidCount: 2, dueFen: 3000, paidFen: 3000, arrearsCount: 0 });
    expect(rowA.cells[2]).toMatchObject({ owingCount: 2, paidCount: 1, arrearsCount: 1, arrearsFen: 1500, handedFen: 7500 });
    const quarters = duesStats(ledger, 2026, '季', TODAY);
    const qA = quarters.rows.find((r) => r.orgId === tree.branchA.id)!;
    expect(qA.cells[0]).toMatchObject({
      period: '2026-Q1',
      owingCount: 2,
      paidCount: 1,
      arrearsCount: 1,
      dueFen: 9000,
      paidFen: 7500,
      arrearsFen: 1500,
      handedFen: 7500,
    });
    // TODAY is in November: December is not owed yet, its 预交 still counts as 实交.
    expect(qA.total).toMatchObject({ owingCount: 2, paidCount: 1, arrearsCount: 1, dueFen: 33000, paidFen: 18000 + 3000 });
    const year = duesStats(ledger, 2026, '年', TODAY);
    expect(year.total.total).toMatchObject({ owingCount: 3, paidCount: 1, arrearsCount: 2, handedFen: 7500, dueFen: 33000 + 55000 });
    // The root is not a branch and collected nothing: no row of its own.
    expect(year.rows.map((r) => r.orgId)).toEqual([tree.branchA.id, tree.branchB.id]);
  });
});
