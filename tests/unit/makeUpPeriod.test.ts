// 补开's period: typed and shown in Chinese, kept as the compliance key.
import { describe, expect, it } from 'vitest';
import { makeUpPeriodLabel, parseMakeUpPeriod } from '../../api/rules/makeUpPeriod';

describe('补开 period', () => {
  it.each([
    ['2026年第1季度', '2026-Q1'],
    ['2026年一季度', '2026-Q1'],
    ['2026年第四季度', '2026-Q4'],
    ['2026 年 第 2 季度', '2026-Q2'],
    ['2026-Q3', '2026-Q3'],
    ['2026q3', '2026-Q3'],
    ['2026年3月', '2026-03'],
    ['2026年12月', '2026-12'],
    ['2026-03', '2026-03'],
    ['2026-3', '2026-03'],
    ['2026.11', '2026-11'],
    ['2026年', '2026'],
    ['2026', '2026'],
  ])('reads %s as %s', (text, key) => expect(parseMakeUpPeriod(text)).toBe(key));

  it.each(['2026年第5季度', '2026年13月', '2026年0月', '上个月', '2026-Q0', '26年3月', ''])('refuses %s', (text) => expect(parseMakeUpPeriod(text)).toBeNull());

  it.each([
    ['2026-Q1', '2026年第1季度'],
    ['2026-03', '2026年3月'],
    ['2026-12', '2026年12月'],
    ['2026', '2026年'],
  ])('shows %s as %s, which reads back to it', (key, label) => {
    expect(makeUpPeriodLabel(key)).toBe(label);
    expect(parseMakeUpPeriod(label)).toBe(key);
  });
});
