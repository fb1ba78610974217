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

/**
 * Branch id → 转正 approved in [from, to], under the branch the member held on `to` (the form's day, from
 * the dated facts: a member who moved since counts where they were); the roster's branch for one no longer
 * on it that day; 0 when neither is known.
 */
export function regularByBranch(ledger: Ledger, from: string, to: string): Map<number, number> {
  const branchOn = ledger.prepare(
    `SELECT coalesce((SELECT CAST(f.value AS INTEGER) FROM member_facts f WHERE f.member_id = m.id AND f.fact = 'branch'
       AND f.valid_from <= @to AND (f.valid_to IS NULL OR f.valid_to > @to) ORDER BY f.valid_from DESC LIMIT 1), m.branch_id, 0)
     FROM members m WHERE m.id = @id`,
  );
  const out = new Map<number, number>();
  for (const p of probationChanges(ledger, from, to).regular)
    add(out, p.memberId === null ? 0 : ((branchOn.pluck().get({ id: p.memberId, to }) as number | undefined) ?? 0));
  return out;
}
