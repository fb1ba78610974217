// Months as whole numbers (year × 12 + month − 1) so that loops over a year of 20,000 members
// compare integers, not 'YYYY-MM' strings. Text in and out of the ledger stays 'YYYY-MM'.

export const monthIndex = (month: string): number => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;

export function monthText(index: number): string {
  const year = Math.floor(index / 12);
  return `${year}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The month a 'YYYY-MM-DD' day falls in. */
export const monthOfDay = (day: string): number => monthIndex(day.slice(0, 7));

/** The first day of a month, 'YYYY-MM-01'. */
export const firstDay = (index: number): string => `${monthText(index)}-01`;

/** The last month an interval ending (exclusively) on `to` touches. */
export const lastMonthBefore = (to: string): number => (to.endsWith('-01') ? monthOfDay(to) - 1 : monthOfDay(to));

export const yearOfMonth = (index: number): number => Math.floor(index / 12);
export const januaryOf = (year: number): number => year * 12;
export const decemberOf = (year: number): number => year * 12 + 11;

/** The 12 months of a year as text. */
export const monthsOfYear = (year: number): string[] => Array.from({ length: 12 }, (_, i) => monthText(year * 12 + i));

/**
 * The last month of `year` whose dues are owed as of `today` ('YYYY-MM-DD'): this month, or
 * December of a past year. A later month is not due yet; only a 预交 paid for it counts.
 * Before the year (a future year) nothing is owed: the result lies before its January.
 */
export const throughMonthOf = (year: number, today: string): string => (today.slice(0, 7) < `${year}-12` ? today.slice(0, 7) : `${year}-12`);
