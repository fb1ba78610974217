// Reading members' 党费 bases (每年核定一次, a mid-year change is a later row): one live row per
// member and from_month; the writes are in baseWrites.ts.
import { DUES_KINDS, DUES_RELIEFS, type DuesKind, type DuesRelief } from '../../api/dues';
import type { DuesBase } from '../../api/schemas/dues';
import { notFound } from '../ledgerError';
import type { Ledger } from '../open';
import { memoUntilTablesChange } from '../tableChanges';
import { monthIndex, monthText } from './months';

export type LiveBase = DuesBase & { fromIndex: number };

export const BASE_COLUMNS = `id, member_id AS memberId, from_month AS fromMonth, kind, base_fen AS baseFen, relief, relief_fen AS reliefFen,
  relief_reason AS reliefReason, relief_approver AS reliefApprover, source, voided_at AS voidedAt, void_reason AS voidReason`;

const withIndex = (b: DuesBase): LiveBase => ({ ...b, fromIndex: monthIndex(b.fromMonth) });

/** A member's live rows, oldest first. */
export function liveBasesOf(ledger: Ledger, memberId: number): LiveBase[] {
  return (
    ledger.prepare(`SELECT ${BASE_COLUMNS} FROM dues_bases WHERE member_id = ? AND voided_at IS NULL ORDER BY from_month`).all(memberId) as DuesBase[]
  ).map(withIndex);
}

export function baseById(ledger: Ledger, id: number): DuesBase {
  const row = ledger.prepare(`SELECT ${BASE_COLUMNS} FROM dues_bases WHERE id = ?`).get(id) as DuesBase | undefined;
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

/** The kind as its place in DUES_KINDS: strings by the ten thousand cost more than the read. */
const KIND_CODE = `CASE kind ${DUES_KINDS.map((k, i) => `WHEN '${k}' THEN ${i}`).join(' ')} END`;

/** allLiveBases' rows as bare numbers: [member, from month index, kind code, base, relief code (0 none, 1 免交, 2 减交), relief amount]. */
export function allLiveBaseCodes(ledger: Ledger, hi: number, memberIds?: readonly number[]): [number, number, number, number | null, number, number | null][] {
  return ledger.sqlite
    .prepare(
      `SELECT member_id, CAST(substr(from_month, 1, 4) AS INTEGER) * 12 + CAST(substr(from_month, 6, 2) AS INTEGER) - 1 AS m,
         ${KIND_CODE}, base_fen, CASE relief WHEN '免交' THEN 1 WHEN '减交' THEN 2 ELSE 0 END, relief_fen
       FROM dues_bases WHERE voided_at IS NULL AND from_month <= ?${memberIds ? ' AND member_id IN (SELECT value FROM json_each(?))' : ''}
       ORDER BY member_id, from_month`,
    )
    .raw()
    .all(...[monthText(hi), ...(memberIds ? [JSON.stringify(memberIds)] : [])]) as [number, number, number, number | null, number, number | null][];
}

/** Every member's live bases, or only `memberIds`' (a saved meeting re-derives its attendees' points). */
export function allLiveBases(ledger: Ledger, hi: number, memberIds?: readonly number[]): Map<number, BaseFacts[]> {
  const rows = allLiveBaseCodes(ledger, hi, memberIds);
  const out = new Map<number, BaseFacts[]>();
  for (const [member, fromIndex, kindCode, baseFen, reliefCode, reliefFen] of rows) {
    const kind = DUES_KINDS[kindCode]!;
    const relief = reliefCode === 0 ? null : DUES_RELIEFS[reliefCode - 1]!;
    let list = out.get(member);
    if (!list) out.set(member, (list = []));
    list.push({ fromIndex, kind, baseFen, relief, reliefFen });
  }
  return out;
}

/** allLiveBases kept until dues_bases changes (首页's arrears after a payment). Shared: read only. */
export function allLiveBasesKept(ledger: Ledger, hi: number): ReadonlyMap<number, readonly BaseFacts[]> {
  return memoUntilTablesChange(ledger, `dues.bases:${hi}`, ['dues_bases'], () => allLiveBases(ledger, hi));
}
