import { percentText } from '../../../api/rules/streetSums';
import { QUARTER_NAMES } from '../../../api/rules/streetPeriods';

// The street's periods as the user reads them, and the figures' formats. No antd here: the
// street's 首页 is drawn with the plain pieces.
export interface Period {
  year: number;
  /** null = the whole year. */
  quarter: number | null;
}

export const periodLabel = ({ year, quarter }: Period): string => (quarter ? `${year}年${QUARTER_NAMES[quarter - 1]}` : `${year}年`);
export const quarterLabel = (quarter: number): string => QUARTER_NAMES[quarter - 1] ?? '';

export function currentPeriods(now = new Date()): { year: Period; quarter: Period } {
  const year = now.getFullYear();
  return { year: { year, quarter: null }, quarter: { year, quarter: Math.floor(now.getMonth() / 3) + 1 } };
}

/** 96.5%; — when the rate has nothing to be a rate of. Written as the street's forms write it. */
export const percent = percentText;
export const yuan = (fen: number): string => (fen / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
export const count = (n: number): string => n.toLocaleString('zh-CN');

/** A stored moment (ISO, UTC) as the user's local 'YYYY-MM-DD HH:mm'; text that is not one stays as it is. */
export function localTime(stored: string | null): string {
  if (!stored) return '—';
  const at = new Date(stored);
  if (!stored.includes('T') || Number.isNaN(at.getTime())) return stored;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())} ${two(at.getHours())}:${two(at.getMinutes())}`;
}
