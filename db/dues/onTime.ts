// 按时交纳党费 for the points derivation (rule source 'dues'): the months of a year a member paid
// in full by the month's end (预交 counts), still in full after any reversal. Each earns on the
// day of the payment that completed it, so no entry is dated after the payment.
import { assess, baseInForce } from './assess';
import { allLiveBases } from './bases';
import type { Ledger } from '../open';
import { duesStartIndex } from './start';
import { allOwed } from './owed';
import { decemberOf, januaryOf, monthIndex } from './months';
import { readScheme } from './scheme';

export interface OnTimeMonth {
  memberId: number;
  /** YYYYMM as a number: the points entry's source id. */
  month: number;
  paidOn: string;
}

export function onTimeMonths(ledger: Ledger, year: number, memberIds?: readonly number[]): OnTimeMonth[] {
  const lo = januaryOf(year);
  const hi = decemberOf(year);
  const only = memberIds ? new Set(memberIds) : null;
  const scheme = readScheme(ledger, year);
  // Only the members asked about: a meeting's sixty, not the street's twenty thousand.
  const bases = allLiveBases(ledger, hi, memberIds);
  const owedOf = allOwed(ledger, lo, hi, memberIds);
  // Months before the ledger's 党费 start are not on it: no point for them.
  const start = duesStartIndex(ledger) ?? -1;
  const openings = new Map(
    (
      ledger.sqlite
        .prepare(
          `SELECT id, dues_paid_through FROM members WHERE dues_paid_through IS NOT NULL${memberIds ? ' AND id IN (SELECT value FROM json_each(?))' : ''}`,
        )
        .raw()
        .all(...(memberIds ? [JSON.stringify(memberIds)] : [])) as [number, string][]
    ).map(([id, o]) => [id, monthIndex(o)]),
  );
  const lines = ledger.sqlite
    .prepare(
      `SELECT l.member_id, CAST(substr(l.month, 6, 2) AS INTEGER), l.amount_fen, p.paid_on
       FROM dues_payment_months l JOIN dues_payments p ON p.id = l.payment_id
       WHERE l.month >= ? AND l.month <= ?${memberIds ? ' AND l.member_id IN (SELECT value FROM json_each(?))' : ''}
       ORDER BY l.member_id, l.month, p.paid_on, p.id`,
    )
    .raw()
    .all(...[`${year}-01`, `${year}-12`, ...(memberIds ? [JSON.stringify(memberIds)] : [])]) as [number, number, number, string][];
  const out: OnTimeMonth[] = [];
  let i = 0;
  while (i < lines.length) {
    const [memberId, month] = lines[i]!;
    let j = i;
    while (j < lines.length && lines[j]![0] === memberId && lines[j]![1] === month) j++;
    const owed = owedOf.get(memberId);
    const m = lo + month - 1;
    if ((!only || only.has(memberId)) && owed && owed[month - 1] && m >= start && m > (openings.get(memberId) ?? -1)) {
      const due = assess(scheme, baseInForce(bases.get(memberId), m)).dueFen;
      if (due !== null && due > 0) {
        const monthEnd = `${year}-${String(month).padStart(2, '0')}-31`;
        let sum = 0;
        let total = 0;
        let completedOn: string | null = null;
        for (let k = i; k < j; k++) {
          const [, , fen, paidOn] = lines[k]!;
          total += fen;
          if (completedOn === null && paidOn <= monthEnd) {
            sum += fen;
            if (sum >= due) completedOn = paidOn;
          }
        }
        if (completedOn !== null && total >= due) out.push({ memberId, month: year * 100 + month, paidOn: completedOn });
      }
    }
    i = j;
  }
  return out;
}
