// What a ledger covers, in words: shared by the community's pages, its 上报包 forms and the
// street's rows (zod-free, so the renderer can import it). A ledger without a start covers
// everything, and an older 上报包 without a coverage field counts as full coverage.

/** From when a ledger (or one community's 上报包) knows each kind of record; null = from the beginning. */
export interface Coverage {
  /** 建账日期 'YYYY-MM-DD'. */
  startDate: string | null;
  /** The first day 三会一课 are owed from: the period containing it is the first owed. */
  meetingsFrom: string | null;
  /** The first month 党费 are owed for, 'YYYY-MM'. */
  duesFromMonth: string | null;
}

export const FULL_COVERAGE: Coverage = { startDate: null, meetingsFrom: null, duesFromMonth: null };

const QUARTER_NAMES = ['一', '二', '三', '四'];

/** '2026年第四季度' for a day, the quarter being the coarsest period most 三会一课 rules count by. */
export const meetingsFromText = (day: string): string => `${day.slice(0, 4)}年第${QUARTER_NAMES[Math.ceil(Number(day.slice(5, 7)) / 3) - 1]}季度`;

/** '2026年12月' for 'YYYY-MM'. */
export const monthText = (month: string): string => `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;

/** '2026年12月7日' for 'YYYY-MM-DD'. */
export const dayText = (day: string): string => `${day.slice(0, 4)}年${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日`;

/**
 * One line for a report: "建账日期2026年12月7日；党费自2026年12月，三会一课自2026年第四季度起记录", or
 * null when the ledger covers everything (nothing to say).
 */
export function coverageText(c: Coverage | null | undefined): string | null {
  if (!c || (!c.startDate && !c.meetingsFrom && !c.duesFromMonth)) return null;
  const parts = [
    c.duesFromMonth ? `党费自${monthText(c.duesFromMonth)}` : null,
    c.meetingsFrom ? `三会一课自${meetingsFromText(c.meetingsFrom)}` : null,
  ].filter(Boolean);
  const start = c.startDate ? `建账日期${dayText(c.startDate)}` : null;
  return [start, parts.length ? `${parts.join('，')}起记录，此前不计` : null].filter(Boolean).join('；');
}

/** Does a report period that ends on `periodEnd` lie wholly before the ledger's 三会一课 start? */
export const meetingsUncovered = (c: Coverage | null | undefined, periodEnd: string): boolean => !!c?.meetingsFrom && periodEnd < c.meetingsFrom;

/** Does a report period that ends in month `lastMonth` ('YYYY-MM') lie wholly before the 党费 start? */
export const duesUncovered = (c: Coverage | null | undefined, lastMonth: string): boolean => !!c?.duesFromMonth && lastMonth < c.duesFromMonth;

/**
 * The coverage line for a yearly report (党内统计, the 年报): said in the year the ledger started
 * and in any earlier year asked for; a later year is wholly covered and says nothing.
 */
export const coverageForYear = (c: Coverage | null | undefined, year: number): string | null =>
  c?.startDate && Number(c.startDate.slice(0, 4)) >= year ? coverageText(c) : null;
