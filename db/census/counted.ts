// Who counts in 年末党员总数 on a day: on the roster (a branch interval covers the day) and
// not 停止党籍 that day. 停止党籍 is a 减少 and 恢复党籍 an 增加 (shared/DOMAIN.md, 党内统计),
// so a stopped member is on the roster as of the day (rosterAsOf lists them, marked) but
// outside the count; 保留党籍 still counts. A 预备党员 whose 审批 comes after the day is not
// counted yet (党内统计填报说明, db/census/approval.ts). docs/census.md, "Who counts".
import type { Ledger } from '../open';
import { holdsOn } from '../members/facts';
import { admissionPendingOn } from './approval';

export const STOPPED = '停止党籍';

/** The ids counted on `day`: one pass over the branch intervals, the 党籍 interval beside each. */
export function countedOn(ledger: Ledger, day: string): Set<number> {
  const ids = ledger
    .prepare(
      `SELECT br.member_id FROM member_facts br
       LEFT JOIN member_facts ps ON ps.member_id = br.member_id AND ps.fact = 'party_status' AND ${holdsOn('ps')}
       WHERE br.fact = 'branch' AND ${holdsOn('br')} AND (ps.value IS NULL OR ps.value <> '${STOPPED}') AND NOT ${admissionPendingOn('br.member_id')}`,
    )
    .all({ day }) as { member_id: number }[];
  return new Set(ids.map((r) => r.member_id));
}

/** Members on the roster on `day` whose 党籍 is 停止党籍 that day: outside the count, shown as their own figure. */
export function suspendedOn(ledger: Ledger, day: string): number {
  const row = ledger
    .prepare(
      `SELECT count(DISTINCT br.member_id) AS n FROM member_facts br
       JOIN member_facts ps ON ps.member_id = br.member_id AND ps.fact = 'party_status' AND ${holdsOn('ps')} AND ps.value = '${STOPPED}'
       WHERE br.fact = 'branch' AND ${holdsOn('br')}`,
    )
    .get({ day }) as { n: number };
  return row.n;
}
