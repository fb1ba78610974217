// What the points ledger shows: the year's standings (totals, ranks, stars) and one
// member's statement (积分明细) with a running total.
import { starsFor } from '../../api/points';
import type { PointStandings, PointStatement, StandingRow, StandingsPage, StandingsQuery } from '../../api/schemas/points';
import { notFound } from '../ledgerError';
import { memoUntilWrite } from '../memo';
import type { Ledger } from '../open';
import { listRules, starLevels } from './rules';

/**
 * The year's whole ranking. Kept in memory until the ledger changes: at street scale it
 * reads 20,000 members and 160,000 entries (about 100 ms here), and the 积分 page asks for
 * it on every page turn and filter.
 */
export function yearStandings(ledger: Ledger, year: number): PointStandings {
  return memoUntilWrite(ledger, `standings:${year}`, () => computeStandings(ledger, year));
}

/** One page of the ranking, in rank order: the community's, or one branch's by branch rank. */
export function standingsPage(ledger: Ledger, q: StandingsQuery): StandingsPage {
  const all = yearStandings(ledger, q.year);
  // Sorted once per change: community rank order, which within a branch is branch rank order too.
  const { ordered, branches } = memoUntilWrite(ledger, `standingsOrder:${q.year}`, () => {
    const byBranch = new Map<number, string>();
    for (const r of all.rows) byBranch.set(r.branchId, r.branchName);
    const ordered = [...all.rows].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.memberId - b.memberId);
    return { ordered, branches: [...byBranch].map(([id, name]) => ({ id, name })) };
  });
  const matched = ordered.filter((r) => (q.branchId === null || r.branchId === q.branchId) && (!q.keyword || r.name.includes(q.keyword)));
  const start = (q.page - 1) * q.pageSize;
  return {
    year: q.year,
    rules: all.rules,
    stars: all.stars,
    branches,
    rows: matched.slice(start, start + q.pageSize),
    total: matched.length,
  };
}

function computeStandings(ledger: Ledger, year: number): PointStandings {
  const rules = listRules(ledger, year);
  const levels = starLevels(ledger, year);
  const people = ledger.sqlite
    .prepare(
      `SELECT m.id AS memberId, m.name, m.branch_id AS branchId, o.name AS branchName, x.reason AS excludedReason
       FROM members m JOIN orgs o ON o.id = m.branch_id
       LEFT JOIN point_exclusions x ON x.member_id = m.id AND x.year = @year
       WHERE m.joined_on <= @to AND (m.left_on IS NULL OR m.left_on >= @from) ORDER BY o.id, m.id`,
    )
    .all({ year, from: `${year}-01-01`, to: `${year}-12-31` }) as { memberId: number; name: string; branchId: number; branchName: string; excludedReason: string | null }[];
  const sums = ledger.sqlite
    .prepare(
      `SELECT member_id AS memberId, rule_id AS ruleId, sum(points) AS points,
              sum(CASE WHEN reverses_id IS NULL THEN 1 ELSE -1 END) AS live
       FROM point_entries WHERE year = ? GROUP BY member_id, rule_id`,
    )
    .raw()
    .all(year) as [number, number, number, number][];
  const ruleById = new Map(rules.map((r) => [r.id, r]));
  const byMember = new Map<number, StandingRow>();
  const rows: StandingRow[] = people.map((p) => {
    const row: StandingRow = { ...p, base: 0, byRule: {}, bonus: 0, deductions: 0, vetoed: false, total: 0, rank: null, branchRank: null, stars: null };
    byMember.set(p.memberId, row);
    return row;
  });
  for (const [memberId, ruleId, points, live] of sums) {
    const row = byMember.get(memberId);
    const rule = ruleById.get(ruleId);
    if (!row || !rule) continue;
    const value = Math.round(points * 100) / 100;
    if (rule.category === '一票否决') row.vetoed ||= live > 0;
    else if (rule.category === '基础分') row.base += value;
    else if (rule.category === '扣分') row.deductions += value;
    else row.bonus += value;
    if (rule.category === '加分') row.byRule[ruleId] = (row.byRule[ruleId] ?? 0) + value;
  }
  const ranked = rows.filter((r) => !r.excludedReason);
  for (const r of ranked) {
    r.total = r.vetoed ? 0 : Math.round((r.base + r.bonus + r.deductions) * 100) / 100;
    r.stars = starsFor(levels, r.total);
  }
  assignRanks(ranked, (r, n) => (r.rank = n));
  const branches = new Map<number, StandingRow[]>();
  for (const r of ranked) branches.set(r.branchId, [...(branches.get(r.branchId) ?? []), r]);
  for (const list of branches.values()) assignRanks(list, (r, n) => (r.branchRank = n));
  return { year, rules, stars: levels, rows };
}

/** Competition ranking (1, 2, 2, 4) by total, highest first. */
function assignRanks(rows: StandingRow[], set: (row: StandingRow, rank: number) => void) {
  const sorted = [...rows].sort((a, b) => b.total - a.total);
  let current = 0;
  sorted.forEach((row, i) => {
    if (i === 0 || sorted[i - 1].total !== row.total) current = i + 1;
    set(row, current);
  });
}

export function memberStatement(ledger: Ledger, memberId: number, year: number): PointStatement {
  const member = ledger.sqlite.prepare('SELECT m.id, m.name, o.name AS branchName FROM members m JOIN orgs o ON o.id = m.branch_id WHERE m.id = ?').get(memberId) as
    | { id: number; name: string; branchName: string }
    | undefined;
  if (!member) throw notFound('党员');
  const rows = ledger.sqlite
    .prepare(
      `SELECT e.id, e.occurred_on AS occurredOn, e.points, e.auto, e.source_kind AS sourceKind, e.source_id AS sourceId, e.reverses_id AS reversesId,
              e.reason, e.operator, r.name AS ruleName, r.category,
              (SELECT 1 FROM point_entries x WHERE x.reverses_id = e.id) AS reversed,
              CASE e.source_kind
                WHEN 'meeting' THEN (SELECT o.name || ' ' || (SELECT group_concat(type, '、') FROM meeting_types t WHERE t.meeting_id = mt.id) FROM meetings mt JOIN orgs o ON o.id = mt.org_id WHERE mt.id = e.source_id)
                WHEN 'activity' THEN (SELECT theme FROM activities WHERE id = e.source_id)
                WHEN 'demand' THEN (SELECT kind || '：' || title FROM demands WHERE id = e.source_id)
              END AS sourceLabel
       FROM point_entries e JOIN point_rules r ON r.id = e.rule_id
       WHERE e.member_id = ? AND e.year = ? ORDER BY e.occurred_on, e.id`,
    )
    .all(memberId, year) as { id: number; occurredOn: string; points: number; auto: number; sourceKind: string; sourceId: number | null; reversesId: number | null; reason: string | null; operator: string | null; ruleName: string; category: string; reversed: number | null; sourceLabel: string | null }[];
  let running = 0;
  let vetoes = 0;
  const entries = rows.map((r) => {
    running = Math.round((running + r.points) * 100) / 100;
    if (r.category === '一票否决') vetoes += r.reversesId ? -1 : 1;
    return {
      id: r.id,
      occurredOn: r.occurredOn,
      ruleName: r.ruleName,
      category: r.category,
      points: r.points,
      running,
      auto: r.auto === 1,
      sourceKind: r.sourceKind,
      sourceId: r.sourceId,
      sourceLabel: r.sourceLabel,
      reason: r.reason,
      operator: r.operator,
      reversible: r.auto === 0 && !r.reversesId && !r.reversed,
      isReversal: r.reversesId !== null,
    };
  });
  const vetoed = vetoes > 0;
  return { memberId, name: member.name, branchName: member.branchName, year, entries, sum: running, vetoed, total: vetoed ? 0 : running };
}
