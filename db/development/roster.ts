// The roster as of a day, from the dated facts (docs/database.md "Dated facts"): who may be a
// 培养联系人 or 入党介绍人 that day, and how many 正式党员 a branch's 支部大会 expected.
import type { Ledger } from '../open';
import { holdsOn } from '../members/facts';

export interface MemberThatDay {
  id: number;
  name: string;
  onRoster: boolean;
  /** 正式党员 with 党籍 正常 that day (停止党籍/保留党籍 do not count, as for voting). */
  fullNormal: boolean;
}

export function membersThatDay(ledger: Ledger, ids: number[], day: string): MemberThatDay[] {
  const rows = ledger
    .prepare(
      `SELECT m.id, m.name, b.value IS NOT NULL AS onRoster, coalesce(ca.value = '正式党员', 0) AND coalesce(ps.value = '正常', 0) AS fullNormal FROM members m
       LEFT JOIN member_facts b ON b.member_id = m.id AND b.fact = 'branch' AND ${holdsOn('b')}
       LEFT JOIN member_facts ca ON ca.member_id = m.id AND ca.fact = 'category' AND ${holdsOn('ca')}
       LEFT JOIN member_facts ps ON ps.member_id = m.id AND ps.fact = 'party_status' AND ${holdsOn('ps')}
       WHERE m.id IN (SELECT value FROM json_each(@ids))`,
    )
    .all({ ids: JSON.stringify(ids), day }) as { id: number; name: string; onRoster: number; fullNormal: number }[];
  return rows.map((r) => ({ id: r.id, name: r.name, onRoster: r.onRoster === 1, fullNormal: r.onRoster === 1 && r.fullNormal === 1 }));
}

/** 正式党员 with 党籍 正常 in the branch that day: the 支部大会's 应到会有表决权的正式党员. */
export function fullMembersOfBranch(ledger: Ledger, branchId: number, day: string): number {
  const row = ledger
    .prepare(
      `SELECT count(*) AS n FROM member_facts b
       JOIN member_facts ca ON ca.member_id = b.member_id AND ca.fact = 'category' AND ca.value = '正式党员' AND ${holdsOn('ca')}
       JOIN member_facts ps ON ps.member_id = b.member_id AND ps.fact = 'party_status' AND ps.value = '正常' AND ${holdsOn('ps')}
       WHERE b.fact = 'branch' AND b.value = @branch AND ${holdsOn('b')}`,
    )
    .get({ branch: String(branchId), day }) as { n: number };
  return row.n;
}

/** Some of the branch's 正式党员 with 党籍 正常 that day, by id (for pickers and the sample). */
export function fullMembersOfBranchList(ledger: Ledger, branchId: number, day: string, limit: number): number[] {
  const rows = ledger
    .prepare(
      `SELECT b.member_id AS id FROM member_facts b
       JOIN member_facts ca ON ca.member_id = b.member_id AND ca.fact = 'category' AND ca.value = '正式党员' AND ${holdsOn('ca')}
       JOIN member_facts ps ON ps.member_id = b.member_id AND ps.fact = 'party_status' AND ps.value = '正常' AND ${holdsOn('ps')}
       WHERE b.fact = 'branch' AND b.value = @branch AND ${holdsOn('b')} ORDER BY b.member_id LIMIT @limit`,
    )
    .all({ branch: String(branchId), day, limit }) as { id: number }[];
  return rows.map((r) => r.id);
}
