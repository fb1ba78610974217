// 年度封账: a reported year becomes read-only. The refusal itself lives in SQLite triggers
// (migration 0006), so no code path can write into a closed year; this module opens and
// closes years and turns the trigger's abort into a message the user can act on.
import { desc, eq } from 'drizzle-orm';
import type { YearStatus } from '../api/schemas/points';
import { makeBackup } from './backups/make';
import { recordReported } from './census/record';
import { nowStamp } from './clock';
import { LedgerError, refuse } from './ledgerError';
import type { Ledger } from './open';
import { closedYears, yearCloseEvents } from './schema';
import { recomputePoints } from './points/recompute';

export function yearStatus(ledger: Ledger): YearStatus {
  return {
    closedYears: ledger.db
      .select()
      .from(closedYears)
      .all()
      .map((r) => r.year)
      .sort(),
    events: ledger.db.select().from(yearCloseEvents).orderBy(desc(yearCloseEvents.id)).all(),
  };
}

export function isYearClosed(ledger: Ledger, year: number): boolean {
  return ledger.db.select().from(closedYears).where(eq(closedYears.year, year)).get() !== undefined;
}

/** Derives the year's points one last time, copies the file, then closes the year. */
export async function closeYear(ledger: Ledger, input: { year: number; operator: string }, backupsDir: string | null, today: string): Promise<YearStatus> {
  if (input.year > Number(today.slice(0, 4))) throw refuse('不能封账尚未到来的年度', 'year');
  if (isYearClosed(ledger, input.year)) throw new LedgerError('CONFLICT', `${input.year}年度已经封账`);
  if (backupsDir) await makeBackup(ledger, backupsDir, `${input.year}年度封账前备份`);
  ledger.tx(() => {
    recomputePoints(ledger, input.year);
    // Closing a year reports its 党内统计 unless a package already did (db/census/record.ts).
    recordReported(ledger, input.year, '封账', today, input.operator);
    ledger.db.insert(closedYears).values({ year: input.year, closedAt: nowStamp(), operator: input.operator }).run();
    ledger.db.insert(yearCloseEvents).values({ year: input.year, action: '封账', reason: null, operator: input.operator, at: nowStamp() }).run();
  });
  return yearStatus(ledger);
}

export function reopenYear(ledger: Ledger, input: { year: number; reason: string; operator: string }): YearStatus {
  ledger.tx(() => {
    if (!isYearClosed(ledger, input.year)) throw refuse(`${input.year}年度没有封账`, 'year');
    ledger.db.delete(closedYears).where(eq(closedYears.year, input.year)).run();
    ledger.db.insert(yearCloseEvents).values({ year: input.year, action: '重新开启', reason: input.reason, operator: input.operator, at: nowStamp() }).run();
  });
  return yearStatus(ledger);
}

function closedRefusal(ledger: Ledger): LedgerError {
  const years = yearStatus(ledger).closedYears.join('、');
  return refuse(
    `${years || '该'}年度已封账，其会议、活动、党费、积分、评议和党员变动记录只读，本次修改未保存。确需修改，请先在“积分评议 → 年度封账”中重新开启该年度（需填写原因）。`,
  );
}

/** The triggers abort with 'YEAR_CLOSED'; name the closed years so the user knows where to look. */
export function yearClosedRefusal(ledger: Ledger, error: unknown): LedgerError | null {
  if (!(error instanceof Error) || !error.message.includes('YEAR_CLOSED')) return null;
  return closedRefusal(ledger);
}

/** 重新计算 on a closed year would find nothing to change; say why instead of silently succeeding. */
export function recomputeOpenYear(ledger: Ledger, year: number): { appended: number } {
  if (isYearClosed(ledger, year)) throw closedRefusal(ledger);
  return ledger.tx(() => recomputePoints(ledger, year));
}
