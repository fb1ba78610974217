// The roster as it stood on a day: members who had arrived (入党 here, or 转入) by then
// and had not yet left. Past forms are printed from this, so leaving never rewrites them.
import { fullYearsBetween } from '../../api/rules/dates';
import type { MemberRow } from '../../api/schemas/members';
import type { Ledger } from '../open';

export interface RosterAsOfQuery {
  asOf: string;
  branchId: number | null;
}

export function rosterAsOf(ledger: Ledger, { asOf, branchId }: RosterAsOfQuery): MemberRow[] {
  const rows = ledger
    .prepare(
      `SELECT m.*, b.name AS branch_name, g.name AS group_name FROM members m
       JOIN orgs b ON b.id = m.branch_id LEFT JOIN orgs g ON g.id = m.group_id
       WHERE coalesce((SELECT min(e.occurred_on) FROM member_events e WHERE e.member_id = m.id AND e.kind = '转入'), m.joined_on) <= @asOf
         AND (m.left_on IS NULL OR m.left_on > @asOf)
         AND (@branchId IS NULL OR m.branch_id = @branchId)
       ORDER BY b.parent_id, b.id, m.group_id IS NULL, m.group_id, m.id`,
    )
    .all({ asOf, branchId }) as Record<string, unknown>[];
  return rows.map((r) => toMemberRow(r, asOf));
}

// snake_case column → camelCase field, computed once per column name (the 花名册 of a
// street is 20,000 rows of 40 columns).
const camelNames = new Map<string, string>();
const camel = (key: string) => {
  let name = camelNames.get(key);
  if (name === undefined) camelNames.set(key, (name = key.replace(/_([a-z])/g, (_, ch: string) => ch.toUpperCase())));
  return name;
};

function toMemberRow(raw: Record<string, unknown>, asOf: string): MemberRow {
  // Built column by column from whatever members has, so only the fields read below are typed.
  const r: Record<string, unknown> & { leftOn?: string | null; birthDate?: string; fullMemberOn?: string | null } = {};
  for (const key in raw) r[camel(key)] = raw[key];
  for (const flag of ['isCenterHousehold', 'isInDifficulty', 'isVeteran', 'isFrail']) r[flag] = r[flag] === 1;
  delete r.createdAt;
  delete r.updatedAt;
  // Who left after the day still shows as on the roster that day.
  if (r.leftOn && r.leftOn > asOf) {
    r.leftOn = null;
    r.leftReason = null;
  }
  return { ...r, age: fullYearsBetween(r.birthDate, asOf), partyYears: fullYearsBetween(r.fullMemberOn, asOf) } as MemberRow;
}
