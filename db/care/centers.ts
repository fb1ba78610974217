// 党员中心户: the households of a 楼栋 each looks after, dated [from_on, to_on).
import type { CenterInput, CenterRow, CentersPage } from '../../api/schemas/care';
import { nowStamp } from '../clock';
import { notFound, refuse } from '../ledgerError';
import { holdsOn } from '../members/facts';
import type { Ledger } from '../open';
import { refreshMemberCareCache, requireMember } from './memberCache';

/** Read with the branch held on the list's day (@day); the member row's for one who had none then. */
const CENTER_SQL = `
  SELECT c.id, c.member_id AS memberId, m.name, o.id AS branchId, o.name AS branchName, m.phone, c.building, c.households,
         c.household_names AS householdNames, c.from_on AS fromOn, c.to_on AS toOn, c.note
  FROM center_households c JOIN members m ON m.id = c.member_id
  LEFT JOIN member_facts b ON b.member_id = m.id AND b.fact = 'branch' AND ${holdsOn('b')}
  JOIN orgs o ON o.id = coalesce(b.value, m.branch_id)`;

export function listCenters(ledger: Ledger, q: { asOf: string; includeEnded: boolean; memberId?: number | null }): CentersPage {
  const rows = ledger.sqlite
    .prepare(
      `${CENTER_SQL}
       WHERE (@memberId IS NULL OR c.member_id = @memberId)
         AND (@all = 1 OR (c.from_on <= @day AND (c.to_on IS NULL OR c.to_on > @day) AND (b.member_id IS NOT NULL OR @memberId IS NOT NULL)))
       ORDER BY o.name, c.building, m.name, c.id`,
    )
    .all({ memberId: q.memberId ?? null, all: q.includeEnded ? 1 : 0, day: q.asOf }) as CenterRow[];
  const byBranch = new Map<number, CentersPage['byBranch'][number]>();
  for (const r of rows) {
    if (r.fromOn > q.asOf || (r.toOn !== null && r.toOn <= q.asOf)) continue;
    const b = byBranch.get(r.branchId) ?? { orgId: r.branchId, orgName: r.branchName, centers: 0, households: 0 };
    b.centers += 1;
    b.households += r.households;
    byBranch.set(r.branchId, b);
  }
  return { asOf: q.asOf, rows, byBranch: [...byBranch.values()] };
}

export function centerById(ledger: Ledger, id: number): CenterRow {
  const row = ledger.sqlite.prepare(`${CENTER_SQL} WHERE c.id = @id`).get({ id, day: '9999-12-31' }) as CenterRow | undefined;
  if (!row) throw notFound('中心户记录');
  return row;
}

export function saveCenter(ledger: Ledger, input: CenterInput, today: string): CenterRow {
  return ledger.tx(() => {
    requireMember(ledger, input.memberId);
    const clash = ledger
      .prepare(
        `SELECT from_on AS fromOn FROM center_households WHERE member_id = @memberId AND id IS NOT @id
           AND from_on < coalesce(@toOn, '9999-12-31') AND (to_on IS NULL OR to_on > @fromOn) LIMIT 1`,
      )
      .get(input) as { fromOn: string } | undefined;
    if (clash) throw refuse(`该党员自${clash.fromOn}起已是党员中心户，时间重叠；请修改原记录`, 'fromOn');
    const values = { ...input, at: nowStamp() };
    let id = input.id;
    if (id !== null) {
      const old = centerById(ledger, id);
      if (old.memberId !== input.memberId) throw refuse('中心户记录不能改到另一名党员名下', 'memberId');
      ledger
        .prepare(
          `UPDATE center_households SET building = @building, households = @households, household_names = @householdNames, from_on = @fromOn,
             to_on = @toOn, note = @note, updated_at = @at WHERE id = @id`,
        )
        .run(values);
    } else {
      id = Number(
        ledger
          .prepare(
            `INSERT INTO center_households (member_id, building, households, household_names, from_on, to_on, note, created_at, updated_at)
             VALUES (@memberId, @building, @households, @householdNames, @fromOn, @toOn, @note, @at, @at)`,
          )
          .run(values).lastInsertRowid,
      );
    }
    refreshMemberCareCache(ledger, input.memberId, today);
    return centerById(ledger, id);
  });
}
