// Derives a year's automatic points from their sources (attendance, 双报到 activities,
// completed 微心愿) and appends the difference to the ledger. Running it twice appends
// nothing the second time; a changed source yields a correcting entry, never an edit.
import { applyCap, hoursToAwards } from '../../api/points';
import { nowStamp } from '../clock';
import type { Ledger } from '../open';
import { refreshTotals } from './totals';

interface Rule {
  id: number;
  points: number;
  perHours: number | null;
  cap: number | null;
  source: string;
  meetingTypes: string | null;
}

interface Candidate {
  memberId: number;
  date: string;
  sourceKind: 'base' | 'meeting' | 'activity' | 'demand';
  sourceId: number | null;
  points: number;
  /** Only for hour-based rules. */
  hours?: number;
}

const keyOf = (memberId: number, ruleId: number, sourceKind: string, sourceId: number | null) => `${memberId}|${ruleId}|${sourceKind}|${sourceId ?? ''}`;

/** `AND <column> IN (…)` when only some members are recomputed; the ids travel as one JSON parameter. */
const only = (column: string, ids: number[] | undefined) => (ids ? ` AND ${column} IN (SELECT value FROM json_each(@ids))` : '');

/**
 * Brings the automatic entries of `year` in line with their sources, for everyone or for
 * `memberIds` only (a saved meeting touches its attendees, nobody else). Call inside the
 * writing transaction so the points move with the record that moved them.
 */
export function recomputePoints(ledger: Ledger, year: number, memberIds?: number[]): { appended: number } {
  const db = ledger.sqlite;
  const ids = memberIds ? [...new Set(memberIds)] : undefined;
  if (ids && ids.length === 0) return { appended: 0 };
  const params = { from: `${year}-01-01`, to: `${year}-12-31`, year, ids: ids ? JSON.stringify(ids) : null };
  const bind = ids ? params : { from: params.from, to: params.to, year };

  const rules = db.prepare(`SELECT id, points, per_hours AS perHours, cap, source, meeting_types AS meetingTypes FROM point_rules WHERE year = ? AND active = 1 AND source <> 'manual'`).all(year) as Rule[];
  const inScope = new Set(
    (
      db
        .prepare(
          `SELECT id FROM members WHERE joined_on <= @to AND (left_on IS NULL OR left_on >= @from)
           AND id NOT IN (SELECT member_id FROM point_exclusions WHERE year = @year)${only('id', ids)}`,
        )
        .all(bind) as { id: number }[]
    ).map((r) => r.id),
  );

  const byRule = new Map<number, Candidate[]>();
  const add = (rule: Rule, c: Candidate) => {
    if (!inScope.has(c.memberId)) return;
    let list = byRule.get(rule.id);
    if (!list) byRule.set(rule.id, (list = []));
    list.push(c);
  };

  const need = (source: string) => rules.filter((r) => r.source === source);
  for (const rule of need('base')) {
    const rows = db.prepare(`SELECT id, joined_on AS joinedOn FROM members WHERE joined_on <= @to AND (left_on IS NULL OR left_on >= @from)${only('id', ids)}`).all(bind) as { id: number; joinedOn: string }[];
    for (const m of rows) add(rule, { memberId: m.id, date: m.joinedOn > params.from ? m.joinedOn : params.from, sourceKind: 'base', sourceId: null, points: rule.points });
  }

  const meetingRules = need('meeting').map((r) => ({ rule: r, types: new Set(JSON.parse(r.meetingTypes ?? '[]') as string[]) }));
  const absence = need('absence');
  if (meetingRules.length || absence.length) {
    const types = new Map<number, string[]>();
    for (const t of db.prepare(`SELECT t.meeting_id AS id, t.type FROM meeting_types t JOIN meetings m ON m.id = t.meeting_id WHERE m.held_on BETWEEN @from AND @to`).all(bind) as { id: number; type: string }[]) {
      const list = types.get(t.id);
      if (list) list.push(t.type);
      else types.set(t.id, [t.type]);
    }
    const rows = db
      .prepare(
        `SELECT a.member_id AS memberId, a.meeting_id AS meetingId, a.status, m.held_on AS heldOn FROM attendance a JOIN meetings m ON m.id = a.meeting_id
         WHERE m.held_on BETWEEN @from AND @to AND a.status <> '请假'${only('a.member_id', ids)} ORDER BY m.held_on, m.id`,
      )
      .raw()
      .all(bind) as [number, number, string, string][];
    for (const [memberId, meetingId, status, heldOn] of rows) {
      if (status === '出席') {
        const mine = types.get(meetingId) ?? [];
        for (const { rule, types: wanted } of meetingRules) {
          if (mine.some((t) => wanted.has(t))) add(rule, { memberId, date: heldOn, sourceKind: 'meeting', sourceId: meetingId, points: rule.points });
        }
      } else {
        for (const rule of absence) add(rule, { memberId, date: heldOn, sourceKind: 'meeting', sourceId: meetingId, points: rule.points });
      }
    }
  }

  const activityRules = [...need('activity'), ...need('activityHours')];
  if (activityRules.length) {
    // A roster member may take part as themselves or as a linked 在职党员: count the activity once.
    const rows = db
      .prepare(
        `SELECT memberId, activityId, heldOn, max(hours) AS hours FROM (
           SELECT p.ref_id AS memberId, a.id AS activityId, a.held_on AS heldOn, p.hours FROM activity_participants p JOIN activities a ON a.id = p.activity_id
           WHERE p.kind = 'member' AND a.held_on BETWEEN @from AND @to
           UNION ALL
           SELECT o.member_id, a.id, a.held_on, p.hours FROM activity_participants p JOIN activities a ON a.id = p.activity_id JOIN onjob_members o ON o.id = p.ref_id
           WHERE p.kind = 'onjob' AND o.member_id IS NOT NULL AND a.held_on BETWEEN @from AND @to)
         WHERE 1 = 1${only('memberId', ids)} GROUP BY memberId, activityId ORDER BY heldOn, activityId`,
      )
      .all(bind) as { memberId: number; activityId: number; heldOn: string; hours: number }[];
    for (const rule of activityRules) {
      for (const r of rows) add(rule, { memberId: r.memberId, date: r.heldOn, sourceKind: 'activity', sourceId: r.activityId, points: rule.points, hours: r.hours });
    }
  }

  const demandRules = need('demand');
  if (demandRules.length) {
    const rows = db
      .prepare(
        `SELECT o.member_id AS memberId, done.demand_id AS demandId, done.done_on AS doneOn FROM demand_steps done
         JOIN demand_steps took ON took.demand_id = done.demand_id AND took.step = '党员接单'
         JOIN onjob_members o ON o.id = took.onjob_id
         WHERE done.step = '党群评单' AND done.done_on BETWEEN @from AND @to AND o.member_id IS NOT NULL${only('o.member_id', ids)}
         ORDER BY done.done_on, done.demand_id`,
      )
      .all(bind) as { memberId: number; demandId: number; doneOn: string }[];
    for (const rule of demandRules) for (const r of rows) add(rule, { memberId: r.memberId, date: r.doneOn, sourceKind: 'demand', sourceId: r.demandId, points: rule.points });
  }

  // What each (member, rule, source) should hold now: caps per member and rule, in date order.
  const desired = new Map<string, { points: number; date: string; memberId: number; ruleId: number; sourceKind: string; sourceId: number | null }>();
  for (const rule of rules) {
    const perMember = new Map<number, Candidate[]>();
    for (const c of byRule.get(rule.id) ?? []) {
      const list = perMember.get(c.memberId);
      if (list) list.push(c);
      else perMember.set(c.memberId, [c]);
    }
    for (const [memberId, list] of perMember) {
      const items = rule.source === 'activityHours' ? hoursToAwards(list.map((c) => c.hours ?? 0), rule.perHours ?? 1, rule.points).map((points, i) => ({ ...list[i], points })) : list;
      for (const c of applyCap(items, rule.cap)) {
        if (Math.abs(c.earned) < 1e-9) continue;
        desired.set(keyOf(memberId, rule.id, c.sourceKind, c.sourceId), { points: c.earned, date: c.date, memberId, ruleId: rule.id, sourceKind: c.sourceKind, sourceId: c.sourceId });
      }
    }
  }

  // What the ledger holds now, summed per key (earlier corrections included). Rows as arrays:
  // a full year is 190,000 of them, and objects for each cost a tenth of the recompute.
  const held = new Map<string, { points: number; date: string; memberId: number; ruleId: number; sourceKind: string; sourceId: number | null }>();
  const existing = db
    .prepare(
      `SELECT member_id, rule_id, source_kind, source_id, sum(points), min(occurred_on)
       FROM point_entries WHERE year = @year AND auto = 1${only('member_id', ids)} GROUP BY member_id, rule_id, source_kind, source_id`,
    )
    .raw()
    .all(ids ? { year, ids: params.ids } : { year }) as [number, number, string, number | null, number, string][];
  for (const [memberId, ruleId, sourceKind, sourceId, points, date] of existing) held.set(keyOf(memberId, ruleId, sourceKind, sourceId), { points, date, memberId, ruleId, sourceKind, sourceId });

  const insert = db.prepare(
    `INSERT INTO point_entries (year, member_id, rule_id, points, occurred_on, source_kind, source_id, auto, reason, operator, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, '系统自动计算', ?)`,
  );
  const at = nowStamp();
  let appended = 0;
  // Cancellations first, so a statement reads "−1 出席 withdrawn, −2 缺席" in that order.
  for (const [key, have] of held) {
    if (desired.has(key) || Math.abs(have.points) < 1e-9) continue;
    insert.run(year, have.memberId, have.ruleId, -have.points, have.date, have.sourceKind, have.sourceId, '来源记录或规则变更，自动冲销', at);
    appended++;
  }
  for (const [key, want] of desired) {
    const have = held.get(key)?.points ?? 0;
    const delta = Math.round((want.points - have) * 1e6) / 1e6;
    if (delta === 0) continue;
    insert.run(year, want.memberId, want.ruleId, delta, want.date, want.sourceKind, want.sourceId, have === 0 ? null : '来源记录或规则变更，自动更正', at);
    appended++;
  }
  if (appended > 0) refreshTotals(ledger, year, ids);
  return { appended };
}
