// 现有预备党员 and 本年转正 per branch for the 发展党员情况统计表, read as the 党内统计 reads them:
// 预备党员 among the members it counts on the day (db/census/members.ts), 转正 in the year of the
// 上级党委审批 (db/census/probation.ts). A 预备党员 who is on the roster alone (admitted before the
// 发展 file was kept, or transferred in) counts, so the form and the 年报 say one number.
import { countedMembers } from '../census/members';
import { probationChanges } from '../census/probation';
import type { Ledger } from '../open';

const add = (map: Map<number, number>, key: number) => map.set(key, (map.get(key) ?? 0) + 1);

/** Branch id → 预备党员 counted on `day`. */
export function probationaryByBranch(ledger: Ledger, day: string): Map<number, number> {
  const out = new Map<number, number>();
  for (const m of countedMembers(ledger, day)) if (m.category !== '正式党员') add(out, m.branchId);
  return out;
}

/** Branch id → 转正 approved in [from, to], under the branch the 年报's list names (the member's own); 0 when none. */
export function regularByBranch(ledger: Ledger, from: string, to: string): Map<number, number> {
  const branchOf = ledger.prepare('SELECT branch_id FROM members WHERE id = ?');
  const out = new Map<number, number>();
  for (const p of probationChanges(ledger, from, to).regular) add(out, p.memberId === null ? 0 : ((branchOf.pluck().get(p.memberId) as number | null) ?? 0));
  return out;
}
