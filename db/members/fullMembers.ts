// Who was a 正式党员 on a day, for the rules that count or check them: voting at a meeting,
// the 7 正式党员 that make a branch owe a 支委会 (支部工作条例 art. 9), and taking office as
// 支委/书记/副书记. One place to point at. Both read the dated facts (member_facts): a member
// who moved branch counts in the old branch for the days before the move.
import { MEMBER_CATEGORIES, PARTY_STATUSES } from '../../api/enums';
import { isFullMemberOn } from '../../api/rules/member';
import type { Ledger } from '../open';
import { noteReads, unrecorded } from '../readTables';
import { columnName } from '../tableChanges';
import { holdsOn } from './facts';

export { isFullMemberOn };

export interface MemberOnDay {
  id: number;
  name: string;
  /** On the roster that day (arrived by then, not yet left). */
  onRoster: boolean;
  /** A 正式党员 that day. */
  full: boolean;
  fullMemberOn: string | null;
}

/**
 * One member as of a day, from the dated facts (member_facts): on the roster that day when a
 * branch interval covers it, 正式 when the 人员类别 interval of that day says so.
 * Undefined when no such member exists.
 */
export function memberOnDay(ledger: Ledger, memberId: number, day: string): MemberOnDay | undefined {
  const row = ledger
    .prepare(
      `SELECT m.id, m.name, m.full_member_on AS fullMemberOn, b.value IS NOT NULL AS onRoster, coalesce(ca.value = '正式党员', 0) AS full FROM members m
       LEFT JOIN member_facts b ON b.member_id = m.id AND b.fact = 'branch' AND ${holdsOn('b')}
       LEFT JOIN member_facts ca ON ca.member_id = m.id AND ca.fact = 'category' AND ${holdsOn('ca')}
       WHERE m.id = @memberId`,
    )
    .get({ memberId, day }) as { id: number; name: string; fullMemberOn: string | null; onRoster: number; full: number } | undefined;
  if (!row) return undefined;
  return { id: row.id, name: row.name, onRoster: row.onRoster === 1, full: row.onRoster === 1 && row.full === 1, fullMemberOn: row.fullMemberOn };
}

/** SQL list of the values of a fact other than `good`, for an IN that seeks each in the index. */
const othersThan = (values: readonly string[], good: string) =>
  values
    .filter((v) => v !== good)
    .map((v) => `'${v}'`)
    .join(', ');
const inList = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/**
 * Members whose 人员类别 or 党籍 may not be 正式党员 and 正常 on every day from @first to @last
 * (a superset; each is counted exactly later). Every interval of those two facts is followed by
 * the next one without a gap (leaving ends the branch, not the category or 党籍, except
 * 取消预备党员资格, which ends a 预备 one), so a member none of whose intervals begins after
 * @first holds one open interval over the whole span, the cache's value: 正式 unless the cache
 * says otherwise, 正常 unless a non-正常 interval reaches into the span. Each part seeks
 * member_facts_value_idx (fact, value, from) or members_full_idx (category); none reads the
 * street's 20,000 正式 intervals.
 */
const UNSETTLED_SQL = `
  SELECT member_id FROM member_facts WHERE fact = 'category' AND value IN (${inList(MEMBER_CATEGORIES)}) AND valid_from > @first
  UNION SELECT member_id FROM member_facts WHERE fact = 'party_status' AND value IN (${inList(PARTY_STATUSES)}) AND valid_from > @first
  UNION SELECT member_id FROM member_facts WHERE fact = 'party_status' AND value IN (${othersThan(PARTY_STATUSES, '正常')})
    AND valid_from <= @last AND (valid_to IS NULL OR valid_to > @first)
  UNION SELECT id FROM members WHERE category IN (${othersThan(MEMBER_CATEGORIES, '正式党员')})`;

const spans = (alias: string) => `${alias}.valid_from <= @last AND (${alias}.valid_to IS NULL OR ${alias}.valid_to > @first)`;
const through = (alias: string) => `${alias}.valid_from <= @first AND (${alias}.valid_to IS NULL OR ${alias}.valid_to > @last)`;

/**
 * For each of `days`, the branches with fewer than `min` 正式党员 (支部工作条例 art. 9: a branch
 * with 7 or more has a committee and owes its 支委会): `below(day, branch)` is their count, or
 * null when the branch had at least `min`. A 正式党员 of a branch on a day: the branch interval,
 * a 人员类别 interval of 正式党员 and a 党籍 interval of 正常 all hold that day (停止党籍 and
 * 保留党籍 take no part in the branch's life, as in 应到 and voting). Compliance asks this of
 * twelve month starts of a 20,000-member street, so one pass settles most branches: those
 * holding `min` members who are 正式, 正常 and in the branch over the whole span. Every other
 * branch is counted exactly, when first asked about, from its intervals in the span.
 */
export function fullMemberShortfalls(ledger: Ledger, days: string[], min: number): { below(day: string, branchId: number): number | null } {
  const settled = new Set<number>();
  const exact = new Map<number, Map<string, number>>();
  const first = days.reduce((a, b) => (a < b ? a : b), '9999-12-31');
  const last = days.reduce((a, b) => (a > b ? a : b), '0000-01-01');
  const span = { first, last };
  const countExactly = (branchId: number) => {
    const held = ledger
      .prepare(
        `SELECT max(b.valid_from, c.valid_from, s.valid_from) AS since,
                min(coalesce(b.valid_to, '9999-12-31'), coalesce(c.valid_to, '9999-12-31'), coalesce(s.valid_to, '9999-12-31')) AS until
         FROM member_facts b
         JOIN member_facts c ON c.member_id = b.member_id AND c.fact = 'category' AND ${spans('c')}
         JOIN member_facts s ON s.member_id = b.member_id AND s.fact = 'party_status' AND ${spans('s')}
         WHERE b.fact = 'branch' AND b.value = @branch AND ${spans('b')} AND c.value = '正式党员' AND s.value = '正常'`,
      )
      .all({ ...span, branch: String(branchId) }) as { since: string; until: string }[];
    return new Map(days.map((day) => [day, held.filter((h) => h.since <= day && h.until > day).length]));
  };
  const below = (day: string, branchId: number) => {
    if (!days.includes(day)) throw new Error(`not asked about ${day}`);
    if (settled.has(branchId)) return null;
    let counts = exact.get(branchId);
    if (!counts) exact.set(branchId, (counts = countExactly(branchId)));
    const n = counts.get(day)!;
    return n < min ? n : null;
  };
  if (days.length === 0) return { below };
  // Branch by branch, the members in it over the whole span, read in the index's order; less
  // those of them whose 人员类别 or 党籍 changed or was not 正式/正常 in the span.
  const whole = ledger.sqlite
    .prepare(`SELECT CAST(value AS INTEGER), count(*) FROM member_facts b WHERE b.fact = 'branch' AND ${through('b')} GROUP BY value`)
    .raw()
    .all(span) as [number, number][];
  // Of the members table it reads only the cached 人员类别 (and which rows exist): named so, a
  // kept 三会一课 matrix stands across an edit of a member's other columns (db/tableChanges.ts).
  noteReads(['member_facts', columnName('members', 'category')]);
  const unsettled = new Map(
    unrecorded(
      () =>
        ledger.sqlite
          .prepare(
            `SELECT CAST(b.value AS INTEGER), count(*) FROM (${UNSETTLED_SQL}) u
             CROSS JOIN member_facts b ON b.member_id = u.member_id AND b.fact = 'branch' AND ${through('b')} GROUP BY b.value`,
          )
          .raw()
          .all(span) as [number, number][],
    ),
  );
  for (const [branch, n] of whole) if (n - (unsettled.get(branch) ?? 0) >= min) settled.add(branch);
  return { below };
}
