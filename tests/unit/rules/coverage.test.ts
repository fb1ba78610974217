// The words a report uses for what a ledger covers (api/rules/coverage.ts, docs/ledgerStart.md),
// at each edge: no start, quarters' first and last months, a 党费 start of its own, older packages.
import { describe, expect, it } from 'vitest';
import { coverageForYear, coverageText, dayText, duesUncovered, meetingsFromText, meetingsUncovered, monthText } from '../../../api/rules/coverage';

const started = (startDate: string, meetingsFrom = startDate, duesFromMonth = startDate.slice(0, 7)) => ({ startDate, meetingsFrom, duesFromMonth });

describe('coverage words', () => {
  it('says nothing for a ledger that covers everything, or a package without the field', () => {
    expect(coverageText(null)).toBeNull();
    expect(coverageText(undefined)).toBeNull();
    expect(coverageText({ startDate: null, meetingsFrom: null, duesFromMonth: null })).toBeNull();
    expect(coverageForYear(undefined, 2026)).toBeNull();
  });

  it('names the quarter holding the 三会一课 start, at each quarter’s first and last month', () => {
    expect(meetingsFromText('2026-01-01')).toBe('2026年第一季度');
    expect(meetingsFromText('2026-03-31')).toBe('2026年第一季度');
    expect(meetingsFromText('2026-04-01')).toBe('2026年第二季度');
    expect(meetingsFromText('2026-09-30')).toBe('2026年第三季度');
    expect(meetingsFromText('2026-12-07')).toBe('2026年第四季度');
    expect(monthText('2026-01')).toBe('2026年1月');
    expect(dayText('2026-12-07')).toBe('2026年12月7日');
  });

  it('writes the 建账日期 and each ledger’s own start', () => {
    expect(coverageText(started('2026-12-07'))).toBe('建账日期2026年12月7日；党费自2026年12月，三会一课自2026年第四季度起记录，此前不计');
    expect(coverageText(started('2026-12-07', '2026-01-01', '2027-01'))).toBe(
      '建账日期2026年12月7日；党费自2027年1月，三会一课自2026年第一季度起记录，此前不计',
    );
  });

  it('a yearly report says it in the start’s year and earlier, not after', () => {
    expect(coverageForYear(started('2026-12-07'), 2025)).not.toBeNull();
    expect(coverageForYear(started('2026-12-07'), 2026)).not.toBeNull();
    expect(coverageForYear(started('2026-12-07'), 2027)).toBeNull();
  });

  it('a report period is uncovered only when it ends before the start', () => {
    const c = started('2026-12-07');
    expect(meetingsUncovered(c, '2026-11-30')).toBe(true);
    expect(meetingsUncovered(c, '2026-12-31')).toBe(false);
    expect(meetingsUncovered(undefined, '2000-12-31')).toBe(false);
    expect(duesUncovered(c, '2026-11')).toBe(true);
    expect(duesUncovered(c, '2026-12')).toBe(false);
    expect(duesUncovered(null, '2000-01')).toBe(false);
  });
});
