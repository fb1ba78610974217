// 应交 through the month page: every band edge of the 2008 规定, fixed amounts, relief, and a
// year's own rounding rule (shared/DOMAIN.md "党费").
import { describe, expect, it } from 'vitest';
import { saveSchemeInput } from '../../../api/schemas/dues';
import { DEFAULT_DUES_BANDS } from '../../../api/rules/dues';
import { monthPage } from '../../../db/dues/monthPage';
import { saveScheme, readScheme, copyScheme } from '../../../db/dues/scheme';
import { base, duesLedger, rowOf } from './duesFixture';

describe('应交 on the month page', () => {
  it('takes the whole base at the band it falls in, at every edge', () => {
    const { ledger, tree, add } = duesLedger();
    const cases: [string, '在职' | '离退休', number, number][] = [
      ['在职3000.00', '在职', 300000, 1500],
      ['在职3000.01', '在职', 300001, 3000],
      ['在职5000.00', '在职', 500000, 5000],
      ['在职5000.01', '在职', 500001, 7500],
      ['在职10000.00', '在职', 1000000, 15000],
      ['在职10000.01', '在职', 1000001, 20000],
      ['离退休5000.00', '离退休', 500000, 2500],
      ['离退休5000.01', '离退休', 500001, 5000],
    ];
    const ids = cases.map(([name, kind, baseFen]) => {
      const id = add(name);
      base(ledger, id, { kind, baseFen });
      return id;
    });
    const page = monthPage(ledger, tree.branchA.id, '2026-03');
    expect(page.scheme.isDefault).toBe(true);
    cases.forEach(([, , , due], i) => expect(rowOf(page.rows, ids[i]!)).toMatchObject({ dueFen: due, status: '未交', paidFen: 0 }));
  });

  it('charges the fixed kinds their amount, 免交 nothing and 减交 the reduced amount; no base is 未核定', () => {
    const { ledger, tree, add } = duesLedger();
    const student = add('学生');
    const exempt = add('免交');
    const reduced = add('减交');
    const unknown = add('没有基数');
    base(ledger, student, { kind: '学生', baseFen: null });
    base(ledger, exempt, { kind: '离退休', baseFen: null, relief: '免交', reliefReason: '生活困难', reliefApprover: '社区党委' });
    base(ledger, reduced, { kind: '在职', baseFen: 800000, relief: '减交', reliefFen: 500, reliefReason: '大病', reliefApprover: '社区党委' });
    const rows = monthPage(ledger, tree.branchA.id, '2026-06').rows;
    expect(rowOf(rows, student)).toMatchObject({ dueFen: 20, fixedFen: 20, status: '未交' });
    expect(rowOf(rows, exempt)).toMatchObject({ dueFen: 0, status: '免交', relief: '免交', reliefReason: '生活困难' });
    expect(rowOf(rows, reduced)).toMatchObject({ dueFen: 500, status: '未交' });
    expect(rowOf(rows, unknown)).toMatchObject({ dueFen: null, status: '未核定' });
  });

  it("rounds by the year's rule, and a copied scheme carries it into the next year", () => {
    const { ledger, tree, add } = duesLedger();
    const id = add('甲');
    base(ledger, id, { baseFen: 333333 }); // 1%: 33.3333 元
    expect(rowOf(monthPage(ledger, tree.branchA.id, '2026-01').rows, id)?.dueFen).toBe(3333);
    saveScheme(ledger, saveSchemeInput.parse({ year: 2026, rounding: '角', bands: DEFAULT_DUES_BANDS }));
    expect(rowOf(monthPage(ledger, tree.branchA.id, '2026-01').rows, id)?.dueFen).toBe(3330);
    saveScheme(ledger, saveSchemeInput.parse({ year: 2026, rounding: '元', bands: DEFAULT_DUES_BANDS }));
    expect(rowOf(monthPage(ledger, tree.branchA.id, '2026-01').rows, id)?.dueFen).toBe(3300);
    expect(readScheme(ledger, 2027).isDefault).toBe(true);
    expect(copyScheme(ledger, 2026, 2027)).toMatchObject({ year: 2027, rounding: '元', isDefault: false });
    // The base carries into the next year until a new one is entered.
    expect(rowOf(monthPage(ledger, tree.branchA.id, '2027-01').rows, id)?.dueFen).toBe(3300);
  });

  it('a later base row takes over from its month', () => {
    const { ledger, tree, add } = duesLedger();
    const id = add('甲');
    base(ledger, id, { baseFen: 300000 });
    base(ledger, id, { fromMonth: '2026-07', baseFen: 600000 });
    expect(rowOf(monthPage(ledger, tree.branchA.id, '2026-06').rows, id)?.dueFen).toBe(1500);
    expect(rowOf(monthPage(ledger, tree.branchA.id, '2026-07').rows, id)?.dueFen).toBe(9000);
  });
});
