// Who was a 正式党员 on a day, for the rules that count or check them: voting at a meeting,
// the 7 正式党员 that make a branch owe a 支委会 (支部工作条例 art. 9), and taking office as
// 支委/书记/副书记. One place to point at: the roster-as-of rule (db/members/asOf.ts: on the
// roster from 入党 or the first 转入 until leaving) with 正式 from 转正日期
// (api/rules/member.ts isFullMemberOn). When member facts are kept as dated intervals,
// these functions read those and their callers stay as they are.
import { isFullMemberOn } from '../../api/rules/member';
import type { Ledger } from '../open';

export { isFullMemberOn };

export interface MemberOnDay {
  id: number;
  name: string;
  /** On the roster that day (arrived by then, not yet left). */
  onRoster: boolean;
  /** A 正式党员 that day. */
  full: boolean;
  fullMemberOn: string | null;
}

const ARRIVED = `coalesce((SELECT min(e.occurred_on) FROM member_events e WHERE e.member_id = m.id AND e.kind = '转入'), m.joined_on)`;

/** One member as of a day; undefined when no such member exists. */
export function memberOnDay(ledger: Ledger, memberId: number, day: string): MemberOnDay | undefined {
  const row = ledger
    .prepare(`SELECT m.id, m.name, m.category, m.full_member_on AS fullMemberOn, m.left_on AS leftOn, ${ARRIVED} AS arrived FROM members m WHERE m.id = ?`)
    .get(memberId) as { id: number; name: string; category: string; fullMemberOn: string | null; leftOn: string | null; arrived: string } | undefined;
  if (!row) return undefined;
  const onRoster = row.arrived <= day && (row.leftOn === null || row.leftOn > day);
  return { id: row.id, name: row.name, onRoster, full: onRoster && isFullMemberOn(row, day), fullMemberOn: row.fullMemberOn };
}

/**
 * 正式党员 per branch on each of `days` (sorted or not): days → branch id → count. One read of
 * the members who were 正式 at some point in the span, counted in JS (the compliance matrix
 * asks for twelve month starts of a 20,000-member street).
 */
export function fullMembersPerBranch(ledger: Ledger, days: string[]): Map<string, Map<number, number>> {
  const result = new Map<string, Map<number, number>>(days.map((d) => [d, new Map()]));
  if (days.length === 0) return result;
  const first = days.reduce((a, b) => (a < b ? a : b));
  const last = days.reduce((a, b) => (a > b ? a : b));
  const rows = ledger.sqlite
    .prepare(
      `SELECT m.branch_id, coalesce(t.arrived, m.joined_on), m.left_on, m.full_member_on FROM members m
       LEFT JOIN (SELECT member_id, min(occurred_on) AS arrived FROM member_events WHERE kind = '转入' GROUP BY member_id) t ON t.member_id = m.id
       WHERE m.category = '正式党员' AND (m.left_on IS NULL OR m.left_on > @first) AND coalesce(m.full_member_on, m.joined_on) <= @last`,
    )
    .raw()
    .all({ first, last }) as [number, string, string | null, string | null][];
  for (const day of days) {
    const counts = result.get(day)!;
    for (const [branch, arrived, leftOn, fullOn] of rows) {
      if (arrived <= day && (leftOn === null || leftOn > day) && (fullOn === null || fullOn <= day)) counts.set(branch, (counts.get(branch) ?? 0) + 1);
    }
  }
  return result;
}
