// Derives a year's automatic points from their sources (attendance, 双报到 activities,
// completed 微心愿) and appends the difference to the ledger. Running it twice appends
// nothing the second time; a changed source yields a correcting entry, never an edit.
import { onTimeMonths } from '../dues/onTime';
import { awardsBetween, underCap } from '../../api/points';
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
  /** Running per member while the year's sources are read in date order: what the cap has used, hours so far. */
  used: Map<number, number>;
  hours: Map<number, number>;
}

type SourceKind = 'base' | 'meeting' | 'activity' | 'demand' | 'dues';

interface Entry {
  points: number;
  date: string;
  memberId: number;
  ruleId: number;
  sourceKind: string;
  sourceId: number | null;
}

/** A change of points as written: to the millionth, so float noise never makes an entry. */
const toMillionth = (points: number) => Math.round(points * 1e6) / 1e6;

const keyOf = (memberId: number, ruleId: number, sourceKind: string, sourceId: number | null) => `${memberId}|${ruleId}|${sourceKind}|${sourceId ?? ''}`;

/** Rows per INSERT statement: 7 parameters each, well under SQLite's 32,766. */
const APPEND_ROWS = 100;

/** [member, rule, points, date, kind, source, reason, rank]: rank orders a member's entries. */
type NewEntry = [number, number, number, string, string, number | null, string | null, number];

/**
 * Appends entries member by member, a hundred rows per statement. Within a member:
 * cancellations first, then rule by rule, each rule's in date order (the sort is stable), so a
 * statement lists same-day entries as it always has. A full year is 190,000 rows: one
 * statement per row spent half as long again binding and stepping, and 5,000 rows per
 * statement through json_each a sixth more parsing each row's JSON seven times.
 */
function appendEntries(ledger: Ledger, year: number, rows: NewEntry[]): void {
  if (rows.length === 0) return;
  rows.sort((a, b) => a[0] - b[0] || a[7] - b[7]);
  const at = nowStamp();
  const insert = (count: number) =>
    ledger.prepare(
      `INSERT INTO point_entries (year, member_id, rule_id, points, occurred_on, source_kind, source_id, auto, reason, operator, created_at)
       VALUES ${Array(count).fill(`(@year, ?, ?, ?, ?, ?, ?, 1, ?, '系统自动计算', @at)`).join(', ')}`,
    );
  // Two statements only (the ledger keeps what it prepares): a hundred rows, and one row for the rest.
  const hundred = insert(APPEND_ROWS);
  const one = insert(1);
  let i = 0;
  for (const params: (string | number | null)[] = []; i + APPEND_ROWS <= rows.length; i += APPEND_ROWS) {
    params.length = 0;
    for (let j = i; j < i + APPEND_ROWS; j++) params.push(rows[j][0], rows[j][1], rows[j][2], rows[j][3], rows[j][4], rows[j][5], rows[j][6]);
    hundred.run({ year, at }, params);
  }
  for (; i < rows.length; i++) one.run({ year, at }, rows[i].slice(0, 7));
}

/** `AND <column> IN (…)` when only some members are recomputed; the ids travel as one JSON parameter. */
const only = (column: string, ids: number[] | undefined) => (ids ? ` AND ${column} IN (SELECT value FROM json_each(@ids))` : '');

/** Stretches on the roster within the year, [from, to) as in member_facts; null: the whole year. */
type RosterSpans = [string, string | null][] | null;

/**
 * Who is in the year's scope, from the dated facts: the members on the roster (a branch
 * interval) on some day of it, less those excluded (不参加积分) that year. A member earns from
 * a source only on a day they were on the roster: one who came or left mid-year earns nothing
 * from before their arrival or after they left. Most were on the roster all year and come
 * back as a bare id (no date strings for the street's 20,000), read in the (fact, value)
 * index's order: no sort. Some members (a saved meeting's) are sought one by one in
 * (member, fact) order: filtering the street's branch intervals by id cost 30 ms a save.
 */
function rosterSpans(
  ledger: Ledger,
  params: { from: string; to: string; year: number; ids: string | null },
  ids: number[] | undefined,
): Map<number, RosterSpans> {
  const rows = ledger.sqlite
    .prepare(
      `SELECT member_id, CASE WHEN valid_from <= @from AND (valid_to IS NULL OR valid_to > @to) THEN NULL ELSE valid_from END,
              CASE WHEN valid_from <= @from AND (valid_to IS NULL OR valid_to > @to) THEN NULL ELSE valid_to END
       FROM ${ids ? 'json_each(@ids) j CROSS JOIN member_facts f ON f.member_id = j.value AND' : 'member_facts f WHERE'}
       fact = 'branch' AND valid_from <= @to AND (valid_to IS NULL OR valid_to > @from)
       AND member_id NOT IN (SELECT member_id FROM point_exclusions WHERE year = @year)`,
    )
    .raw()
    .all(ids ? params : { from: params.from, to: params.to, year: params.year }) as [number, string | null, string | null][];
  const roster = new Map<number, RosterSpans>();
  for (const [memberId, from, to] of rows) {
    if (from === null) {
      roster.set(memberId, null);
      continue;
    }
    const spans = roster.get(memberId);
    if (spans === null) continue;
    const span: [string, string | null] = [from < params.from ? params.from : from, to];
    if (spans) spans.push(span);
    else roster.set(memberId, [span]);
  }
  // Earliest first: the base points are dated by the first.
  for (const spans of roster.values()) if (spans && spans.length > 1) spans.sort((a, b) => (a[0] < b[0] ? -1 : 1));
  return roster;
}

const onRoster = (roster: Map<number, RosterSpans>, memberId: number, day: string) => {
  const spans = roster.get(memberId);
  if (spans === undefined) return false;
  return spans === null || spans.some(([from, to]) => from <= day && (to === null || to > day));
};

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

  const rules = (
    db
      .prepare(
        `SELECT id, points, per_hours AS perHours, cap, source, meeting_types AS meetingTypes FROM point_rules
         WHERE year = ? AND active = 1 AND source <> 'manual' ORDER BY code`,
      )
      .all(year) as Omit<Rule, 'used' | 'hours'>[]
  ).map((r): Rule => ({ ...r, used: new Map(), hours: new Map() }));
  const roster = rosterSpans(ledger, params, ids);
  // What the ledger holds now, summed per key (earlier corrections included). Rows as arrays:
  // a full year is 190,000 of them, and objects for each cost a tenth of the recompute.
  const held = new Map<string, Entry>();
  const existing = db
    .prepare(
      `SELECT member_id, rule_id, source_kind, source_id, sum(points), min(occurred_on)
       FROM point_entries WHERE year = @year AND auto = 1${only('member_id', ids)} GROUP BY member_id, rule_id, source_kind, source_id`,
    )
    .raw()
    .all(ids ? { year, ids: params.ids } : { year }) as [number, number, string, number | null, number, string][];
  for (const [memberId, ruleId, sourceKind, sourceId, points, date] of existing)
    held.set(keyOf(memberId, ruleId, sourceKind, sourceId), { points, date, memberId, ruleId, sourceKind, sourceId });

  const toAppend: NewEntry[] = [];
  const rank = new Map(rules.map((r, i) => [r.id, i]));
  // What each (member, rule, source) should hold now. Sources come in date order, so a cap
  // and an hour count are kept running per rule and member as they arrive. A year that holds
  // nothing yet (a first derivation: 200,000 entries) appends each as it is earned; otherwise
  // each is matched against what is held. Every source yields a (member, rule, source) once.
  const fresh = held.size === 0;
  const desired = new Map<string, Entry>();
  const earn = (rule: Rule, memberId: number, date: string, sourceKind: SourceKind, sourceId: number | null, hours = 0) => {
    if (!onRoster(roster, memberId, date)) return;
    let points = rule.points;
    if (rule.source === 'activityHours') {
      const before = rule.hours.get(memberId) ?? 0;
      rule.hours.set(memberId, before + hours);
      points = awardsBetween(before, before + hours, rule.perHours ?? 1) * rule.points;
    }
    if (rule.cap !== null) {
      const used = rule.used.get(memberId) ?? 0;
      points = underCap(points, used, rule.cap);
      rule.used.set(memberId, used + Math.abs(points));
    }
    if (Math.abs(points) < 1e-9) return;
    if (fresh) {
      const delta = toMillionth(points);
      if (delta !== 0) toAppend.push([memberId, rule.id, delta, date, sourceKind, sourceId, null, rank.get(rule.id)!]);
      return;
    }
    desired.set(keyOf(memberId, rule.id, sourceKind, sourceId), { points, date, memberId, ruleId: rule.id, sourceKind, sourceId });
  };

  const need = (source: string) => rules.filter((r) => r.source === source);
  // 基础分 once a year, dated the first day on the roster in it.
  for (const rule of need('base')) for (const [memberId, spans] of roster) earn(rule, memberId, spans === null ? params.from : spans[0][0], 'base', null);

  const meetingRules = need('meeting').map((r) => ({ rule: r, types: new Set(JSON.parse(r.meetingTypes ?? '[]') as string[]) }));
  const absence = need('absence');
  if (meetingRules.length || absence.length) {
    // The attendance read as bare numbers (present or not), each date taken from its meeting:
    // 200,000 rows a street year, whose status and date strings doubled the read's time.
    const rows = db
      .prepare(
        `SELECT a.member_id, a.meeting_id, a.status = '出席' FROM attendance a JOIN meetings m ON m.id = a.meeting_id
         WHERE m.held_on BETWEEN @from AND @to AND m.voided_at IS NULL AND a.status NOT IN ('请假', '不计应到')${only('a.member_id', ids)} ORDER BY m.held_on, m.id`,
      )
      .raw()
      .all(bind) as [number, number, 0 | 1][];
    // The meetings those rows name: the year's (11,000 at a street) for everyone, or only the
    // ones a saved meeting's attendees went to, read by id (the whole year's types cost 14 ms a save).
    const meetingIds = ids ? JSON.stringify([...new Set(rows.map((r) => r[1]))]) : null;
    const inMeetings = meetingIds ? ' AND m.id IN (SELECT value FROM json_each(@meetingIds))' : '';
    const meetingBind = meetingIds ? { from: params.from, to: params.to, meetingIds } : { from: params.from, to: params.to };
    // Which meeting rules each meeting earns, worked out once per meeting.
    const earns = new Map<number, Rule[]>();
    const meetingTypes = db.prepare(
      `SELECT t.meeting_id AS id, t.type FROM meeting_types t JOIN meetings m ON m.id = t.meeting_id WHERE m.held_on BETWEEN @from AND @to${inMeetings}`,
    );
    for (const t of meetingTypes.all(meetingBind) as { id: number; type: string }[]) {
      let list = earns.get(t.id);
      if (!list) earns.set(t.id, (list = []));
      for (const { rule, types } of meetingRules) if (types.has(t.type) && !list.includes(rule)) list.push(rule);
    }
    const heldOn = new Map(
      db.prepare(`SELECT m.id, m.held_on FROM meetings m WHERE m.held_on BETWEEN @from AND @to${inMeetings}`).raw().all(meetingBind) as [number, string][],
    );
    for (const [memberId, meetingId, present] of rows) {
      for (const rule of present ? (earns.get(meetingId) ?? []) : absence) earn(rule, memberId, heldOn.get(meetingId)!, 'meeting', meetingId);
    }
  }

  const activityRules = [...need('activity'), ...need('activityHours')];
  if (activityRules.length) {
    // A roster member may take part as themselves or as a linked 在职党员: count the activity once.
    // Some members only: each branch of the union filters its own rows (filtering the union's
    // result read every participant of the year first: 19 ms a saved meeting).
    const rows = db
      .prepare(
        `SELECT memberId, activityId, heldOn, max(hours) AS hours FROM (
           SELECT p.ref_id AS memberId, a.id AS activityId, a.held_on AS heldOn, p.hours FROM activity_participants p JOIN activities a ON a.id = p.activity_id
           WHERE p.kind = 'member' AND a.held_on BETWEEN @from AND @to${only('p.ref_id', ids)}
           UNION ALL
           SELECT o.member_id, a.id, a.held_on, p.hours FROM activity_participants p JOIN activities a ON a.id = p.activity_id
             JOIN onjob_members o ON o.id = p.ref_id
           WHERE p.kind = 'onjob' AND o.member_id IS NOT NULL AND a.held_on BETWEEN @from AND @to
             ${ids ? 'AND p.ref_id IN (SELECT id FROM onjob_members WHERE member_id IN (SELECT value FROM json_each(@ids)))' : ''})
         GROUP BY memberId, activityId ORDER BY heldOn, activityId`,
      )
      .all(bind) as { memberId: number; activityId: number; heldOn: string; hours: number }[];
    for (const rule of activityRules) {
      for (const r of rows) earn(rule, r.memberId, r.heldOn, 'activity', r.activityId, r.hours);
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
    for (const rule of demandRules) for (const r of rows) earn(rule, r.memberId, r.doneOn, 'demand', r.demandId);
  }

  // 按时交纳党费: each month paid in full by its end (db/dues/onTime.ts).
  const duesRules = need('dues');
  if (duesRules.length) {
    const months = onTimeMonths(ledger, year, ids);
    for (const rule of duesRules) for (const m of months) earn(rule, m.memberId, m.paidOn, 'dues', m.month);
  }

  // Cancellations first (rank −1), so a statement reads "−1 出席 withdrawn, −2 缺席" in that order.
  for (const [key, have] of held) {
    if (desired.has(key) || Math.abs(have.points) < 1e-9) continue;
    toAppend.push([have.memberId, have.ruleId, -have.points, have.date, have.sourceKind, have.sourceId, '来源记录或规则变更，自动冲销', -1]);
  }
  for (const [key, want] of desired) {
    const have = held.get(key)?.points ?? 0;
    const delta = toMillionth(want.points - have);
    if (delta === 0) continue;
    toAppend.push([
      want.memberId,
      want.ruleId,
      delta,
      want.date,
      want.sourceKind,
      want.sourceId,
      have === 0 ? null : '来源记录或规则变更，自动更正',
      rank.get(want.ruleId)!,
    ]);
  }
  appendEntries(ledger, year, toAppend);
  const appended = toAppend.length;
  if (appended > 0) refreshTotals(ledger, year, ids);
  return { appended };
}
