// Who was expected at a meeting on its date: members who had not yet joined or had
// already left are not, whatever the roster says today.
import type { MeetingType } from '../../api/meetingTypes';
import { DEFAULT_MEETING_RULES } from '../../api/meetingTypes';
import type { ExpectedPerson } from '../../api/schemas/meetings';
import { notFound } from '../ledgerError';
import type { Ledger } from '../open';
import { rosterAsOf } from '../members/asOf';
import { expectedAboveBranches } from './expectedAbove';

interface OrgRef {
  id: number;
  kind: string;
  parent_id: number | null;
}

export function expectedAttendees(ledger: Ledger, orgId: number, types: MeetingType[], date: string): ExpectedPerson[] {
  const org = ledger.sqlite.prepare('SELECT id, kind, parent_id FROM orgs WHERE id = ?').get(orgId) as OrgRef | undefined;
  if (!org) throw notFound('组织');
  if (org.kind === '党委' || org.kind === '党总支') return expectedAboveBranches(ledger, org.id, types, date);
  const isGroup = org.kind === '党小组';
  const branchId = isGroup ? org.parent_id : org.id;
  const onRoster = rosterAsOf(ledger, { asOf: date, branchId });
  const audiences = new Set(types.map((t) => DEFAULT_MEETING_RULES.find((r) => r.type === t)!.audience));
  const chosen = new Map<number, ExpectedPerson>();
  const take = (m: (typeof onRoster)[number]) => chosen.set(m.id, { memberId: m.id, name: m.name, category: m.category });

  if (audiences.has('branch') || audiences.has('group')) {
    // The whole branch; a 党小组 (or a group-level type) narrows it to the group's members.
    for (const m of onRoster) if (!isGroup || m.groupId === org.id) take(m);
  }
  if (audiences.has('committee')) {
    const committee = new Set(
      (
        ledger.sqlite
          .prepare('SELECT member_id FROM org_committee WHERE org_id = ? AND member_id IS NOT NULL AND start_on <= ? AND (end_on IS NULL OR end_on >= ?)')
          .all(org.id, date, date) as { member_id: number }[]
      ).map((r) => r.member_id),
    );
    for (const m of onRoster) if (committee.has(m.id)) take(m);
  }
  return [...chosen.values()];
}
