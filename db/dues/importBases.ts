// The ledger side of importing 党费基数: the live base rows of the members a file names (one
// query for the whole file), and writing a row with source '导入'. The caller holds the
// transaction (commitImport: one for the whole file).
import type { DuesKind, DuesRelief } from '../../api/dues';
import { nowStamp } from '../clock';
import { insertRow } from '../insertRow';
import { refuse } from '../ledgerError';
import type { Ledger } from '../open';
import { duesBases } from '../schema/dues';

export interface ImportedBase {
  memberId: number;
  fromMonth: string;
  kind: DuesKind;
  baseFen: number | null;
  relief: DuesRelief | null;
  reliefFen: number | null;
  reliefReason: string | null;
  reliefApprover: string | null;
}

export interface LiveBase {
  id: number;
  memberId: number;
  fromMonth: string;
  kind: DuesKind;
  baseFen: number | null;
}

/** Every live (not voided) base row of these members, oldest month first. */
export function liveBasesOf(ledger: Ledger, memberIds: number[]): LiveBase[] {
  if (memberIds.length === 0) return [];
  return ledger
    .prepare(
      `SELECT id, member_id AS memberId, from_month AS fromMonth, kind, base_fen AS baseFen FROM dues_bases
       WHERE voided_at IS NULL AND member_id IN (SELECT value FROM json_each(?)) ORDER BY member_id, from_month`,
    )
    .all(JSON.stringify(memberIds)) as LiveBase[];
}

export function insertImportedBase(ledger: Ledger, base: ImportedBase): number {
  return insertRow(ledger, duesBases, { ...base, source: '导入', createdAt: nowStamp() });
}

/** A file's row for a month that already has a live base: the old row is voided (kept, with why), the file's row takes its place. */
export function replaceWithImportedBase(ledger: Ledger, oldId: number, base: ImportedBase): number {
  const voided = ledger.prepare(`UPDATE dues_bases SET voided_at = ?, void_reason = '导入时被新基数替换' WHERE id = ? AND voided_at IS NULL`).run(nowStamp(), oldId);
  if (voided.changes !== 1) throw refuse('该月的原基数已被作废或修改，请重新预览后再导入');
  return insertImportedBase(ledger, base);
}
