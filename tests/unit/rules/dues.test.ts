import { describe, expect, it } from 'vitest';
import { applyRate, DEFAULT_DUES_BANDS, formatFen, monthlyDueFen, parseYuan } from '../../../api/rules/dues';

const due = (kind: '在职' | '离退休' | '学生' | '农民' | '下岗失业' | '低保', base: number | null, rounding: '分' | '角' | '元' = '分') =>
  monthlyDueFen(DEFAULT_DUES_BANDS, rounding, { kind, baseFen: base, relief: null, reliefFen: null });

describe('2008 规定 default bands (whole base × rate, not progressive)', () => {
  it.each([
    [300000, 1500], // 3000.00 × 0.5% = 15.00
    [300001, 3000], // 3000.01 × 1% = 30.0001 → 30.00
    [500000, 5000], // 5000.00 × 1%
    [500001, 7500], // 5000.01 × 1.5% = 75.00015 → 75.00
    [1000000, 15000], // 10000.00 × 1.5%
    [1000001, 20000], // 10000.01 × 2% = 200.0002 → 200.00
    [0, 0],
  ])('在职 base %i 分 owes %i 分', (base, fen) => expect(due('在职', base)).toBe(fen));

  it.each([
    [500000, 2500], // 5000.00 × 0.5%
    [500001, 5000], // 5000.01 × 1% = 50.0001
  ])('离退休 pension %i 分 owes %i 分', (base, fen) => expect(due('离退休', base)).toBe(fen));

  it('fixed kinds owe 0.2 元 whatever the base', () => {
    for (const k of ['学生', '下岗失业', '低保', '农民'] as const) expect(due(k, null)).toBe(20);
  });

  it('a base kind without a base cannot be assessed', () => expect(due('在职', null)).toBeNull());
});

describe('rounding of a computed amount', () => {
  it('half up to the 分', () => {
    expect(applyRate(123450, 50, '分')).toBe(617); // 6.1725 → 6.17
    expect(applyRate(123500, 50, '分')).toBe(618); // 6.175 → 6.18
  });
  it('to the 角 and the 元', () => {
    expect(due('在职', 412300, '角')).toBe(4120); // 41.23 → 41.2
    expect(due('在职', 415000, '角')).toBe(4150);
    expect(applyRate(125000, 100, '元')).toBe(1300); // 12.50 → 13
    expect(applyRate(124900, 100, '元')).toBe(1200);
  });
});

describe('免交 and 减交', () => {
  it('免交 owes nothing, 减交 owes the approved amount', () => {
    expect(monthlyDueFen(DEFAULT_DUES_BANDS, '分', { kind: '在职', baseFen: 800000, relief: '免交', reliefFen: null })).toBe(0);
    expect(monthlyDueFen(DEFAULT_DUES_BANDS, '分', { kind: '在职', baseFen: 800000, relief: '减交', reliefFen: 1000 })).toBe(1000);
  });
});

describe('money text', () => {
  it('formats 分 as 元 with two decimals', () => {
    expect(formatFen(123450)).toBe('1,234.50');
    expect(formatFen(5)).toBe('0.05');
    expect(formatFen(-1500)).toBe('-15.00');
  });
  it('parses 元 without floating point', () => {
    expect(parseYuan('3000.01')).toBe(300001);
    expect(parseYuan('1,234.5')).toBe(123450);
    expect(parseYuan('12元')).toBe(1200);
    expect(parseYuan('0.1')).toBe(10);
    expect(parseYuan('1.234')).toBeNull();
    expect(parseYuan('abc')).toBeNull();
    expect(parseYuan('-5')).toBeNull();
  });
});
