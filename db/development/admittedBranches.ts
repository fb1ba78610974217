// 本年接收预备党员 per branch for the 发展党员情况统计表: the 党内统计's one list of 发展党员
// (db/census/changes.ts developedIn, counted by the 上级党委审批), each person under the branch they
// joined the roster in on their 入党日期. A member admitted on the roster alone (no 发展 file) counts
// as well, so the form's 合计, the 年报's 发展党员 and the 发展计划's 完成 are one number.
import { developedIn } from '../census/changes';
import type { Ledger } from '../open';

/** Branch id → people admitted in [from, to]; a member whose first branch is unknown is under 0. */
export function admittedByBranch(ledger: Ledger, from: string, to: string): Map<number, number> {
  const first = ledger.prepare(
    `SELECT CAST(f.value AS INTEGER) AS orgId FROM member_facts f JOIN members m ON m.id = f.member_id
     WHERE f.member_id = ? AND f.fact = 'branch' AND f.valid_from = m.joined_on ORDER BY f.id LIMIT 1`,
  );
  const out = new Map<number, number>();
  for (const d of developedIn(ledger, from, to)) {
    const orgId = (first.get(d.memberId) as { orgId: number } | undefined)?.orgId ?? 0;
    out.set(orgId, (out.get(orgId) ?? 0) + 1);
  }
  return out;
}
