// The member row's 流动去向, 失联日期 and 党员中心户 columns predate the registers (migration
// 0017 turned them into records). They stay as a cache of today's register values for the
// roster and its export, written only here, in the transaction of the register write.
import { notFound } from '../ledgerError';
import type { Ledger } from '../open';

export function refreshMemberCareCache(ledger: Ledger, memberId: number, today: string): void {
  ledger
    .prepare(
      `UPDATE members SET
         flow_destination = (SELECT f.place || coalesce('（' || f.unit || '）', '') FROM flow_outs f
                             WHERE f.member_id = @id AND f.voided_at IS NULL AND f.left_on <= @today AND (f.returned_on IS NULL OR f.returned_on > @today)
                             ORDER BY f.left_on DESC, f.id DESC LIMIT 1),
         lost_contact_on = (SELECT l.lost_on FROM lost_contacts l WHERE l.member_id = @id AND l.found_on IS NULL ORDER BY l.lost_on DESC LIMIT 1),
         is_center_household = EXISTS (SELECT 1 FROM center_households c
                                       WHERE c.member_id = @id AND c.from_on <= @today AND (c.to_on IS NULL OR c.to_on > @today))
       WHERE id = @id`,
    )
    .run({ id: memberId, today });
}

export function requireMember(ledger: Ledger, memberId: number): { id: number; name: string } {
  const row = ledger.prepare('SELECT id, name FROM members WHERE id = ?').get(memberId) as { id: number; name: string } | undefined;
  if (!row) throw notFound('党员');
  return row;
}
