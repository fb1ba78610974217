// The roster as it stood on a day, from the dated facts (never from today's cache on the
// member row): members with a branch interval covering the day, each with the 党小组,
// 人员类别, 党籍状态 and 社区分类 they held that day. Past forms are printed from this, so a
// later move, status change or departure never rewrites them.
import { fullYearsBetween } from '../../api/rules/dates';
import type { MemberRow } from '../../api/schemas/members';
import type { Ledger } from '../open';
import { holdsOn } from './facts';

export interface RosterAsOfQuery {
  asOf: string;
  /** One branch's roster: whoever was in that branch ON that day. */
  branchId: number | null;
}

/** Member `m`'s interval of `fact` covering @day, joined as `alias`. */
const factOnDay = (alias: string, fact: string) =>
  `LEFT JOIN member_facts ${alias} ON ${alias}.member_id = m.id AND ${alias}.fact = '${fact}' AND ${holdsOn(alias)}`;

// The member row's own columns, named as MemberRow names them; the dated ones come from the
// day's intervals. Named in SQL rather than mapped in JS: turning 20,000 rows of `m.*` into
// renamed objects (and deleting what the row should not carry) cost most of the street roster.
const COLUMNS = `m.id, m.name, m.gender, m.ethnicity, m.birth_date AS birthDate, m.id_number AS idNumber, m.education, m.joined_on AS joinedOn,
  CASE WHEN ca.value = '预备党员' THEN NULL ELSE m.full_member_on END AS fullMemberOn,
  ca.value AS category,
  CASE WHEN ca.value = '预备党员' AND m.probation_extended_to IS NOT NULL
            AND EXISTS (SELECT 1 FROM member_events e WHERE e.member_id = m.id AND e.kind = '延长预备期' AND e.occurred_on <= @day)
       THEN m.probation_extended_to END AS probationExtendedTo,
  ps.value AS partyStatus,
  CASE WHEN ps.value = '正常' AND ps.valid_from = m.joined_on THEN NULL ELSE ps.valid_from END AS partyStatusOn,
  cc.value AS communityClass, CAST(br.value AS INTEGER) AS branchId, CAST(gr.value AS INTEGER) AS groupId,
  m.party_post AS partyPost, m.work_unit AS workUnit, m.residence_community AS residenceCommunity, m.building, m.room, m.phone,
  m.flow_destination AS flowDestination, m.lost_contact_on AS lostContactOn, m.is_center_household AS isCenterHousehold,
  m.is_in_difficulty AS isInDifficulty, m.is_veteran AS isVeteran, m.is_frail AS isFrail, m.dues_paid_through AS duesPaidThrough, m.note,
  NULL AS leftOn, NULL AS leftReason, b.name AS branchName, g.name AS groupName, NULL AS age, NULL AS partyYears`;

// The street's roster walks members in id order and finds each one's branch interval, so the
// interval lookups (member_facts_member_idx, ordered by member) and the member rows are read in
// order; one branch's roster seeks that branch's intervals (member_facts_value_idx) instead.
// Two statements, not `@branchId IS NULL OR br.value = @branchId`, which would forbid the seek.
const rosterSql = (oneBranch: boolean) => `
  SELECT ${COLUMNS}
  ${oneBranch ? `FROM member_facts br JOIN members m ON m.id = br.member_id` : `FROM members m NOT INDEXED CROSS JOIN member_facts br ON br.member_id = m.id`}
  JOIN orgs b ON b.id = br.value
  ${factOnDay('gr', 'group')}
  LEFT JOIN orgs g ON g.id = gr.value
  ${factOnDay('ca', 'category')}
  ${factOnDay('ps', 'party_status')}
  ${factOnDay('cc', 'community_class')}
  WHERE br.fact = 'branch' AND ${oneBranch ? 'br.value = @branchId AND ' : ''}${holdsOn('br')}
  ORDER BY b.parent_id, b.id, gr.value IS NULL, CAST(gr.value AS INTEGER), m.id`;

type RawRow = Omit<MemberRow, 'isCenterHousehold' | 'isInDifficulty' | 'isVeteran' | 'isFrail'> &
  Record<'isCenterHousehold' | 'isInDifficulty' | 'isVeteran' | 'isFrail', number | boolean>;

export function rosterAsOf(ledger: Ledger, { asOf, branchId }: RosterAsOfQuery): MemberRow[] {
  const rows = (
    branchId === null ? ledger.prepare(rosterSql(false)).all({ day: asOf }) : ledger.prepare(rosterSql(true)).all({ day: asOf, branchId: String(branchId) })
  ) as RawRow[];
  for (const r of rows) {
    r.isCenterHousehold = r.isCenterHousehold === 1;
    r.isInDifficulty = r.isInDifficulty === 1;
    r.isVeteran = r.isVeteran === 1;
    r.isFrail = r.isFrail === 1;
    r.age = fullYearsBetween(r.birthDate, asOf);
    r.partyYears = fullYearsBetween(r.fullMemberOn, asOf);
  }
  return rows as MemberRow[];
}
