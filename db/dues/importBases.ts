// The ledger side of importing 党费基数: the live base rows of the members a file names (one
// query for the whole file), and writing a row with source '导入' (db/dues/bases.ts insertBase). The caller holds the
// transaction (commitImport: one for the whole file).
import type { DuesKind } from '../../api/dues';
import type { DuesBase } from '../../api/schemas/dues';
import type { Ledger } from '../open';
import { insertBase } from './baseWrites';

/** What a file row sets: a dated base as the page enters it, without the row's own bookkeeping. */
export type ImportedBase = Pick<DuesBase, 'memberId' | 'fromMonth' | 'kind' | 'baseFen' | 'relief' | 'reliefFen' | 'reliefReason' | 'reliefApprover'>;

export interface LiveBase {
  id: number;
  memberId: number;
  fromMonth: string;
  kind: DuesKind;
  baseFen: number | null;
}

/** Every live (not voided) base row of these members, oldest month first. */
export function liveBasesOfMembers(ledger: Ledger, memberIds: number[]): LiveBase[] {
  if (memberIds.length === 0) return [];
  return ledger
    .prepare(
      `SELECT id, member_id AS memberId, from_month AS fromMonth, kind, base_fen AS baseFen FROM dues_bases
       WHERE voided_at IS NULL AND member_id IN (SELECT value FROM json_each(?)) ORDER BY member_id, from_month`,
    )
    .all(JSON.stringify(memberIds)) as LiveBase[];
}

/** Writes a file's row; a live row of the same member and month is voided by it (重新核定), as when typed in. */
export function insertImportedBase(ledger: Ledger, base: ImportedBase): number {
  return insertBase(ledger, { ...base, source: '导入' });
}
