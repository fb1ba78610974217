// Who is expected when the 社区党委/党总支 meets as itself (党委会, 书记讲党课, a 党员大会 of a
// 党总支): the members of every branch under it, or its own committee. Its records count for
// no branch's 三会一课 (the compliance matrix has rows for branches and 党小组 only).
import { DEFAULT_MEETING_RULES, type MeetingType } from '../../api/meetingTypes';
import type { ExpectedPerson } from '../../api/schemas/meetings';
import type { Ledger } from '../open';
import { rosterAsOf } from '../members/asOf';

export function expectedAboveBranches(ledger: Ledger, orgId: number, types: MeetingType[], date: string): ExpectedPerson[] {
  const below = new Set(
    (
      ledger.sqlite
        .prepare(
          `WITH RECURSIVE sub(id) AS (SELECT id FROM orgs WHERE parent_id = ? UNION SELECT o.id FROM orgs o JOIN sub ON o.parent_id = sub.id)
           SELECT id FROM sub`,
        )
        .all(orgId) as { id: number }[]
    ).map((r) => r.id),
  );
  const onRoster = rosterAsOf(ledger, { asOf: date, branchId: null }).filter((m) => below.has(m.branchId));
  const audiences = new Set(types.map((t) => DEFAULT_MEETING_RULES.find((r) => r.type === t)!.audience));
  const chosen = new Map<number, ExpectedPerson>();
  const take = (m: (typeof onRoster)[number]) => chosen.set(m.id, { memberId: m.id, name: m.name, category: m.category });
  if (audiences.has('branch')) for (const m of onRoster) take(m);
  if (audiences.has('committee')) {
    const committee = new Set(
      (
        ledger.sqlite
          .prepare('SELECT member_id FROM org_committee WHERE org_id = ? AND member_id IS NOT NULL AND start_on <= ? AND (end_on IS NULL OR end_on >= ?)')
          .all(orgId, date, date) as { member_id: number }[]
      ).map((r) => r.member_id),
    );
    for (const m of onRoster) if (committee.has(m.id)) take(m);
  }
  return [...chosen.values()];
}
