// 流动党员 figures for the year-end 党内统计: who was 流出 or 流入 on a day.
import type { Ledger } from '../open';
import { holdsOn } from '../members/facts';

export interface FlowCounts {
  /** Roster members (a branch interval covers the day) out on the day. */
  flowOut: number;
  /** 流入 people taking part here on the day. */
  flowIn: number;
}

export function flowCountsAsOf(ledger: Ledger, day: string): FlowCounts {
  const flowOut = ledger
    .prepare(
      `SELECT count(DISTINCT f.member_id) AS n FROM flow_outs f
       WHERE f.voided_at IS NULL AND f.left_on <= @day AND (f.returned_on IS NULL OR f.returned_on > @day)
         AND EXISTS (SELECT 1 FROM member_facts b WHERE b.member_id = f.member_id AND b.fact = 'branch' AND ${holdsOn('b')})`,
    )
    .get({ day }) as { n: number };
  const flowIn = ledger.prepare('SELECT count(*) AS n FROM flow_ins WHERE arrived_on <= @day AND (left_on IS NULL OR left_on > @day)').get({ day }) as {
    n: number;
  };
  return { flowOut: flowOut.n, flowIn: flowIn.n };
}
