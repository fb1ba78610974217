// The member row caches today's value of each dated fact for the hot pages; this finds any
// member whose cache and intervals disagree (tests hold every writer to it).
import { MEMBER_FACTS } from '../../api/enums';
import type { Ledger } from '../open';
import { CACHE_COLUMN } from './facts';

export interface CacheDisagreement {
  memberId: number;
  fact: string;
  cached: string | null;
  intervals: string | null;
}

/**
 * For each member and fact: the cached value is the value of the latest interval (today's,
 * since no change is dated after today), the member is on the roster (left_on NULL) exactly
 * when a branch interval is still open, and an on-roster member's branch, category, 党籍 and
 * class intervals are open.
 */
export function cacheDisagreements(ledger: Ledger): CacheDisagreement[] {
  const found: CacheDisagreement[] = [];
  for (const fact of MEMBER_FACTS) {
    const rows = ledger.sqlite
      .prepare(
        `SELECT m.id AS memberId, CAST(m.${CACHE_COLUMN[fact]} AS TEXT) AS cached, f.value AS intervals, f.valid_to AS validTo, m.left_on AS leftOn
         FROM members m LEFT JOIN member_facts f ON f.id = (SELECT id FROM member_facts
           WHERE member_id = m.id AND fact = @fact ORDER BY valid_from DESC LIMIT 1)`,
      )
      .all({ fact }) as { memberId: number; cached: string | null; intervals: string | null; validTo: string | null; leftOn: string | null }[];
    for (const r of rows) {
      const onRoster = r.leftOn === null;
      // A 党小组 may be left (group_id cleared) while its last interval stays closed.
      const mismatch =
        fact === 'group'
          ? onRoster
            ? (r.validTo === null ? r.intervals : null) !== r.cached
            : r.cached !== null && r.cached !== r.intervals
          : r.cached !== r.intervals;
      const openWrong = fact === 'branch' ? onRoster !== (r.intervals !== null && r.validTo === null) : fact !== 'group' && onRoster && r.validTo !== null;
      if (mismatch || openWrong) found.push({ memberId: r.memberId, fact, cached: r.cached, intervals: r.intervals });
    }
  }
  return found;
}
