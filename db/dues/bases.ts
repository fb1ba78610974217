// Members' 党费 bases (每年核定一次, a mid-year change is a later row): one live row per member and
// from_month. A wrong row is voided with a reason and a right one entered; nothing is deleted.
import type { DuesKind, DuesRelief } from '../../api/dues';
import type { DuesBase, SaveBaseInput } from '../../api/schemas/dues';
import { nowStamp } from '../clock';
import { notFound, refuse } from '../ledgerError';
import type { Ledger } from '../open';
import { monthIndex } from './months';

export type LiveBase = DuesBase & { fromIndex: number };

const COLUMNS = `id, member_id AS memberId, from_month AS fromMonth, kind, base_fen AS baseFen, relief, relief_fen AS reliefFen,
  relief_reason AS reliefReason, relief_approver AS reliefApprover, source, voided_at AS voidedAt, void_reason AS voidReason`;

const withIndex = (b: DuesBase): LiveBase => ({ ...b, fromIndex: monthIndex(b.fromMonth) });

/** A member's live rows, oldest first. */
export function liveBasesOf(ledger: Ledger, memberId: number): LiveBase[] {
  return (ledger.prepare(`SELECT ${COLUMNS} FROM dues_bases WHERE member_id = ? AND voided_at IS NULL ORDER BY from_month`).all(memberId) as DuesBase[]).map(withIndex);
}

export function baseById(ledger: Ledger, id: number): DuesBase {
  const row = ledger.prepare(`SELECT ${COLUMNS} FROM dues_bases WHERE id = ?`).get(id) as DuesBase | undefined;
  if (!row) throw notFound('党费基数');
  return row;
}

/** The fields 应交 needs, of every live row starting by month `hi`: street-scale reads. */
export interface BaseFacts {
  fromIndex: number;
  kind: DuesKind;
  baseFen: number | null;
  relief: DuesRelief | null;
  reliefFen: number | null;
}

export function allLiveBases(ledger: Ledger, hi: number): Map<number, BaseFacts[]> {
  const rows = ledger.sqlite
    .prepare('SELECT member_id, from_month, kind, base_fen, relief, relief_fen FROM dues_bases WHERE voided_at IS NULL ORDER BY member_id, from_month')
    .raw()
    .all() as [number, string, DuesKind, number | null, DuesRelief | null, number | null][];
  const out = new Map<number, BaseFacts[]>();
  for (const [member, from, kind, baseFen, relief, reliefFen] of rows) {
    const fromIndex = monthIndex(from);
    if (fromIndex > hi) continue;
    let list = out.get(member);
    if (!list) out.set(member, (list = []));
    list.push({ fromIndex, kind, baseFen, relief, reliefFen });
  }
  return out;
}

/** Enters a base from a month; a live row of the same month is voided by it (重新核定). */
export function insertBase(ledger: Ledger, input: SaveBaseInput): number {
  const member = ledger.prepare('SELECT id FROM members WHERE id = ?').get(input.memberId);
  if (!member) throw notFound('党员');
  const now = nowStamp();
  ledger.prepare("UPDATE dues_bases SET voided_at = ?, void_reason = '重新核定' WHERE member_id = ? AND from_month = ? AND voided_at IS NULL").run(now, input.memberId, input.fromMonth);
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
  return ledger.tx(() => baseById(ledger, insertBase(ledger, input)));
}

export function voidBase(ledger: Ledger, input: { id: number; reason: string }): DuesBase {
  return ledger.tx(() => {
    const row = baseById(ledger, input.id);
    if (row.voidedAt) throw refuse('该基数记录已作废', 'id');
    ledger.prepare('UPDATE dues_bases SET voided_at = ?, void_reason = ? WHERE id = ?').run(nowStamp(), input.reason, input.id);
    return baseById(ledger, input.id);
  });
}
