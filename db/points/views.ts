// What the points ledger shows: the year's standings (totals, ranks, stars) and one
// member's statement (积分明细) with a running total.
import { starsFor, type StarLevel } from '../../api/points';
import type { PointRule, PointStandings, PointStatement, StandingRow, StandingsPage, StandingsQuery } from '../../api/schemas/points';
import { todayIso } from '../../api/rules/dates';
import { notFound } from '../ledgerError';
import { memoUntilWrite } from '../memo';
import type { Ledger } from '../open';
import { listRules, starLevels } from './rules';

/** Where one member stands: enough to rank, filter and page without reading names. */
interface Placing {
  memberId: number;
  branchId: number;
  /** The year's total in cents; null when excluded (不参加积分). */
  cents: number | null;
  rank: number | null;
  branchRank: number | null;
}

interface Placings {
  /** Community rank order (within a branch that is branch rank order too), the excluded last. */
  order: Placing[];
  branches: { id: number; name: string }[];
}

/** Millionths of a point (point_totals) to points, rounded to the cent as every total shows. */
const toCents = (millionths: number) => Math.round(millionths / 10_000);

/**
 * The year's ranking of everyone in scope. Reads point_totals (kept by the writers: one row per
 * member), not the year's 190,000 entries, so it stays ~20 ms at street scale when a write
 * has just made the remembered one stale; kept in memory until the next write.
 */
function yearPlacings(ledger: Ledger, year: number): Placings {
  return memoUntilWrite(ledger, `placings:${year}`, () => {
    const rows = ledger
      .prepare(
        // Everyone on the roster at some time in the year, ranked in the branch they were in
        // at its end (or when they left): the branch interval holding on 12-31, or else the
        // last one that ended in the year (no later one begun by 12-31), from the dated facts.
        // One pass over the branch intervals in member_facts_value_idx, without a GROUP BY:
        // only the few that ended in the year look for a later one (a third faster at street
        // scale than grouping member_facts_member_idx by member).
        `SELECT p.member_id, p.branch_id,
                CASE WHEN x.member_id IS NOT NULL THEN NULL WHEN t.vetoes > 0 THEN 0 ELSE coalesce(t.base + t.bonus + t.deductions, 0) END
         FROM (SELECT member_id, CAST(value AS INTEGER) AS branch_id FROM member_facts e
               WHERE fact = 'branch' AND valid_from <= @to AND (valid_to IS NULL OR valid_to > @from)
               AND (valid_to IS NULL OR valid_to > @to OR NOT EXISTS (SELECT 1 FROM member_facts n
                 WHERE n.member_id = e.member_id AND n.fact = 'branch' AND n.valid_from > e.valid_from AND n.valid_from <= @to))) p
         LEFT JOIN point_totals t ON t.year = @year AND t.member_id = p.member_id
         LEFT JOIN point_exclusions x ON x.member_id = p.member_id AND x.year = @year`,
      )
      .raw()
      .all({ year, from: `${year}-01-01`, to: `${year}-12-31` }) as [number, number, number | null][];
    const order: Placing[] = rows.map(([memberId, branchId, millionths]) => ({
      memberId,
      branchId,
      cents: millionths === null ? null : toCents(millionths),
      rank: null,
      branchRank: null,
    }));
    order.sort((a, b) =>
      a.cents === null ? (b.cents === null ? a.memberId - b.memberId : 1) : b.cents === null ? -1 : b.cents - a.cents || a.memberId - b.memberId,
    );
    // Competition ranking (1, 2, 2, 4), highest first; in one pass since the order is by total.
    const lastInBranch = new Map<number, { seen: number; cents: number; rank: number }>();
    order.forEach((p, i) => {
      if (p.cents === null) return;
      p.rank = i > 0 && order[i - 1].cents === p.cents ? order[i - 1].rank : i + 1;
      const b = lastInBranch.get(p.branchId);
      const seen = (b?.seen ?? 0) + 1;
      const rank = b && b.cents === p.cents ? b.rank : seen;
      p.branchRank = rank;
      lastInBranch.set(p.branchId, { seen, cents: p.cents, rank });
    });
    const branchIds = [...new Set(order.map((p) => p.branchId))].sort((a, b) => a - b);
    const branches = ledger.prepare('SELECT id, name FROM orgs WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id').all(JSON.stringify(branchIds)) as {
      id: number;
      name: string;
    }[];
    return { order, branches };
  });
}

/** The full rows (names, sums per category and per 加分 rule, stars) of some placings, or all. */
function standingRows(ledger: Ledger, year: number, placings: Placing[], rules: PointRule[], levels: StarLevel[], all: boolean): StandingRow[] {
  // Everyone (the forms) or the page's members, whose ids travel as one JSON parameter.
  const only = (column: string) => (all ? '' : ` AND ${column} IN (SELECT value FROM json_each(@ids))`);
  const bind = all ? { year } : { year, ids: JSON.stringify(placings.map((p) => p.memberId)) };
  const details = new Map(
    (
      ledger
        .prepare(
          `SELECT m.id, m.name, x.reason, t.base, t.bonus, t.deductions, t.vetoes
           FROM members m
           LEFT JOIN point_totals t ON t.year = @year AND t.member_id = m.id
           LEFT JOIN point_exclusions x ON x.member_id = m.id AND x.year = @year
           WHERE 1 = 1${only('m.id')}`,
        )
        .raw()
        .all(bind) as [number, string, string | null, number | null, number | null, number | null, number | null][]
    ).map((d) => [d[0], d]),
  );
  // The branch a placing names (the year-end one), not the member row's today.
  const branchNames = new Map(ledger.prepare('SELECT id, name FROM orgs').raw().all() as [number, string][]);
  const bonusRules = new Set(rules.filter((r) => r.category === '加分').map((r) => r.id));
  const byRule = new Map<number, Record<number, number>>();
  for (const [memberId, ruleId, points] of ledger
    .prepare(`SELECT member_id, rule_id, sum(points) FROM point_entries WHERE year = @year${only('member_id')} GROUP BY member_id, rule_id`)
    .raw()
    .all(bind) as [number, number, number][]) {
    if (!bonusRules.has(ruleId)) continue;
    const mine = byRule.get(memberId) ?? {};
    mine[ruleId] = Math.round(points * 100) / 100;
    byRule.set(memberId, mine);
  }
  return placings.map((p) => {
    const [, name, excludedReason, base, bonus, deductions, vetoes] = details.get(p.memberId)!;
    const branchName = branchNames.get(p.branchId) ?? '';
    const total = p.cents === null ? 0 : p.cents / 100;
    return {
      memberId: p.memberId,
      name,
      branchId: p.branchId,
      branchName,
      excludedReason,
      base: toCents(base ?? 0) / 100,
      byRule: byRule.get(p.memberId) ?? {},
      bonus: toCents(bonus ?? 0) / 100,
      deductions: toCents(deductions ?? 0) / 100,
      vetoed: (vetoes ?? 0) > 0,
      total,
      rank: p.rank,
      branchRank: p.branchRank,
      stars: p.cents === null ? null : starsFor(levels, total),
    };
  });
}

/** The year's whole ranking, every row in full (the forms and 民主评议 read it), by branch then member. */
export function yearStandings(ledger: Ledger, year: number): PointStandings {
  return memoUntilWrite(ledger, `standings:${year}`, () => {
    const rules = listRules(ledger, year);
    const levels = starLevels(ledger, year);
    const placings = [...yearPlacings(ledger, year).order].sort((a, b) => a.branchId - b.branchId || a.memberId - b.memberId);
    return { year, rules, stars: levels, rows: standingRows(ledger, year, placings, rules, levels, true) };
  });
}

/** One page of the ranking, in rank order: the community's, or one branch's by branch rank. */
export function standingsPage(ledger: Ledger, q: StandingsQuery): StandingsPage {
  const { order, branches } = yearPlacings(ledger, q.year);
  const named = q.keyword ? new Set(ledger.prepare('SELECT id FROM members WHERE instr(name, ?) > 0').pluck().all(q.keyword) as number[]) : null;
  const matched = order.filter((p) => (q.branchId === null || p.branchId === q.branchId) && (!named || named.has(p.memberId)));
  const start = (q.page - 1) * q.pageSize;
  const rules = listRules(ledger, q.year);
  const stars = starLevels(ledger, q.year);
  return {
    year: q.year,
    rules,
    stars,
    branches,
    rows: standingRows(ledger, q.year, matched.slice(start, start + q.pageSize), rules, stars, false),
    total: matched.length,
  };
}

/** The statement an entry belongs to: its member's, for its year (after a reversal, say). */
export function statementOfEntry(ledger: Ledger, entryId: number, today = todayIso()): PointStatement {
  const entry = ledger.prepare('SELECT member_id AS memberId, year FROM point_entries WHERE id = ?').get(entryId) as
    { memberId: number; year: number } | undefined;
  if (!entry) throw notFound('积分记录');
  return memberStatement(ledger, entry.memberId, entry.year, today);
}

/**
 * One member's 积分明细 for a year. The branch it names is the one held on the statement's
 * day, from the dated facts: the year's end for a past year, today for the current one; one
 * who had left by then is named with the branch they left from, as the ranking does. (One
 * not yet on the roster that day: their first branch; no interval at all: the member row's.)
 */
export function memberStatement(ledger: Ledger, memberId: number, year: number, today = todayIso()): PointStatement {
  const yearEnd = `${year}-12-31`;
  const day = today < yearEnd ? today : yearEnd;
  const member = ledger.sqlite
    .prepare(
      `SELECT m.id, m.name, o.name AS branchName FROM members m
       JOIN orgs o ON o.id = coalesce(
         (SELECT CAST(value AS INTEGER) FROM member_facts WHERE member_id = m.id AND fact = 'branch' AND valid_from <= @day ORDER BY valid_from DESC LIMIT 1),
         (SELECT CAST(value AS INTEGER) FROM member_facts WHERE member_id = m.id AND fact = 'branch' ORDER BY valid_from LIMIT 1),
         m.branch_id)
       WHERE m.id = @memberId`,
    )
    .get({ memberId, day }) as { id: number; name: string; branchName: string } | undefined;
  if (!member) throw notFound('党员');
  const rows = ledger.sqlite
    .prepare(
      `SELECT e.id, e.occurred_on AS occurredOn, e.points, e.auto, e.source_kind AS sourceKind, e.source_id AS sourceId, e.reverses_id AS reversesId,
              e.reason, e.operator, r.name AS ruleName, r.category,
              (SELECT 1 FROM point_entries x WHERE x.reverses_id = e.id) AS reversed,
              CASE e.source_kind
                WHEN 'meeting' THEN (SELECT o.name || ' ' || (SELECT group_concat(type, '、') FROM meeting_types t WHERE t.meeting_id = mt.id)
                  FROM meetings mt JOIN orgs o ON o.id = mt.org_id WHERE mt.id = e.source_id)
                WHEN 'activity' THEN (SELECT theme FROM activities WHERE id = e.source_id)
                WHEN 'demand' THEN (SELECT kind || '：' || title FROM demands WHERE id = e.source_id)
                WHEN 'dues' THEN '党费 ' || (e.source_id / 100) || '年' || (e.source_id % 100) || '月'
              END AS sourceLabel
       FROM point_entries e JOIN point_rules r ON r.id = e.rule_id
       WHERE e.member_id = ? AND e.year = ? ORDER BY e.occurred_on, e.id`,
    )
    .all(memberId, year) as {
    id: number;
    occurredOn: string;
    points: number;
    auto: number;
    sourceKind: string;
    sourceId: number | null;
    reversesId: number | null;
    reason: string | null;
    operator: string | null;
    ruleName: string;
    category: string;
    reversed: number | null;
    sourceLabel: string | null;
  }[];
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
