// What the four 党费 forms share: which months count as owed, month labels, sums, the footer.
import type { Settings } from '../../api/schemas/settings';
import type { FormFooter } from '../form/spec';

/** Months the ledger counts as owed: not those covered by the opening 党费交纳至 (期初已交). */
export const owedOnLedger = (status: string | null): boolean => status !== null && status !== '期初已交' && status !== '预交';

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
