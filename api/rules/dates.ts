// Calendar dates are ISO text (YYYY-MM-DD) in local terms. Nothing here goes through
// UTC: `new Date('2021-07-01')` is UTC midnight and shows as the day before in Asia/Shanghai.

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeapYear = (year: number) => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);

/** Days in `month` (1–12). Arithmetic, not a local-time Date: this runs for every date cell of an import. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1];
}

export function isRealDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** The number the `length` ASCII digits at `at` spell, or -1 if one is not a digit. */
function digitsAt(text: string, at: number, length: number): number {
  let n = 0;
  for (let i = at; i < at + length; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (!(digit >= 0 && digit <= 9)) return -1;
    n = n * 10 + digit;
  }
  return n;
}

/**
 * YYYY-MM-DD, a real calendar day, or null. Read character by character rather than with a
 * RegExp match (an array and three strings per call): a 10,000-row import checks each row's
 * dates several times, and this was a fifth of its rule checks.
 */
export function parseIsoDate(text: string): DateParts | null {
  if (typeof text !== 'string' || text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return null;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 2);
  const day = digitsAt(text, 8, 2);
  if (year < 0 || month < 0 || day < 0) return null;
  return isRealDate(year, month, day) ? { year, month, day } : null;
}

export const isIsoDate = (text: string): boolean => parseIsoDate(text) !== null;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function formatIsoDate({ year, month, day }: DateParts): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** Today in the machine's local calendar. */
export function todayIso(now: Date = new Date()): string {
  return formatIsoDate({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
}

function mustParse(text: string): DateParts {
  const parts = parseIsoDate(text);
  if (!parts) throw new Error(`not an ISO date: ${text}`);
  return parts;
}

/** Adds months, clamping to the month's last day (01-31 + 1 month = 02-28/29). */
export function addMonths(text: string, months: number): string {
  const { year, month, day } = mustParse(text);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return formatIsoDate({ year: y, month: m, day: Math.min(day, daysInMonth(y, m)) });
}

export const addYears = (text: string, years: number): string => addMonths(text, years * 12);

export function addDays(text: string, days: number): string {
  const { year, month, day } = mustParse(text);
  const d = new Date(year, month - 1, day + days, 12); // noon: immune to DST edges
  return todayIso(d);
}

/** Whole days from a to b (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  const pa = mustParse(a);
  const pb = mustParse(b);
  return Math.round((Date.UTC(pb.year, pb.month - 1, pb.day) - Date.UTC(pa.year, pa.month - 1, pa.day)) / 86_400_000);
}

/** Completed years from `from` to `to` (age, 党龄). Null when `from` is missing or later. */
export function fullYearsBetween(from: string | null | undefined, to: string): number | null {
  if (!from) return null;
  const a = parseIsoDate(from);
  const b = parseIsoDate(to);
  if (!a || !b) return null;
  let years = b.year - a.year;
  if (b.month < a.month || (b.month === a.month && b.day < a.day)) years -= 1;
  return years < 0 ? null : years;
}
