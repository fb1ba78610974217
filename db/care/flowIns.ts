// 流入: people whose 组织关系 is elsewhere and who take part in a branch here. Not roster
// members: they are listed at meetings as guests and never counted in 应到.
import { isBranchKind } from '../../api/enums';
import { spanCovers } from '../../api/rules/care';
import type { FlowInInput, FlowInRow } from '../../api/schemas/care';
import { nowStamp } from '../clock';
import { notFound, refuse } from '../ledgerError';
import type { Ledger } from '../open';

const FLOW_IN_SQL = `
  SELECT f.id, f.name, f.gender, f.phone, f.from_place AS fromPlace, f.home_org AS homeOrg, f.org_id AS orgId, o.name AS orgName,
         f.arrived_on AS arrivedOn, f.left_on AS leftOn, f.note,
         (SELECT count(*) FROM meeting_guests g WHERE g.flow_in_id = f.id) AS meetings
  FROM flow_ins f JOIN orgs o ON o.id = f.org_id`;

export function listFlowIns(ledger: Ledger, q: { asOf: string; includeEnded: boolean; orgId?: number | null }): FlowInRow[] {
  const rows = ledger.sqlite
    .prepare(`${FLOW_IN_SQL} WHERE (@orgId IS NULL OR f.org_id = @orgId) ORDER BY f.arrived_on DESC, f.id DESC`)
    .all({ orgId: q.orgId ?? null }) as FlowInRow[];
  return q.includeEnded ? rows : rows.filter((r) => spanCovers(r.arrivedOn, r.leftOn, q.asOf));
}

export function flowInById(ledger: Ledger, id: number): FlowInRow {
  const row = ledger.sqlite.prepare(`${FLOW_IN_SQL} WHERE f.id = ?`).get(id) as FlowInRow | undefined;
  if (!row) throw notFound('流入记录');
  return row;
}

export function saveFlowIn(ledger: Ledger, input: FlowInInput, today: string): FlowInRow {
  return ledger.tx(() => {
    const org = ledger.prepare('SELECT kind FROM orgs WHERE id = ?').get(input.orgId) as { kind: string } | undefined;
    if (!org) throw notFound('党支部');
    if (!isBranchKind(org.kind)) throw refuse('流入党员请选择参加活动的党支部', 'orgId');
    if (input.arrivedOn > today) throw refuse('流入日期不能晚于今天', 'arrivedOn');
    const values = { ...input, at: nowStamp() };
    if (input.id !== null) {
      flowInById(ledger, input.id);
      ledger
        .prepare(
          `UPDATE flow_ins SET name = @name, gender = @gender, phone = @phone, from_place = @fromPlace, home_org = @homeOrg, org_id = @orgId,
             arrived_on = @arrivedOn, left_on = @leftOn, note = @note, updated_at = @at WHERE id = @id`,
        )
        .run(values);
      return flowInById(ledger, input.id);
    }
    const id = ledger
      .prepare(
        `INSERT INTO flow_ins (name, gender, phone, from_place, home_org, org_id, arrived_on, left_on, note, created_at, updated_at)
         VALUES (@name, @gender, @phone, @fromPlace, @homeOrg, @orgId, @arrivedOn, @leftOn, @note, @at, @at)`,
      )
      .run(values).lastInsertRowid;
    return flowInById(ledger, Number(id));
  });
}
