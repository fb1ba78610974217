// 交纳方式 for the 登记表: which ways (现金, 微信 …) a member's standing payments of a year came in.
import type { Ledger } from '../open';

/** 交纳方式 per member and receiving organisation over a year's months, joined. */
export function methodsOfYear(ledger: Ledger, year: number): Map<string, string> {
  const rows = ledger
    .prepare(
      `SELECT l.member_id AS memberId, l.org_id AS orgId, group_concat(DISTINCT p.method) AS methods
       FROM dues_payment_months l JOIN dues_payments p ON p.id = l.payment_id
       WHERE l.month >= ? AND l.month <= ? AND p.reverses_id IS NULL AND NOT EXISTS (SELECT 1 FROM dues_payments r WHERE r.reverses_id = p.id)
       GROUP BY l.member_id, l.org_id`,
    )
    .all(`${year}-01`, `${year}-12`) as { memberId: number; orgId: number; methods: string }[];
  return new Map(rows.map((r) => [`${r.memberId}:${r.orgId}`, r.methods.split(',').join('、')]));
}
