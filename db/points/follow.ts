// Automatic points follow their source record: a write that changes a meeting, an activity
// or a 微心愿 notes who it touched before and after, and re-derives just those people.
import type { Ledger } from '../open';
import { recomputePoints } from './recompute';

export interface Touched {
  year: number;
  memberIds: number[];
}

const yearOf = (date: string) => Number(date.slice(0, 4));

export function meetingTouches(ledger: Ledger, meetingId: number): Touched[] {
  const m = ledger.sqlite.prepare('SELECT held_on AS heldOn FROM meetings WHERE id = ?').get(meetingId) as { heldOn: string } | undefined;
  if (!m) return [];
  const ids = ledger.sqlite.prepare('SELECT member_id AS id FROM attendance WHERE meeting_id = ?').raw().all(meetingId) as [number][];
  return [{ year: yearOf(m.heldOn), memberIds: ids.map(([id]) => id) }];
}

export function activityTouches(ledger: Ledger, activityId: number): Touched[] {
  const a = ledger.sqlite.prepare('SELECT held_on AS heldOn FROM activities WHERE id = ?').get(activityId) as { heldOn: string } | undefined;
  if (!a) return [];
  const ids = ledger.sqlite
    .prepare(
      `SELECT ref_id FROM activity_participants WHERE activity_id = ? AND kind = 'member'
       UNION SELECT o.member_id FROM activity_participants p JOIN onjob_members o ON o.id = p.ref_id
       WHERE p.activity_id = ? AND p.kind = 'onjob' AND o.member_id IS NOT NULL`,
    )
    .raw()
    .all(activityId, activityId) as [number][];
  return [{ year: yearOf(a.heldOn), memberIds: ids.map(([id]) => id) }];
}

export function demandTouches(ledger: Ledger, demandId: number): Touched[] {
  const row = ledger.sqlite
    .prepare(
      `SELECT done.done_on AS doneOn, o.member_id AS memberId FROM demand_steps done
       JOIN demand_steps took ON took.demand_id = done.demand_id AND took.step = '党员接单'
       JOIN onjob_members o ON o.id = took.onjob_id
       WHERE done.demand_id = ? AND done.step = '党群评单' AND o.member_id IS NOT NULL`,
    )
    .get(demandId) as { doneOn: string; memberId: number } | undefined;
  return row ? [{ year: yearOf(row.doneOn), memberIds: [row.memberId] }] : [];
}

/** Re-derives every (year, people) pair touched, merged; call inside the writing transaction. */
export function followSources(ledger: Ledger, touched: Touched[]): void {
  const byYear = new Map<number, Set<number>>();
  for (const t of touched) {
    const set = byYear.get(t.year) ?? new Set<number>();
    for (const id of t.memberIds) set.add(id);
    byYear.set(t.year, set);
  }
  for (const [year, ids] of byYear) recomputePoints(ledger, year, [...ids]);
}

/** An 在职党员 linked to (or unlinked from) a roster member moves their activities' and 微心愿' points. */
export function onjobTouches(ledger: Ledger, onjobId: number): Touched[] {
  const row = ledger.sqlite.prepare('SELECT member_id AS memberId FROM onjob_members WHERE id = ?').get(onjobId) as { memberId: number | null } | undefined;
  if (!row?.memberId) return [];
  const years = ledger.sqlite
    .prepare(
      `SELECT DISTINCT CAST(substr(a.held_on, 1, 4) AS INTEGER) FROM activity_participants p JOIN activities a ON a.id = p.activity_id
       WHERE p.kind = 'onjob' AND p.ref_id = ?
       UNION SELECT CAST(substr(done.done_on, 1, 4) AS INTEGER) FROM demand_steps took
       JOIN demand_steps done ON done.demand_id = took.demand_id AND done.step = '党群评单'
       WHERE took.step = '党员接单' AND took.onjob_id = ?`,
    )
    .raw()
    .all(onjobId, onjobId) as [number][];
  return years.map(([year]) => ({ year, memberIds: [row.memberId!] }));
}
