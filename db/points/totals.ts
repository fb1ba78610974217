// point_totals holds each member's sums for a year so the ranking reads one row per member
// instead of the year's 190,000 entries. It is derived: every write to point_entries (only
// recompute.ts and entries.ts write them) ends with refreshTotals for what it touched, in the
// same transaction. Triggers would do it unasked, but cost a full derivation 0.5 s more than
// this 50 ms re-sum (measured at street scale, docs/performance.md).
import type { Ledger } from '../open';

/** An entry's points in millionths, so sums stay exact integers however often they move. */
const MILLIONTHS = 'CAST(round(e.points * 1000000) AS INTEGER)';

const SUMS = `SELECT e.year, e.member_id,
    sum(CASE r.category WHEN '基础分' THEN ${MILLIONTHS} ELSE 0 END),
    sum(CASE WHEN r.category IN ('基础分', '扣分', '一票否决') THEN 0 ELSE ${MILLIONTHS} END),
    sum(CASE r.category WHEN '扣分' THEN ${MILLIONTHS} ELSE 0 END),
    sum(CASE WHEN r.category = '一票否决' THEN (CASE WHEN e.reverses_id IS NULL THEN 1 ELSE -1 END) ELSE 0 END)
  FROM point_entries e JOIN point_rules r ON r.id = e.rule_id`;

/** Re-sums `year` from its entries, for `memberIds` only or for everyone. Call inside the writing transaction. */
export function refreshTotals(ledger: Ledger, year: number, memberIds?: number[]): void {
  if (!ledger.sqlite.inTransaction) throw new Error('refreshTotals belongs inside the transaction that wrote the entries');
  const only = memberIds ? ' AND member_id IN (SELECT value FROM json_each(@ids))' : '';
  const params = memberIds ? { year, ids: JSON.stringify(memberIds) } : { year };
  ledger.prepare(`DELETE FROM point_totals WHERE year = @year${only}`).run(params);
  ledger
    .prepare(
      `INSERT INTO point_totals (year, member_id, base, bonus, deductions, vetoes) ${SUMS}
       WHERE e.year = @year${only.replace('member_id', 'e.member_id')} GROUP BY e.year, e.member_id`,
    )
    .run(params);
}
