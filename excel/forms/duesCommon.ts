// What the four 党费 forms share: a month's status from 应交 and 实交 (已交 / 少交 / 未交 /
// 免交 / 未核定, as on the 党费 page), month labels, and the settings footer.
import type { Settings } from '../../api/schemas/settings';
import type { FormFooter } from '../form/spec';

export type DuesStatus = '已交' | '少交' | '未交' | '免交' | '未核定';

/** `dueFen` null = the base is not set (未核定); 0 = nothing owed by relief (免交). */
export function duesStatus(dueFen: number | null, paidFen: number): DuesStatus {
  if (dueFen === null) return paidFen > 0 ? '已交' : '未核定';
  if (dueFen === 0) return paidFen > 0 ? '已交' : '免交';
  if (paidFen >= dueFen) return '已交';
  return paidFen > 0 ? '少交' : '未交';
}

/** What is still owed for a month: never negative (自愿多交 on one month does not pay another). */
export const shortFen = (dueFen: number | null, paidFen: number): number => (dueFen === null ? 0 : Math.max(0, dueFen - paidFen));

/** '2026-03' → '3月'. */
export const monthLabel = (month: string): string => `${Number(month.slice(5, 7))}月`;

/** '2026-03' → '2026年3月'. */
export const yearMonthLabel = (month: string): string => `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;

/** The twelve months of a year, 'YYYY-01' … 'YYYY-12'. */
export const monthsOf = (year: number): string[] => Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);

export const footerOf = (settings: Settings): FormFooter => ({ preparer: settings.preparer, reviewer: settings.reviewer, phone: settings.phone });

export const communityOf = (settings: Settings): string => settings.communityName ?? '（请在系统设置中填写社区名称）';

export const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);
