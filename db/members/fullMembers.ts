// Who was a 正式党员 on a day, for the rules that count or check them: voting at a meeting,
// the 7 正式党员 that make a branch owe a 支委会 (支部工作条例 art. 9), and taking office as
// 支委/书记/副书记. One place to point at. memberOnDay reads the dated facts; the branch
// counts (fullMemberShortfalls) still read the member row's current branch with 正式 from
// 转正日期 (api/rules/member.ts isFullMemberOn) for compliance's speed at street scale, so a
// member who moved branch counts in the new one for earlier periods: still to repoint.
import { isFullMemberOn } from '../../api/rules/member';
import type { Ledger } from '../open';
import { holdsOn } from './facts';

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

/**
 * One member as of a day, from the dated facts (member_facts): on the roster that day when a
 * branch interval covers it, 正式 when the 人员类别 interval of that day says so.
 * Undefined when no such member exists.
 */
export function memberOnDay(ledger: Ledger, memberId: number, day: string): MemberOnDay | undefined {
  const row = ledger
    .prepare(
      `SELECT m.id, m.name, m.full_member_on AS fullMemberOn, b.value IS NOT NULL AS onRoster, coalesce(ca.value = '正式党员', 0) AS full FROM members m
       LEFT JOIN member_facts b ON b.member_id = m.id AND b.fact = 'branch' AND ${holdsOn('b')}
       LEFT JOIN member_facts ca ON ca.member_id = m.id AND ca.fact = 'category' AND ${holdsOn('ca')}
       WHERE m.id = @memberId`,
    )
    .get({ memberId, day }) as { id: number; name: string; fullMemberOn: string | null; onRoster: number; full: number } | undefined;
  if (!row) return undefined;
  return { id: row.id, name: row.name, onRoster: row.onRoster === 1, full: row.onRoster === 1 && row.full === 1, fullMemberOn: row.fullMemberOn };
}

/**
 * For each of `days`, the branches with fewer than `min` 正式党员: `below(day, branch)` is
 * their count, or null when the branch had at least `min`. The compliance matrix asks this of
 * twelve month starts of a 20,000-member street, so one pass settles most branches: those with
 * `min` 正式党员 on the roster for the whole span from its first day. Only the rest (small
 * branches, or ones whose people changed in the span) are counted member by member, day by day.
 */
export function fullMemberShortfalls(ledger: Ledger, days: string[], min: number): { below(day: string, branchId: number): number | null } {
  const result = new Map<string, Map<number, number>>(days.map((d) => [d, new Map()]));
  const counted = new Set<number>();
  const below = (day: string, branchId: number) => {
    const short = result.get(day);
    if (!short) throw new Error(`not asked about ${day}`);
    // A branch with no 正式党员 in the span has none on any of its days.
    return short.get(branchId) ?? (counted.has(branchId) ? null : 0);
  };
  if (days.length === 0) return { below };
  const first = days.reduce((a, b) => (a < b ? a : b));
  const last = days.reduce((a, b) => (a > b ? a : b));
  const bounds = ledger.sqlite
    .prepare(
      `SELECT branch_id, count(*), total(joined_on <= @first AND (full_member_on IS NULL OR full_member_on <= @first) AND (left_on IS NULL OR left_on > @last))
       FROM members WHERE category = '正式党员' AND (left_on IS NULL OR left_on > @first) GROUP BY branch_id`,
    )
    .raw()
    .all({ first, last }) as [number, number, number][];
  // A 转入 in the span dates someone's arrival after their 入党: they leave the lower bound.
  const transferred = new Map(
    ledger.sqlite
      .prepare(`SELECT m.branch_id, count(DISTINCT m.id) FROM member_events e JOIN members m ON m.id = e.member_id WHERE e.kind = '转入' AND e.occurred_on > @first GROUP BY 1`)
      .raw()
      .all({ first }) as [number, number][],
  );
  const settled = new Set(bounds.filter(([branch, , whole]) => whole - (transferred.get(branch) ?? 0) >= min).map(([branch]) => branch));
  const open = new Set(bounds.map(([branch]) => branch).filter((b) => !settled.has(b)));
  for (const [branch] of bounds) counted.add(branch);
  // Branch by branch (CROSS JOIN keeps json_each outside): left to itself SQLite read all
  // 正式党员 through the category index and filtered them by branch.
  const rows = (
    open.size === 0
      ? []
      : ledger.sqlite
          .prepare(
            `SELECT m.branch_id, coalesce((SELECT min(e.occurred_on) FROM member_events e WHERE e.member_id = m.id AND e.kind = '转入'), m.joined_on), m.left_on, m.full_member_on
             FROM json_each(@open) j CROSS JOIN members m ON m.branch_id = j.value WHERE m.category = '正式党员' AND (m.left_on IS NULL OR m.left_on > @first)`,
          )
          .raw()
          .all({ open: JSON.stringify([...open]), first })
  ) as [number, string, string | null, string | null][];
  for (const day of days) {
    const counts = new Map<number, number>([...open].map((b) => [b, 0]));
    for (const [branch, arrived, leftOn, fullOn] of rows) {
      if (arrived <= day && (leftOn === null || leftOn > day) && (fullOn === null || fullOn <= day)) counts.set(branch, counts.get(branch)! + 1);
    }
    const short = result.get(day)!;
    for (const [branch, n] of counts) if (n < min) short.set(branch, n);
  }
  return { below };
}
