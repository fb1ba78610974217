// A member's facts and events dated in a closed year (年度封账) are protected like its meetings and
// dues: the triggers of migration census_reported refuse the write whatever the path, and the
// writers ask here first so the refusal names the year and what was refused.
import { refuse, type LedgerError } from './ledgerError';
import type { Ledger } from './open';

/** The closed year `day` falls in, or null. */
export function closedYearOf(ledger: Ledger, day: string | null | undefined): number | null {
  if (!day) return null;
  const year = Number(day.slice(0, 4));
  return ledger.prepare('SELECT 1 FROM closed_years WHERE year = ?').get(year) ? year : null;
}

/** Refuses `what` dated `day` when that year is closed, naming the year and how to reopen it. */
export function refuseInClosedYear(ledger: Ledger, day: string | null | undefined, what: string, field?: string): void {
  const year = closedYearOf(ledger, day);
  if (year !== null) throw closedDayRefusal(year, day as string, what, field);
}

export function closedDayRefusal(year: number, day: string, what: string, field?: string): LedgerError {
  return refuse(
    `${year}年度已封账，不能登记日期为${day}的${what}（封账年度的党员变动、党籍和组织关系记录只读）。确需更正，请先在“积分评议 → 年度封账”中重新开启${year}年度并填写原因。`,
    field,
  );
}
