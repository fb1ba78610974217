// The statistics' fast 应交 (db/dues/assess.ts dueCalculator) says what the rule says
// (monthlyDueFen) for every kind, band edge, relief and rounding.
import { describe, expect, it } from 'vitest';
import { DUES_KINDS, DUES_ROUNDINGS } from '../../api/dues';
import { DEFAULT_DUES_BANDS, monthlyDueFen } from '../../api/rules/dues';
import { dueCalculator } from '../../db/dues/assess';

describe('dueCalculator', () => {
  it('agrees with monthlyDueFen', () => {
    const bases = [null, 0, 1, 299999, 300000, 300001, 333333, 500000, 500001, 1000000, 1000001, 123456789];
    for (const rounding of DUES_ROUNDINGS) {
      const calc = dueCalculator({ year: 2026, rounding, bands: [...DEFAULT_DUES_BANDS], isDefault: true });
      for (const kind of DUES_KINDS)
        for (const baseFen of bases)
          for (const [relief, reliefFen] of [
            [null, null],
            ['免交', null],
            ['减交', 500],
          ] as const)
            expect(calc(kind, baseFen, relief, reliefFen), `${rounding} ${kind} ${baseFen} ${relief}`).toBe(
              monthlyDueFen(DEFAULT_DUES_BANDS, rounding, { kind, baseFen, relief, reliefFen }),
            );
    }
    // A scheme without a kind's bands cannot say.
    expect(dueCalculator({ year: 2026, rounding: '分', bands: [], isDefault: false })('在职', 300000, null, null)).toBeNull();
  });
});
