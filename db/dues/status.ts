// A member-month's status from what it owes and what was paid (docs/dues.md).
import type { DuesStatus } from '../../api/schemas/dues';

export function statusOf(owed: boolean, dueFen: number | null, paidFen: number, beforeLedger: boolean): DuesStatus | null {
  if (!owed) return null;
  if (beforeLedger) return '期初已交';
  if (dueFen === null) return '未核定';
  if (dueFen === 0) return '免交';
  if (paidFen >= dueFen) return '已交';
  return paidFen > 0 ? '少交' : '未交';
}

/** Fully paid, for 党费交纳至: 已交, 免交, or covered by the opening. */
export const settled = (s: DuesStatus | null): boolean => s === '已交' || s === '免交' || s === '期初已交';
