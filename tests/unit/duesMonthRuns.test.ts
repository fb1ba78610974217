import { describe, expect, it } from 'vitest';
import { monthRuns } from '../../renderer/pages/dues/money';

const months = (...n: number[]) => n.map((m) => `2026-${String(m).padStart(2, '0')}`);

describe('monthRuns (未核定月份 in one cell)', () => {
  it('joins three or more months in a row into one run and lists the rest', () => {
    expect(monthRuns(months(4, 5, 6, 7, 8, 9, 10, 11, 12))).toBe('4月至12月');
    expect(monthRuns(months(1, 2, 3, 5, 7, 8))).toBe('1月至3月、5月、7月、8月');
    expect(monthRuns(months(11))).toBe('11月');
    expect(monthRuns([])).toBe('');
  });
});
