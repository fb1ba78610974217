// What a member owes a month under a year's scheme (《关于中国共产党党费收缴、使用和管理的规定》,
// 中组部 2008, shared/DOMAIN.md "党费"). The 2008 bands are the shipped default of every year's
// scheme; a year may edit them as data. All arithmetic is on integer 分: a rate is 万分之 of the
// WHOLE base (the bands are not progressive), and the year's rounding rule rounds half up.
import type { DuesBand, DuesKind, DuesRelief, DuesRounding } from '../dues';

const yuan = (y: number): number => y * 100;

/**
 * The 2008 规定: 在职 by monthly base (after tax, social insurance and housing fund) ≤3000 0.5%,
 * ≤5000 1%, ≤10000 1.5%, above 2%; 离退休 by pension ≤5000 0.5%, above 1%; 学生, 下岗失业 and
 * 低保 (含抚恤/救济) 0.2 元; 农民 0.2–1.0 元 (the minimum shipped, raise it per place).
 */
export const DEFAULT_DUES_BANDS: readonly DuesBand[] = [
  { kind: '在职', upToFen: yuan(3000), rateBp: 50, fixedFen: null },
  { kind: '在职', upToFen: yuan(5000), rateBp: 100, fixedFen: null },
  { kind: '在职', upToFen: yuan(10000), rateBp: 150, fixedFen: null },
  { kind: '在职', upToFen: null, rateBp: 200, fixedFen: null },
  { kind: '离退休', upToFen: yuan(5000), rateBp: 50, fixedFen: null },
  { kind: '离退休', upToFen: null, rateBp: 100, fixedFen: null },
  { kind: '农民', upToFen: null, rateBp: null, fixedFen: 20 },
  { kind: '学生', upToFen: null, rateBp: null, fixedFen: 20 },
  { kind: '下岗失业', upToFen: null, rateBp: null, fixedFen: 20 },
  { kind: '低保', upToFen: null, rateBp: null, fixedFen: 20 },
];

export const DEFAULT_DUES_ROUNDING: DuesRounding = '分';

const UNIT_FEN: Record<DuesRounding, number> = { 分: 1, 角: 10, 元: 100 };

/** base × rate / 10000, rounded half up to the scheme's unit; exact on integers. */
export function applyRate(baseFen: number, rateBp: number, rounding: DuesRounding): number {
  const step = 10000 * UNIT_FEN[rounding];
  return Math.floor((baseFen * rateBp + step / 2) / step) * UNIT_FEN[rounding];
}

/** The band a kind and base fall in: the first whose bound is at least the base (bounds inclusive). */
export function bandFor(bands: readonly DuesBand[], kind: DuesKind, baseFen: number | null): DuesBand | null {
  const own = bands.filter((b) => b.kind === kind).sort((a, b) => (a.upToFen ?? Infinity) - (b.upToFen ?? Infinity));
  if (own.length === 0) return null;
  if (own[0]!.fixedFen !== null) return own[0]!;
  if (baseFen === null) return null;
  return own.find((b) => b.upToFen === null || baseFen <= b.upToFen) ?? null;
}

export interface DuesAssessment {
  kind: DuesKind;
  baseFen: number | null;
  relief: DuesRelief | null;
  reliefFen: number | null;
}

/**
 * A month's 应交 in 分, or null when the scheme cannot say (a base kind without a base, or a
 * kind the scheme has no band for): the month page shows 未核定 rather than a wrong zero.
 */
export function monthlyDueFen(bands: readonly DuesBand[], rounding: DuesRounding, a: DuesAssessment): number | null {
  if (a.relief === '免交') return 0;
  if (a.relief === '减交') return a.reliefFen;
  const band = bandFor(bands, a.kind, a.baseFen);
  if (band === null) return null;
  if (band.fixedFen !== null) return band.fixedFen;
  return applyRate(a.baseFen ?? 0, band.rateBp ?? 0, rounding);
}

/** 分 → "1,234.50": money is shown as 元 with two decimals, never via floating point. */
export function formatFen(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const whole = Math.floor(abs / 100).toLocaleString('en-US');
  return `${sign}${whole}.${String(abs % 100).padStart(2, '0')}`;
}

/** "1234.5" / "1,234.50" / "1234" → 123450 分; null when it is not an amount of 元 with at most two decimals. */
export function parseYuan(text: string): number | null {
  const t = text.trim().replace(/,/g, '').replace(/元$/, '');
  const m = /^(\d{1,9})(?:\.(\d{1,2}))?$/.exec(t);
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}
