// Each member's 身份证号 by id, for lists built from rows that do not carry it (the 上报包's 积分 ranking).
import type { Ledger } from '../open';

export function idNumbersById(ledger: Ledger): Map<number, string | null> {
  const rows = ledger.sqlite.prepare('SELECT id, id_number FROM members').raw().all() as [number, string | null][];
  return new Map(rows);
}
