import { describe, expect, it } from 'vitest';
import { formatIsoDate } from '../../../api/rules/dates';
import { fromExcelSerial, parseLooseDate } from '../../../api/rules/looseDate';

// Every shape DOMAIN.md lists, written from one calendar date.
const SHAPES: ((y: number, m: number, d: number) => string | number)[] = [
  (y, m, d) => `${y}.${m}.${d}`,
  (y, m, d) => `${y}/${String(m).padStart(2, '0')}/${String(d).padStart(2, '0')}`,
  (y, m, d) => `${y}年${m}月${d}日`,
  (y, m, d) => `${y}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}`,
  (y, m, d) => Number(`${y}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}`),
  (y, m, d) => `${y}-${m}-${d}`,
  (y, m, d) => ` ${y}．${m}．${d} `.replace(/\d/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)),
];

describe('loose dates from spreadsheets', () => {
  it('reads 3,000 random dates back to the same day in every shape', () => {
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 48271) % 2147483647), seed % n);
    for (let i = 0; i < 3000; i++) {
      const y = 1900 + rand(150);
      const m = 1 + rand(12);
      const d = 1 + rand(new Date(y, m, 0).getDate());
      const iso = formatIsoDate({ year: y, month: m, day: d });
      const shape = SHAPES[i % SHAPES.length];
      expect(parseLooseDate(shape(y, m, d)), String(shape(y, m, d))).toEqual({ ok: true, iso, monthOnly: false });
    }
  });

  it('reads Excel serial numbers (1900 date system)', () => {
    expect(fromExcelSerial(37073)).toBe('2001-07-01');
    expect(fromExcelSerial(61)).toBe('1900-03-01');
    expect(parseLooseDate(45658)).toEqual({ ok: true, iso: '2025-01-01', monthOnly: false });
  });

  it('marks month-only dates', () => {
    for (const text of ['2021-7', '2021.07', '2021年7月', '202107']) expect(parseLooseDate(text)).toEqual({ ok: true, iso: '2021-07-01', monthOnly: true });
  });

  it('refuses what is not a date, in Chinese', () => {
    expect(parseLooseDate('2021-02-30')).toMatchObject({ ok: false, message: '2021年2月30日不存在' });
    expect(parseLooseDate('七月一日')).toMatchObject({ ok: false, message: expect.stringContaining('不是可识别的日期') });
    expect(parseLooseDate('1066-01-01')).toMatchObject({ ok: false, message: expect.stringContaining('年份') });
  });
});

describe('a year and month typed as a number', () => {
  it('reads 1965.03 as March 1965, not as Excel day 1965', () => {
    expect(parseLooseDate(1965.03)).toEqual({ ok: true, iso: '1965-03-01', monthOnly: true });
    expect(parseLooseDate(1965.12)).toEqual({ ok: true, iso: '1965-12-01', monthOnly: true });
  });

  it('marks 1965.1 as January that may have been typed 1965.10', () => {
    expect(parseLooseDate(1965.1)).toEqual({ ok: true, iso: '1965-01-01', monthOnly: true, tenthMonthToo: true });
  });

  it('refuses a month that does not exist', () => {
    expect(parseLooseDate(1965.13).ok).toBe(false);
  });
});
