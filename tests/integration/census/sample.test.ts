// 党内统计 of the seeded sample: every drillable figure equals its list, the identity holds over
// the sample's own history, and 党费 and 发展党员 are the figures of their own pages.
import { describe, expect, it } from 'vitest';
import { censusPeople, censusReport } from '../../../db/census/report';
import { yearCounts } from '../../../db/development/plan';
import { duesStats } from '../../../db/dues/stats';
import { scaleFor, seedLedger } from '../../../db/sample/generate';
import { memoryLedger } from '../../support/testLedger';

const TODAY = '2026-11-26';

describe('党内统计 of the seeded community', () => {
  it('agrees with itself and with the 党费 and 发展党员 pages', () => {
    const ledger = memoryLedger();
    seedLedger(ledger, scaleFor('community', TODAY), TODAY);
    for (const year of [2025, 2026]) {
      const report = censusReport(ledger, year, TODAY);
      for (const t of report.tables)
        for (const r of t.rows.filter((x) => x.drill))
          expect(censusPeople(ledger, year, t.key, r.key, TODAY).length, `${year} ${t.key}/${r.key}`).toBe(r.value);
      const fig = (table: string, key: string) => report.tables.find((t) => t.key === table)!.rows.find((r) => r.key === key)!.value;
      expect(report.identity.breaks).toEqual([]);
      expect(report.identity.holds).toBe(true);
      expect(report.identity.end).toBe(fig('total', 'total'));
      // The bands split the total.
      for (const table of ['age', 'education', 'partyAge', 'category'])
        expect(report.tables.find((t) => t.key === table)!.rows.reduce((n, r) => n + r.value, 0)).toBe(fig('total', 'total'));
      const dues = duesStats(ledger, year, '年', TODAY).total.total;
      expect([fig('dues', 'due'), fig('dues', 'paid'), fig('dues', 'handed')]).toEqual([dues.dueFen, dues.paidFen, dues.handedFen]);
      const dev = yearCounts(ledger, year, TODAY);
      expect([fig('pipeline', 'applicants'), fig('pipeline', 'activists'), fig('pipeline', 'candidates'), fig('pipeline', 'admitted')]).toEqual([
        dev.byStage.入党申请人,
        dev.byStage.入党积极分子,
        dev.byStage.发展对象,
        dev.counts.admitted,
      ]);
    }
    expect(censusReport(ledger, 2026, TODAY).identity.start).toBe(censusReport(ledger, 2025, TODAY).identity.end);
  });
});
