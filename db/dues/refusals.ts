// The dues triggers' aborts as messages the user can act on (the router's catch turns them).
import { LedgerError, refuse } from '../ledgerError';

/** Payments, their months and 上缴 are append-only (migration 0015): say how to correct instead. */
export function appendOnlyRefusal(error: unknown): LedgerError | null {
  if (!(error instanceof Error) || !error.message.includes('APPEND_ONLY')) return null;
  return refuse('党费交纳和上缴记录不能修改或删除；登记有误请使用“冲销”，再重新登记。');
}
