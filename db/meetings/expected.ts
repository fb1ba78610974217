// Who was expected at a meeting on its date (应到): members of that organisation on that day
// whose 党籍 was 正常 that day (not 停止党籍 or 保留党籍; not those who had left or not yet
// come), from the dated facts — whatever the roster says today. Each comes with the 人员类别
// they held that day: only 正式党员 vote.
import type { MeetingType } from '../../api/meetingTypes';
import { DEFAULT_MEETING_RULES } from '../../api/meetingTypes';
import type { ExpectedPerson } from '../../api/schemas/meetings';
import { notFound } from '../ledgerError';
import type { Ledger } from '../open';
import { holdsOn } from '../members/facts';
import { expectedAboveBranches } from './expectedAbove';

interface OrgRef {
  id: number;
  kind: string;
  parent_id: number | null;
}

/**
 * The members of one organisation (a branch, or a 党小组 by its own intervals) on @day with
 * 党籍 正常, in roster order. Seeks the organisation's intervals in member_facts_value_idx,
 * then each one's 党籍 and 人员类别 in member_facts_member_idx.
 */
const membersOnDaySql = (fact: 'branch' | 'group') => `
  SELECT m.id AS memberId, m.name, ca.value AS category
  FROM member_facts o
  JOIN members m ON m.id = o.member_id
  JOIN member_facts ps ON ps.member_id = m.id AND ps.fact = 'party_status' AND ${holdsOn('ps')}
  LEFT JOIN member_facts ca ON ca.member_id = m.id AND ca.fact = 'category' AND ${holdsOn('ca')}
  ${fact === 'branch' ? `LEFT JOIN member_facts gr ON gr.member_id = m.id AND gr.fact = 'group' AND ${holdsOn('gr')}` : ''}
  WHERE o.fact = '${fact}' AND o.value = @orgId AND ${holdsOn('o')} AND ps.value = '正常'
  ORDER BY ${fact === 'branch' ? 'gr.value IS NULL, CAST(gr.value AS INTEGER), ' : ''}m.id`;

export function expectedAttendees(ledger: Ledger, orgId: number, types: MeetingType[], date: string): ExpectedPerson[] {
  const org = ledger.prepare('SELECT id, kind, parent_id FROM orgs WHERE id = ?').get(orgId) as OrgRef | undefined;
  if (!org) throw notFound('组织');
  if (org.kind === '党委' || org.kind === '党总支') return expectedAboveBranches(ledger, org.id, types, date);
  const isGroup = org.kind === '党小组';
  const audiences = new Set(types.map((t) => DEFAULT_MEETING_RULES.find((r) => r.type === t)!.audience));
  const chosen = new Map<number, ExpectedPerson>();
  const take = (p: ExpectedPerson) => chosen.set(p.memberId, p);

  if (audiences.has('branch') || audiences.has('group')) {
    // The whole branch; a 党小组 (or a group-level type) narrows it to the group's members that day.
    for (const p of ledger.prepare(membersOnDaySql(isGroup ? 'group' : 'branch')).all({ orgId: String(org.id), day: date }) as ExpectedPerson[]) take(p);
  }
  if (audiences.has('committee')) {
    const branchId = isGroup ? org.parent_id : org.id;
    const committee = new Set(
      (
        ledger
          .prepare('SELECT member_id FROM org_committee WHERE org_id = ? AND member_id IS NOT NULL AND start_on <= ? AND (end_on IS NULL OR end_on >= ?)')
          .all(org.id, date, date) as { member_id: number }[]
      ).map((r) => r.member_id),
    );
    if (committee.size > 0 && branchId !== null) {
      for (const p of ledger.prepare(membersOnDaySql('branch')).all({ orgId: String(branchId), day: date }) as ExpectedPerson[])
        if (committee.has(p.memberId)) take(p);
    }
  }
  return [...chosen.values()];
}
