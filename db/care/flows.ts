// 流出 records and their contact log. A record is edited (its return recorded) or voided with
// a reason; nothing is deleted.
import { contactOverdue, isOutOn } from '../../api/rules/care';
import type { FlowContact, FlowContactInput, FlowOutInput, FlowOutRow, FlowsPage } from '../../api/schemas/care';
import { nowStamp } from '../clock';
import { notFound, refuse } from '../ledgerError';
import { holdsOn } from '../members/facts';
import type { Ledger } from '../open';
import { refreshMemberCareCache, requireMember } from './memberCache';

interface RawFlow extends Omit<FlowOutRow, 'joinsLifeThere' | 'contacts' | 'lastContactOn' | 'contactOverdue'> {
  joinsLifeThere: number;
}

/** Read with the branch held on the list's day (@day), not today's; the member row's for one who had none then. */
const FLOW_SQL = `
  SELECT f.id, f.member_id AS memberId, m.name, m.gender, m.birth_date AS birthDate, o.id AS branchId, o.name AS branchName,
         f.left_on AS leftOn, f.place, f.direction, f.unit, f.contact, f.card_no AS cardNo, f.joins_life_there AS joinsLifeThere,
         f.returned_on AS returnedOn, f.note, f.voided_at AS voidedAt, f.void_reason AS voidReason
  FROM flow_outs f JOIN members m ON m.id = f.member_id
  LEFT JOIN member_facts b ON b.member_id = m.id AND b.fact = 'branch' AND ${holdsOn('b')}
  JOIN orgs o ON o.id = coalesce(b.value, m.branch_id)`;

function contactsOf(ledger: Ledger, ids: number[]): Map<number, FlowContact[]> {
  const byFlow = new Map<number, FlowContact[]>();
  if (ids.length === 0) return byFlow;
  const rows = ledger.sqlite
    .prepare(
      `SELECT id, flow_out_id AS flowOutId, contacted_on AS contactedOn, method, note FROM flow_contacts
       WHERE flow_out_id IN (SELECT value FROM json_each(?)) ORDER BY contacted_on DESC, id DESC`,
    )
    .all(JSON.stringify(ids)) as (FlowContact & { flowOutId: number })[];
  for (const { flowOutId, ...c } of rows) byFlow.set(flowOutId, [...(byFlow.get(flowOutId) ?? []), c]);
  return byFlow;
}

function finish(ledger: Ledger, raws: RawFlow[], asOf: string): FlowOutRow[] {
  const contacts = contactsOf(
    ledger,
    raws.map((r) => r.id),
  );
  return raws.map((r) => {
    const own = contacts.get(r.id) ?? [];
    // Only contacts made by the list's day count for it.
    const lastContactOn = own.find((c) => c.contactedOn <= asOf)?.contactedOn ?? null;
    const out = r.voidedAt === null && isOutOn(r, asOf);
    return { ...r, joinsLifeThere: r.joinsLifeThere === 1, contacts: own, lastContactOn, contactOverdue: out && contactOverdue(r.leftOn, lastContactOn, asOf) };
  });
}

/**
 * The 流出 on a day: live, out that day, and on the roster that day (a branch held) — so a member
 * who died, 转出 or 出党 drops off, and the list equals the 党内统计's 流出 (counts.ts). With
 * `includeEnded` or a member's own view, every record.
 */
export function listFlows(ledger: Ledger, q: { asOf: string; includeEnded: boolean; memberId: number | null }): FlowsPage {
  const raws = ledger.sqlite
    .prepare(
      `${FLOW_SQL}
       WHERE (@memberId IS NULL OR f.member_id = @memberId)
         AND (@all = 1 OR (f.voided_at IS NULL AND f.left_on <= @day AND (f.returned_on IS NULL OR f.returned_on > @day)
                           AND (b.member_id IS NOT NULL OR @memberId IS NOT NULL)))
       ORDER BY f.left_on DESC, f.id DESC`,
    )
    .all({ memberId: q.memberId, all: q.includeEnded ? 1 : 0, day: q.asOf }) as RawFlow[];
  return { asOf: q.asOf, rows: finish(ledger, raws, q.asOf) };
}

export function flowOutById(ledger: Ledger, id: number, asOf: string): FlowOutRow {
  const raw = ledger.sqlite.prepare(`${FLOW_SQL} WHERE f.id = @id`).get({ id, day: asOf }) as RawFlow | undefined;
  if (!raw) throw notFound('流出记录');
  return finish(ledger, [raw], asOf)[0];
}

/** Two live 流出 of one member may not overlap: they would be counted twice. */
function checkOverlap(ledger: Ledger, input: FlowOutInput) {
  const clash = ledger
    .prepare(
      `SELECT left_on AS leftOn FROM flow_outs WHERE member_id = @memberId AND voided_at IS NULL AND id IS NOT @id
         AND left_on < coalesce(@to, '9999-12-31') AND (returned_on IS NULL OR returned_on > @from) LIMIT 1`,
    )
    .get({ memberId: input.memberId, id: input.id, from: input.leftOn, to: input.returnedOn }) as { leftOn: string } | undefined;
  if (clash) throw refuse(`该党员已有自${clash.leftOn}起的流出记录，时间重叠；如已返回请先在原记录填写返回日期`, 'leftOn');
}

export function saveFlowOut(ledger: Ledger, input: FlowOutInput, today: string): FlowOutRow {
  return ledger.tx(() => {
    requireMember(ledger, input.memberId);
    if (input.leftOn > today) throw refuse('外出日期不能晚于今天', 'leftOn');
    if (input.returnedOn !== null && input.returnedOn > today) throw refuse('返回日期不能晚于今天', 'returnedOn');
    const at = nowStamp();
    const values = { ...input, joinsLifeThere: input.joinsLifeThere ? 1 : 0, at };
    let id = input.id;
    if (id !== null) {
      const old = ledger.prepare('SELECT member_id AS memberId, voided_at AS voidedAt FROM flow_outs WHERE id = ?').get(id) as
        { memberId: number; voidedAt: string | null } | undefined;
      if (!old) throw notFound('流出记录');
      if (old.voidedAt) throw refuse('该流出记录已作废，不能修改', 'id');
      if (old.memberId !== input.memberId) throw refuse('流出记录不能改到另一名党员名下，请作废后重新登记', 'memberId');
      checkOverlap(ledger, input);
      ledger
        .prepare(
          `UPDATE flow_outs SET left_on = @leftOn, place = @place, direction = @direction, unit = @unit, contact = @contact, card_no = @cardNo,
             joins_life_there = @joinsLifeThere, returned_on = @returnedOn, note = @note, updated_at = @at WHERE id = @id`,
        )
        .run(values);
    } else {
      checkOverlap(ledger, input);
      id = Number(
        ledger
          .prepare(
            `INSERT INTO flow_outs (member_id, left_on, place, direction, unit, contact, card_no, joins_life_there, returned_on, note, created_at, updated_at)
             VALUES (@memberId, @leftOn, @place, @direction, @unit, @contact, @cardNo, @joinsLifeThere, @returnedOn, @note, @at, @at)`,
          )
          .run(values).lastInsertRowid,
      );
    }
    refreshMemberCareCache(ledger, input.memberId, today);
    return flowOutById(ledger, id, today);
  });
}

export function voidFlowOut(ledger: Ledger, input: { id: number; reason: string }, today: string): FlowOutRow {
  return ledger.tx(() => {
    const row = flowOutById(ledger, input.id, today);
    if (row.voidedAt) throw refuse('该流出记录已作废', 'id');
    ledger.prepare('UPDATE flow_outs SET voided_at = ?, void_reason = ? WHERE id = ?').run(nowStamp(), input.reason, input.id);
    refreshMemberCareCache(ledger, row.memberId, today);
    return flowOutById(ledger, input.id, today);
  });
}

export function addFlowContact(ledger: Ledger, input: FlowContactInput, today: string): FlowOutRow {
  return ledger.tx(() => {
    const row = flowOutById(ledger, input.flowOutId, today);
    if (row.voidedAt) throw refuse('该流出记录已作废，不能登记联系', 'flowOutId');
    if (input.contactedOn > today) throw refuse('联系日期不能晚于今天', 'contactedOn');
    if (input.contactedOn < row.leftOn) throw refuse(`联系日期不能早于外出日期（${row.leftOn}）`, 'contactedOn');
    ledger
      .prepare('INSERT INTO flow_contacts (flow_out_id, contacted_on, method, note, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(input.flowOutId, input.contactedOn, input.method, input.note, nowStamp());
    return flowOutById(ledger, input.flowOutId, today);
  });
}
