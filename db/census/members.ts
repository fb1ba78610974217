// The members a 党内统计 counts on a day, with only what its tables read: the roster's query
// (db/members/asOf.ts: a branch interval covers the day) without the columns and joins a
// printed roster needs (党小组, 预备期, contact), which cost most of its time at street scale.
import { fullYearsBetween } from '../../api/rules/dates';
import { holdsOn } from '../members/facts';
import type { Ledger } from '../open';
import { admissionPendingOn, regularPendingOn } from './approval';
import { STOPPED } from './counted';

export interface CountedMember {
  id: number;
  name: string;
  gender: string;
  ethnicity: string | null;
  birthDate: string;
  education: string | null;
  joinedOn: string;
  /** Null for a 预备党员 that day, as in rosterAsOf. */
  fullMemberOn: string | null;
  category: string;
  partyStatus: string;
  communityClass: string;
  branchId: number;
  branchName: string;
  age: number | null;
}

const fact = (alias: string, name: string) =>
  `LEFT JOIN member_facts ${alias} ON ${alias}.member_id = m.id AND ${alias}.fact = '${name}' AND ${holdsOn(alias)}`;

const SQL = `
  SELECT m.id, m.name, m.gender, m.ethnicity, m.birth_date AS birthDate, m.education, m.joined_on AS joinedOn,
    CASE WHEN ca.value = '预备党员' OR ${regularPendingOn('m.id')} THEN NULL ELSE m.full_member_on END AS fullMemberOn,
    CASE WHEN ca.value <> '预备党员' AND ${regularPendingOn('m.id')} THEN '预备党员' ELSE ca.value END AS category,
    ps.value AS partyStatus, cc.value AS communityClass, b.id AS branchId, b.name AS branchName
  FROM members m NOT INDEXED CROSS JOIN member_facts br ON br.member_id = m.id
  JOIN orgs b ON b.id = br.value
  ${fact('ca', 'category')}
  ${fact('ps', 'party_status')}
  ${fact('cc', 'community_class')}
  WHERE br.fact = 'branch' AND ${holdsOn('br')} AND (ps.value IS NULL OR ps.value <> '${STOPPED}')
    AND NOT ${admissionPendingOn('m.id')}
  ORDER BY b.parent_id, b.id, m.id`;

/** Members counted in 年末党员总数 on `day` (docs/census.md, "Who counts"), in roster order. */
export function countedMembers(ledger: Ledger, day: string): CountedMember[] {
  const rows = ledger.prepare(SQL).all({ day }) as CountedMember[];
  for (const r of rows) r.age = fullYearsBetween(r.birthDate, day);
  return rows;
}
