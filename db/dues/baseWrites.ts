// Entering and voiding 党费 bases: one live row per member and from_month. A wrong row is voided
// with a reason and a right one entered; nothing is deleted.
import type { DuesBase, SaveBaseInput } from '../../api/schemas/dues';
import { nowStamp } from '../clock';
import { notFound, refuse } from '../ledgerError';
import type { Ledger } from '../open';
import { baseById } from './bases';
import { followDuesPoints } from './pointsFollow';

/** Enters a base from a month; a live row of the same month is voided by it (重新核定). */
export function insertBase(ledger: Ledger, input: SaveBaseInput): number {
  const member = ledger.prepare('SELECT id FROM members WHERE id = ?').get(input.memberId);
  if (!member) throw notFound('党员');
  const now = nowStamp();
  ledger
    .prepare("UPDATE dues_bases SET voided_at = ?, void_reason = '重新核定' WHERE member_id = ? AND from_month = ? AND voided_at IS NULL")
    .run(now, input.memberId, input.fromMonth);
  const fixedKind = input.kind !== '在职' && input.kind !== '离退休';
  return Number(
    ledger
      .prepare(
        `INSERT INTO dues_bases (member_id, from_month, kind, base_fen, relief, relief_fen, relief_reason, relief_approver, source, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        input.memberId,
        input.fromMonth,
        input.kind,
        fixedKind ? null : input.baseFen,
        input.relief,
        input.relief === '减交' ? input.reliefFen : null,
        input.relief ? input.reliefReason : null,
        input.relief ? input.reliefApprover : null,
        input.source,
        now,
      ).lastInsertRowid,
  );
}

export function saveBase(ledger: Ledger, input: SaveBaseInput): DuesBase {
  return ledger.tx(() => {
    const id = insertBase(ledger, input);
    followDuesPoints(ledger, Number(input.fromMonth.slice(0, 4)), [input.memberId]);
    return baseById(ledger, id);
  });
}

export function voidBase(ledger: Ledger, input: { id: number; reason: string }): DuesBase {
  return ledger.tx(() => {
    const row = baseById(ledger, input.id);
    if (row.voidedAt) throw refuse('该基数记录已作废', 'id');
    ledger.prepare('UPDATE dues_bases SET voided_at = ?, void_reason = ? WHERE id = ?').run(nowStamp(), input.reason, input.id);
    followDuesPoints(ledger, Number(row.fromMonth.slice(0, 4)), [row.memberId]);
    return baseById(ledger, input.id);
  });
}
