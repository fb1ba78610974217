// Correcting a wrongly entered date in a member's history: an explicit, logged edit. One
// boundary moves (the neighbouring interval that shares it moves with it); no interval may
// become empty or overlap another; a 更正 event records the old and new dates and why.
// Nothing is deleted.
import { MEMBER_FACT_LABELS, type MemberFact } from '../../api/enums';
import { todayIso } from '../../api/rules/dates';
import { nowStamp } from '../clock';
import { notFound, refuse } from '../ledgerError';
import type { Ledger } from '../open';

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
export function correctFactDate(ledger: Ledger, memberId: number, factId: number, newOn: string, reason: string, today = todayIso(), edge: Edge = 'from'): number {
  return ledger.tx(() => {
    const interval = intervalById(ledger, factId);
    if (!interval || interval.memberId !== memberId) throw notFound('变动记录');
    return move(ledger, interval, edge, newOn, reason, today, 'newOn');
  });
}

/**
 * The same move for the form's edits of 入党日期 / 转正日期: the interval of `fact` that
 * starts on `oldOn`, if there is one, starts on `newOn` instead. The caller holds the transaction.
 */
export function moveBoundary(ledger: Ledger, memberId: number, fact: MemberFact, oldOn: string, newOn: string, reason: string, today: string, field: string): void {
  const interval = ledger.prepare(`SELECT ${COLUMNS} FROM member_facts WHERE member_id = ? AND fact = ? AND valid_from = ?`).get(memberId, fact, oldOn) as Interval | undefined;
  if (interval) move(ledger, interval, 'from', newOn, reason, today, field);
}

function move(ledger: Ledger, f: Interval, edge: Edge, newOn: string, reason: string, today: string, field: string): number {
  const label = MEMBER_FACT_LABELS[f.fact];
  const span = `${label}“${f.validFrom}起${f.validTo ? `至${f.validTo}` : ''}”这一段`;
  if (newOn > today) throw refuse('更正后的日期不能晚于今天', field);
  const oldOn = edge === 'from' ? f.validFrom : f.validTo;
  if (oldOn === null) throw refuse(`${span}尚未结束，没有结束日期可更正`, field);
  if (newOn === oldOn) throw refuse('更正后的日期与原日期相同', field);
  const siblings = ledger.prepare(`SELECT ${COLUMNS} FROM member_facts WHERE member_id = ? AND fact = ? AND id <> ? ORDER BY valid_from`).all(f.memberId, f.fact, f.id) as Interval[];

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
      if (after.validTo !== null && newOn >= after.validTo) throw refuse(`更正后后一段（${label}${after.validFrom}起）将不足一天：日期应早于${after.validTo}`, field);
      ledger.prepare('UPDATE member_facts SET valid_from = ? WHERE id = ?').run(newOn, after.id);
    } else if (after && newOn > after.validFrom) {
      throw refuse(`更正后将与后一段（${label}${after.validFrom}起）重叠：日期不能晚于${after.validFrom}`, field);
    }
    ledger.prepare('UPDATE member_facts SET valid_to = ? WHERE id = ?').run(newOn, f.id);
  }
  keepDatesOnMemberRow(ledger, f, edge, oldOn, newOn);
  return Number(
    ledger
      .prepare("INSERT INTO member_events (member_id, kind, occurred_on, place, reason, fact_id, old_on, new_on, created_at) VALUES (?, '更正', ?, ?, ?, ?, ?, ?, ?)")
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
