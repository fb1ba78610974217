// 流入党员 listed at a meeting (meeting_guests): beside the attendance, never in 应到, 实到 or
// 出勤率 — those are read from attendance alone.
import type { MeetingGuest } from '../../api/schemas/care';
import { refuse } from '../ledgerError';
import type { Ledger } from '../open';

/** Each guest must have been taking part here on the meeting's day. Runs before any write, so a refusal writes nothing. */
export function checkGuests(ledger: Ledger, flowInIds: readonly number[], heldOn: string): void {
  const find = ledger.prepare('SELECT name, arrived_on AS arrivedOn, left_on AS leftOn FROM flow_ins WHERE id = ?');
  for (const id of new Set(flowInIds)) {
    const p = find.get(id) as { name: string; arrivedOn: string; leftOn: string | null } | undefined;
    if (!p) throw refuse('列席的流入党员中有人已不在登记中，请刷新后重试', 'guests');
    if (p.arrivedOn > heldOn || (p.leftOn !== null && p.leftOn <= heldOn))
      throw refuse(`${p.name}在会议当天不是本社区的流入党员（${p.arrivedOn}流入${p.leftOn ? `，${p.leftOn}离开` : ''}）`, 'guests');
  }
}

/** Replaces a meeting's guests (checked by checkGuests first). */
export function writeGuests(ledger: Ledger, meetingId: number, flowInIds: readonly number[]): void {
  ledger.prepare('DELETE FROM meeting_guests WHERE meeting_id = ?').run(meetingId);
  const insert = ledger.prepare('INSERT INTO meeting_guests (meeting_id, flow_in_id) VALUES (?, ?)');
  for (const id of new Set(flowInIds)) insert.run(meetingId, id);
}

export function guestsOf(ledger: Ledger, meetingId: number): MeetingGuest[] {
  return ledger
    .prepare(
      `SELECT f.id AS flowInId, f.name, f.home_org AS homeOrg FROM meeting_guests g JOIN flow_ins f ON f.id = g.flow_in_id
       WHERE g.meeting_id = ? ORDER BY f.name, f.id`,
    )
    .all(meetingId) as MeetingGuest[];
}
