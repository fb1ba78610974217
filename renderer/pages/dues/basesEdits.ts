// The bases page's editable column: what was typed per member, until 保存 sends it in one call.
import type { DuesKind } from '../../../api/dues';
import { BASE_DUES_KINDS } from '../../../api/dues';
import { parseYuan } from '../../../api/rules/dues';

export interface BaseEdit {
  name: string;
  kind: DuesKind;
  base: string;
}

/** The rows to send, or the first problem in Chinese naming the member. */
export function editsToRows(edits: Map<number, BaseEdit>): { rows: { memberId: number; kind: DuesKind; baseFen: number | null }[] } | { problem: string } {
  const rows: { memberId: number; kind: DuesKind; baseFen: number | null }[] = [];
  for (const [memberId, e] of edits) {
    const needs = BASE_DUES_KINDS.includes(e.kind);
    const fen = e.base.trim() === '' ? null : parseYuan(e.base.trim());
    if (needs && fen === null) return { problem: `${e.name}：${e.kind}党员的基数应为金额（元），最多两位小数，如 3500.00` };
    rows.push({ memberId, kind: e.kind, baseFen: needs ? fen : null });
  }
  return { rows };
}
