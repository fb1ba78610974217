// A member's timeline: the intervals of each dated fact and the events of their party life.
import { MEMBER_FACT_LABELS, type MemberFact } from '../../api/enums';
import type { MemberEvent, MemberFactSpan, MemberHistory } from '../../api/schemas/members';
import { notFound } from '../ledgerError';
import type { Ledger } from '../open';

/** The member's events, newest first (the detail view), or oldest first (the timeline). */
export function eventsOf(ledger: Ledger, memberId: number, order: 'newest' | 'oldest' = 'newest'): MemberEvent[] {
  const direction = order === 'newest' ? 'DESC' : 'ASC';
  return ledger
    .prepare(
      `SELECT id, kind, occurred_on AS occurredOn, place, letter_no AS letterNo, reason, decided_on AS decidedOn, approved_on AS approvedOn,
              fact_id AS factId, old_on AS oldOn, new_on AS newOn, created_at AS createdAt
       FROM member_events WHERE member_id = ? ORDER BY occurred_on ${direction}, id ${direction}`,
    )
    .all(memberId) as MemberEvent[];
}

export function memberHistory(ledger: Ledger, memberId: number): MemberHistory {
  const member = ledger.prepare('SELECT id, name FROM members WHERE id = ?').get(memberId) as { id: number; name: string } | undefined;
  if (!member) throw notFound('党员');
  const rows = ledger
    .prepare(
      `SELECT f.id, f.fact, f.value, f.valid_from AS validFrom, f.valid_to AS validTo, o.name AS orgName
       FROM member_facts f LEFT JOIN orgs o ON f.fact IN ('branch', 'group') AND o.id = f.value
       WHERE f.member_id = ? ORDER BY f.valid_from, f.id`,
    )
    .all(memberId) as { id: number; fact: MemberFact; value: string; validFrom: string; validTo: string | null; orgName: string | null }[];
  const facts: MemberFactSpan[] = rows.map(({ orgName, ...r }) => ({ ...r, label: MEMBER_FACT_LABELS[r.fact], valueText: orgName ?? r.value }));
  return { memberId, name: member.name, facts, events: eventsOf(ledger, memberId, 'oldest') };
}
