// Correcting a wrongly entered date in a member's history: an explicit, logged edit. One
// boundary moves (the neighbouring interval that shares it moves with it); no interval may
// become empty or overlap another; a 更正 event records the old and new dates and why.
// Nothing is deleted.
import { MEMBER_FACT_LABELS, type MemberFact } from '../../api/enums';
import { todayIso } from '../../api/rules/dates';
import { nowStamp } from '../clock';
import { notFound, refuse } from '../ledgerError';
import type { Ledger } from '../open';
import { refuseInClosedYear } from '../closedDay';

interface Interval {
  id: number;
  memberId: number;
  fact: MemberFact;
  value: string;
  validFrom: string;
  validTo: string | null;
}

const COLUMNS = 'id, member_id AS memberId, fact, value, valid_from AS validFrom, valid_to AS validTo';

function intervalById(ledger: Ledger, id: number): Interval | undefined {
  return ledger.prepare(`SELECT ${COLUMNS} FROM member_facts WHERE id = ?`).get(id) as Interval | undefined;
}

/** Which end of the interval moves: its start (default) or its end (a 转出 or death date). */
export type Edge = 'from' | 'to';

/**
 * Moves the start (or end) of interval `factId` to `newOn`. The interval that ends where it
 * starts (or starts where it ends) moves with it; a gap on that side must stay a gap.
 * Refused with a Chinese message when an interval would hold no day, two would overlap, or
 * the date is after today. Returns the 更正 event's id.
 */
export function correctFactDate(
  ledger: Ledger,
  memberId: number,
  factId: number,
  newOn: string,
  reason: string,
  today = todayIso(),
  edge: Edge = 'from',
): number {
  return ledger.tx(() => {
    const interval = intervalById(ledger, factId);
    if (!interval || interval.memberId !== memberId) throw notFound('变动记录');
    const member = ledger.prepare('SELECT joined_on AS joinedOn, birth_date AS birthDate FROM members WHERE id = ?').get(memberId) as {
      joinedOn: string;
      birthDate: string | null;
    };
    // The start of the first 支部, 人员类别 or 党籍 interval is the 入党日期 itself (DOMAIN.md: the
    // day the 支部大会 admitted them, when they came onto the roster as 预备党员): correcting it
    // corrects 入党日期, and every fact that began that day, as editing 入党日期 in the form does.
    if (edge === 'from' && interval.validFrom === member.joinedOn && JOINING_FACTS.has(interval.fact)) {
      if (member.birthDate && newOn <= member.birthDate) throw refuse('入党日期应晚于出生日期', 'newOn');
      const ids = moveJoinedOn(ledger, memberId, member.joinedOn, newOn, reason, today, 'newOn');
      return ids.get(interval.id)!;
    }
    // A later stretch on the roster opens with a 转入: the 党小组 and 社区分类 it opened with move
    // with the 支部, so no fact is held while off the roster.
    const companions = edge === 'from' && interval.fact === 'branch' && opensStretch(ledger, interval) ? ARRIVAL_FACTS : [];
    const id = move(ledger, interval, edge, newOn, reason, today, 'newOn');
    for (const fact of companions) moveBoundary(ledger, memberId, fact, interval.validFrom, newOn, reason, today, 'newOn');
    return id;
  });
}

/** Facts whose first interval begins on 入党日期 for everyone (not only those who joined here). */
const JOINING_FACTS = new Set<MemberFact>(['branch', 'category', 'party_status']);
/** Facts opened with the 支部 when a member comes onto the roster. */
const ARRIVAL_FACTS: MemberFact[] = ['group', 'community_class'];
const ALL_FACTS: MemberFact[] = ['category', 'party_status', 'branch', 'group', 'community_class'];

/** No 支部 interval ends the day this one starts: it opens a stretch on the roster (入党 or 转入). */
function opensStretch(ledger: Ledger, f: Interval): boolean {
  return !ledger.prepare("SELECT 1 FROM member_facts WHERE member_id = ? AND fact = 'branch' AND valid_to = ?").get(f.memberId, f.validFrom);
}

/**
 * 入党日期 moves from `oldOn` to `newOn`: every interval that began on it moves (each move
 * logged as a 更正) and the member row follows. The caller holds the transaction. Returns the
 * 更正 event of each interval moved, by interval id.
 */
export function moveJoinedOn(
  ledger: Ledger,
  memberId: number,
  oldOn: string,
  newOn: string,
  reason: string,
  today: string,
  field: string,
): Map<number, number> {
  const events = new Map<number, number>();
  for (const fact of ALL_FACTS) {
    const interval = startingOn(ledger, memberId, fact, oldOn);
    if (interval) events.set(interval.id, move(ledger, interval, 'from', newOn, reason, today, field));
  }
  ledger.prepare('UPDATE members SET joined_on = ? WHERE id = ? AND joined_on = ?').run(newOn, memberId, oldOn);
  return events;
}

const startingOn = (ledger: Ledger, memberId: number, fact: MemberFact, on: string) =>
  ledger.prepare(`SELECT ${COLUMNS} FROM member_facts WHERE member_id = ? AND fact = ? AND valid_from = ?`).get(memberId, fact, on) as Interval | undefined;

/**
 * The same move for the form's edits of 入党日期 / 转正日期: the interval of `fact` that
 * starts on `oldOn`, if there is one, starts on `newOn` instead. The caller holds the transaction.
 */
export function moveBoundary(
  ledger: Ledger,
  memberId: number,
  fact: MemberFact,
  oldOn: string,
  newOn: string,
  reason: string,
  today: string,
  field: string,
): void {
  const interval = startingOn(ledger, memberId, fact, oldOn);
  if (interval) move(ledger, interval, 'from', newOn, reason, today, field);
}

function move(ledger: Ledger, f: Interval, edge: Edge, newOn: string, reason: string, today: string, field: string): number {
  const label = MEMBER_FACT_LABELS[f.fact];
  const span = `${label}“${f.validFrom}起${f.validTo ? `至${f.validTo}` : ''}”这一段`;
  if (newOn > today) throw refuse('更正后的日期不能晚于今天', field);
  const oldOn = edge === 'from' ? f.validFrom : f.validTo;
  if (oldOn === null) throw refuse(`${span}尚未结束，没有结束日期可更正`, field);
  if (newOn === oldOn) throw refuse('更正后的日期与原日期相同', field);
  refuseInClosedYear(ledger, oldOn, `${span}的更正（原日期）`, field);
  refuseInClosedYear(ledger, newOn, `${span}的更正`, field);
  const siblings = ledger
    .prepare(`SELECT ${COLUMNS} FROM member_facts WHERE member_id = ? AND fact = ? AND id <> ? ORDER BY valid_from`)
    .all(f.memberId, f.fact, f.id) as Interval[];

  if (edge === 'from') {
    if (f.validTo !== null && newOn >= f.validTo) throw refuse(`更正后${span}将不足一天：起始日期应早于${f.validTo}`, field);
    const before = siblings.filter((s) => s.validFrom < f.validFrom).at(-1);
    if (before && before.validTo === f.validFrom) {
      // Adjacent: the earlier interval ends where this one now starts.
      if (newOn <= before.validFrom) throw refuse(`更正后前一段（${label}${before.validFrom}起）将不足一天：日期应晚于${before.validFrom}`, field);
      ledger.prepare('UPDATE member_facts SET valid_to = ? WHERE id = ?').run(newOn, before.id);
    } else if (before && before.validTo !== null && newOn < before.validTo) {
      throw refuse(`更正后将与前一段（${label}至${before.validTo}止）重叠：日期不能早于${before.validTo}`, field);
    }
    ledger.prepare('UPDATE member_facts SET valid_from = ? WHERE id = ?').run(newOn, f.id);
  } else {
    if (newOn <= f.validFrom) throw refuse(`更正后${span}将不足一天：结束日期应晚于${f.validFrom}`, field);
    const after = siblings.find((s) => s.validFrom >= (f.validTo as string));
    if (after && after.validFrom === f.validTo) {
      if (after.validTo !== null && newOn >= after.validTo)
        throw refuse(`更正后后一段（${label}${after.validFrom}起）将不足一天：日期应早于${after.validTo}`, field);
      ledger.prepare('UPDATE member_facts SET valid_from = ? WHERE id = ?').run(newOn, after.id);
    } else if (after && newOn > after.validFrom) {
      throw refuse(`更正后将与后一段（${label}${after.validFrom}起）重叠：日期不能晚于${after.validFrom}`, field);
    }
    ledger.prepare('UPDATE member_facts SET valid_to = ? WHERE id = ?').run(newOn, f.id);
  }
  keepDatesOnMemberRow(ledger, f, edge, oldOn, newOn);
  return Number(
    ledger
      .prepare(
        "INSERT INTO member_events (member_id, kind, occurred_on, place, reason, fact_id, old_on, new_on, created_at) VALUES (?, '更正', ?, ?, ?, ?, ?, ?, ?)",
      )
      .run(f.memberId, today, label, reason, f.id, oldOn, newOn, nowStamp()).lastInsertRowid,
  );
}

/** The member row's own dates that name the same boundary follow it: 转正日期, 党籍 date, 离开日期. */
function keepDatesOnMemberRow(ledger: Ledger, f: Interval, edge: Edge, oldOn: string, newOn: string): void {
  const set = (column: string) => ledger.prepare(`UPDATE members SET ${column} = ? WHERE id = ? AND ${column} = ?`).run(newOn, f.memberId, oldOn);
  if (f.fact === 'category' && ((edge === 'from' && f.value === '正式党员') || (edge === 'to' && f.value === '预备党员'))) set('full_member_on');
  if (f.fact === 'party_status') set('party_status_on');
  if (f.fact === 'branch' && edge === 'to') set('left_on');
}
