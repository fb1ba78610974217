// Periods of a year for compliance: "2026-03" (month), "2026-Q1" (quarter), "2026" (year).
import type { PeriodKind } from '../meetingTypes';
import { daysInMonth } from './dates';

export interface Period {
  key: string;
  label: string;
  start: string;
  end: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function periodsOfYear(year: number, kind: PeriodKind): Period[] {
  if (kind === 'year') return [{ key: String(year), label: `${year}年`, start: `${year}-01-01`, end: `${year}-12-31` }];
  if (kind === 'quarter') {
    return [1, 2, 3, 4].map((q) => {
      const lastMonth = q * 3;
      return {
        key: `${year}-Q${q}`,
        label: `第${q}季度`,
        start: `${year}-${pad(lastMonth - 2)}-01`,
        end: `${year}-${pad(lastMonth)}-${pad(daysInMonth(year, lastMonth))}`,
      };
    });
  }
  return Array.from({ length: 12 }, (_, i) => ({
    key: `${year}-${pad(i + 1)}`,
    label: `${i + 1}月`,
    start: `${year}-${pad(i + 1)}-01`,
    end: `${year}-${pad(i + 1)}-${pad(daysInMonth(year, i + 1))}`,
  }));
}

/** The period of this kind containing the date. */
export function periodOf(date: string, kind: PeriodKind): string {
  const year = date.slice(0, 4);
  const month = Number(date.slice(5, 7));
  if (kind === 'year') return year;
  if (kind === 'quarter') return `${year}-Q${Math.ceil(month / 3)}`;
  return date.slice(0, 7);
}
