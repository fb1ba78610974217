// Runs under TZ=Asia/Shanghai and TZ=UTC (npm test): nothing here may drift a day.
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, addYears, daysBetween, fullYearsBetween, isIsoDate, parseIsoDate, todayIso } from '../../../api/rules/dates';

describe('calendar dates', () => {
  it('knows real dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2000-02-29')).toBe(true); // divisible by 400
    expect(isIsoDate('1900-02-29')).toBe(false); // by 100, not 400
    expect(isIsoDate('2024-04-31')).toBe(false);
    expect(isIsoDate('2024-12-31')).toBe(true);
    expect(isIsoDate('2021-13-01')).toBe(false);
    expect(isIsoDate('2021-7-1')).toBe(false);
  });

  it('takes exactly YYYY-MM-DD in ASCII digits, as the RegExp it replaced did', () => {
    expect(parseIsoDate('2021-07-01')).toEqual({ year: 2021, month: 7, day: 1 });
    expect(parseIsoDate('0001-01-01')).toEqual({ year: 1, month: 1, day: 1 });
    for (const text of [
      '2021-07-01 ', // trailing space
      '2021-07-01\n',
      ' 021-07-01',
      '2021/07/01',
      '2021-07-0a',
      '2021-0:-01', // ':' is the code after '9'
      '2021-0/-01', // '/' the one before '0'
      '２０２１-07-01', // full-width digits
      '2021-07-1',
      '20210701',
      '2021-00-10',
      '2021-07-00',
      '',
    ])
      expect(parseIsoDate(text), text).toBeNull();
  });

  it('adds months and years clamping to the month end', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2024-11-15', 3)).toBe('2025-02-15');
    expect(addMonths('2024-03-15', -3)).toBe('2023-12-15');
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2026-12-25', 10)).toBe('2027-01-04');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });

  it('counts whole days and completed years', () => {
    expect(daysBetween('2026-11-24', '2026-12-24')).toBe(30);
    expect(daysBetween('2026-12-24', '2026-11-24')).toBe(-30);
    expect(fullYearsBetween('1980-11-25', '2026-11-24')).toBe(45);
    expect(fullYearsBetween('1980-11-24', '2026-11-24')).toBe(46);
    expect(fullYearsBetween(null, '2026-11-24')).toBeNull();
    expect(fullYearsBetween('2027-01-01', '2026-11-24')).toBeNull();
  });

  it('reads today in the local calendar, not UTC', () => {
    expect(todayIso(new Date(2021, 6, 1, 0, 30))).toBe('2021-07-01');
    expect(todayIso(new Date(2021, 5, 30, 23, 59))).toBe('2021-06-30');
  });
});
