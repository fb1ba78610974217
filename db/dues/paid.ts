// 实交 of member-months: the sum of payment-month lines (reversals are negative lines).
import type { DuesPaymentRow } from '../../api/schemas/dues';
import type { Ledger } from '../open';
import { monthIndex } from './months';

/** One member's 实交 by month index, for months [lo, hi]. */
export function paidByMonth(ledger: Ledger, memberId: number, lo: string, hi: string): Map<number, number> {
  const rows = ledger
    .prepare('SELECT month, sum(amount_fen) AS fen FROM dues_payment_months WHERE member_id = ? AND month >= ? AND month <= ? GROUP BY month')
    .all(memberId, lo, hi) as { month: string; fen: number }[];
  return new Map(rows.map((r) => [monthIndex(r.month), r.fen]));
}

/** The last month a member has any payment line on, or null. */
export function lastPaidMonth(ledger: Ledger, memberId: number): string | null {
  const row = ledger.prepare('SELECT max(month) AS month FROM dues_payment_months WHERE member_id = ?').get(memberId) as { month: string | null };
  return row.month;
}

const PAYMENT_COLUMNS = `p.id, p.member_id AS memberId, p.paid_on AS paidOn, p.amount_fen AS amountFen, p.method, p.collector, p.receipt_no AS receiptNo,
  p.note, p.reverses_id AS reversesId, (SELECT r.id FROM dues_payments r WHERE r.reverses_id = p.id) AS reversedById`;

type PaymentHead = Omit<DuesPaymentRow, 'lines'>;

function withLines(ledger: Ledger, heads: PaymentHead[]): DuesPaymentRow[] {
  const lines = ledger.prepare('SELECT month, org_id AS orgId, amount_fen AS amountFen FROM dues_payment_months WHERE payment_id = ? ORDER BY month');
  return heads.map((h) => ({ ...h, lines: lines.all(h.id) as DuesPaymentRow['lines'] }));
}

export function paymentsByIds(ledger: Ledger, ids: readonly number[]): DuesPaymentRow[] {
  const one = ledger.prepare(`SELECT ${PAYMENT_COLUMNS} FROM dues_payments p WHERE p.id = ?`);
  return withLines(ledger, ids.map((id) => one.get(id) as PaymentHead).filter(Boolean));
}

/** A member's payments with a line in the year, oldest first. */
export function paymentsOfYear(ledger: Ledger, memberId: number, year: number): DuesPaymentRow[] {
  const heads = ledger
    .prepare(
      `SELECT ${PAYMENT_COLUMNS} FROM dues_payments p WHERE p.id IN
         (SELECT payment_id FROM dues_payment_months WHERE member_id = ? AND month >= ? AND month <= ?) ORDER BY p.paid_on, p.id`,
    )
    .all(memberId, `${year}-01`, `${year}-12`) as PaymentHead[];
  return withLines(ledger, heads);
}
