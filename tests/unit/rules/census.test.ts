// 党内统计's bands at their edges, and the 出党 kind read back from an event's reason.
import { describe, expect, it } from 'vitest';
import { AGE_BANDS, bandOf, exitKindOf, joinPeriodOf, PARTY_AGE_BANDS } from '../../../api/rules/census';

describe('党内统计 bands', () => {
  it('puts each age in its band, edges included', () => {
    const key = (age: number | null) => bandOf(AGE_BANDS, age)?.[0] ?? null;
    expect([18, 30, 31, 35, 36, 60, 61, 70, 71, 80, 81, 104].map(key)).toEqual([
      'age:0-30',
      'age:0-30',
      'age:31-35',
      'age:31-35',
      'age:36-40',
      'age:56-60',
      'age:61-70',
      'age:61-70',
      'age:71-80',
      'age:71-80',
      'age:81+',
      'age:81+',
    ]);
    expect(key(null)).toBeNull();
  });

  it('puts a 入党日期 in its 党内统计 period: each bound’s last day before it, its first day in it', () => {
    const days = [
      '1921-07-01',
      '1949-09-30',
      '1949-10-01',
      '1966-04-30',
      '1966-05-01',
      '1976-10-31',
      '1976-11-01',
      '1978-12-31',
      '1979-01-01',
      '2002-10-31',
      '2002-11-01',
      '2012-10-31',
      '2012-11-01',
      '2026-03-01',
    ];
    expect(days.map(joinPeriodOf)).toEqual([
      'joinPeriod:-1949-09',
      'joinPeriod:-1949-09',
      'joinPeriod:1949-10',
      'joinPeriod:1949-10',
      'joinPeriod:1966-05',
      'joinPeriod:1966-05',
      'joinPeriod:1976-11',
      'joinPeriod:1976-11',
      'joinPeriod:1979-01',
      'joinPeriod:1979-01',
      'joinPeriod:2002-11',
      'joinPeriod:2002-11',
      'joinPeriod:2012-11',
      'joinPeriod:2012-11',
    ]);
    expect([null, '', '1990-07'].map(joinPeriodOf)).toEqual([null, null, null]);
  });

  it('counts 党龄 in full years into its band: under 5, 5–10, then by tens', () => {
    const key = (years: number) => bandOf(PARTY_AGE_BANDS, years)?.[0];
    expect([0, 4, 5, 10, 11, 20, 21, 50, 51, 70].map(key)).toEqual([
      'partyAge:0-4',
      'partyAge:0-4',
      'partyAge:5-10',
      'partyAge:5-10',
      'partyAge:11-20',
      'partyAge:11-20',
      'partyAge:21-30',
      'partyAge:41-50',
      'partyAge:51+',
      'partyAge:51+',
    ]);
  });

  it('reads the 出党 kind written first in the reason, and none from older records', () => {
    expect(exitKindOf('除名；连续六个月不交纳党费')).toBe('除名');
    expect(exitKindOf('开除党籍')).toBe('开除党籍');
    expect(exitKindOf('经支部大会讨论，予以除名')).toBeNull();
    expect(exitKindOf(null)).toBeNull();
  });
});
