// Payments (docs/dues.md): a payment covers whole months of one year and is split over them —
// each month's outstanding 应交 in order, anything more (自愿多交) on the last month. Less than
// the months' 应交 is refused unless it covers one month (少交). A fully paid month is refused.
// Payments are append-only: a mistake is undone by a reversing payment with negated lines.
import { formatFen } from '../../api/rules/dues';
import type { PayBranchMonthInput, PayInput, PayResult } from '../../api/schemas/dues';
import { nowStamp } from '../clock';
import { notFound, refuse } from '../ledgerError';
import type { Ledger } from '../open';
import { memberMonths } from './memberMonths';
import { monthPage } from './monthPage';
import { monthIndex, monthText } from './months';
import { paymentsByIds } from './paid';
import { followDuesPoints } from './pointsFollow';
import { duesStartIndex } from './start';

const monthLabel = (m: number): string => `${monthText(m).replace('-', '年')}月`;

interface Head {
  memberId: number;
  paidOn: string;
  amountFen: number;
  method: string;
  collector: string | null;
  receiptNo: string | null;
  note: string | null;
  reversesId: number | null;
}

function insertPayment(ledger: Ledger, head: Head, lines: readonly { month: string; orgId: number; amountFen: number }[]): number {
  const id = Number(
    ledger
      .prepare(
        `INSERT INTO dues_payments (member_id, paid_on, amount_fen, method, collector, receipt_no, note, reverses_id, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(head.memberId, head.paidOn, head.amountFen, head.method, head.collector, head.receiptNo, head.note, head.reversesId, nowStamp()).lastInsertRowid,
  );
  const line = ledger.prepare('INSERT INTO dues_payment_months (payment_id, month, member_id, org_id, amount_fen) VALUES (?, ?, ?, ?, ?)');
  for (const l of lines) line.run(id, l.month, head.memberId, l.orgId, l.amountFen);
  return id;
}

/** The lines a payment of `amountFen` (null: exactly what is outstanding) makes over [from, to]. */
export function splitPayment(
  ledger: Ledger,
  memberId: number,
  from: number,
  to: number,
  amountFen: number | null,
): { month: string; orgId: number; amountFen: number }[] {
  const start = duesStartIndex(ledger);
  if (start !== null && from < start)
    throw refuse(`${monthLabel(from)}早于本台账开始记党费的月份（${monthLabel(start)}）；补录以前的交纳，请先在“党费建账”中把起始月份提前`, 'fromMonth');
  const months = memberMonths(ledger, memberId, from, to);
  const lines: { month: string; orgId: number; amountFen: number }[] = [];
  for (const mm of months) {
    const label = monthLabel(mm.m);
    if (mm.orgId === null) throw refuse(`${label}该党员不在本社区党员名册或党籍不正常，无需交纳党费`, 'fromMonth');
    if (mm.status === '期初已交') throw refuse(`${label}的党费在建账前已交（党费交纳至），不能重复交纳`, 'fromMonth');
    if (mm.status === '未核定') throw refuse(`${label}尚未核定党费基数，请先在“党费基数”中核定`, 'fromMonth');
    if (mm.status === '已交' || mm.status === '免交') throw refuse(`${label}的党费已交清，不能重复交纳`, 'fromMonth');
    lines.push({ month: monthText(mm.m), orgId: mm.orgId, amountFen: mm.dueFen! - mm.paidFen });
  }
  const outstanding = lines.reduce((s, l) => s + l.amountFen, 0);
  if (amountFen === null) return lines;
  if (amountFen <= 0) throw refuse('金额应大于0', 'amountFen');
  if (amountFen < outstanding) {
    if (lines.length > 1) throw refuse(`所选${lines.length}个月应交合计${formatFen(outstanding)}元，金额不足；少交只能按单月登记`, 'amountFen');
    lines[0]!.amountFen = amountFen;
    return lines;
  }
  lines[lines.length - 1]!.amountFen += amountFen - outstanding;
  return lines;
}

/** Paying within the year's months only, and a date not in the future. */
function checkPayment(input: { fromMonth: string; toMonth: string; paidOn: string }, today: string) {
  if (input.paidOn > today) throw refuse('交纳日期不能晚于今天', 'paidOn');
}

export function pay(ledger: Ledger, input: PayInput, today: string): PayResult {
  checkPayment(input, today);
  return ledger.tx(() => {
    const member = ledger.prepare('SELECT id FROM members WHERE id = ?').get(input.memberId);
    if (!member) throw notFound('党员');
    const lines = splitPayment(ledger, input.memberId, monthIndex(input.fromMonth), monthIndex(input.toMonth), input.amountFen);
    const amountFen = lines.reduce((s, l) => s + l.amountFen, 0);
    const id = insertPayment(ledger, { ...input, amountFen, reversesId: null }, lines);
    followDuesPoints(ledger, Number(input.fromMonth.slice(0, 4)), [input.memberId]);
    return { payments: paymentsByIds(ledger, [id]), skipped: [] };
  });
}

/** 全部已交: every member owing the month there pays what is outstanding, except those named. */
export function payBranchMonth(ledger: Ledger, input: PayBranchMonthInput, today: string): PayResult {
  if (input.paidOn > today) throw refuse('交纳日期不能晚于今天', 'paidOn');
  return ledger.tx(() => {
    const page = monthPage(ledger, input.orgId, input.month);
    const except = new Set(input.exceptMemberIds);
    const payments: PayResult['payments'] = [];
    const skipped: PayResult['skipped'] = [];
    for (const r of page.rows) {
      if (except.has(r.memberId)) continue;
      if (r.status === '未核定') skipped.push({ memberId: r.memberId, name: r.name, reason: '未核定基数' });
      if (r.status !== '未交' && r.status !== '少交') continue;
      const line = { month: input.month, orgId: input.orgId, amountFen: r.dueFen! - r.paidFen };
      const head = {
        memberId: r.memberId,
        paidOn: input.paidOn,
        amountFen: line.amountFen,
        method: input.method,
        collector: input.collector,
        receiptNo: null,
        note: null,
        reversesId: null,
      };
      // Answered from what was written, not read back: 200 members would be 400 more reads.
      payments.push({ id: insertPayment(ledger, head, [line]), ...head, reversedById: null, lines: [line] });
    }
    followDuesPoints(
      ledger,
      Number(input.month.slice(0, 4)),
      payments.map((p) => p.memberId),
    );
    return { payments, skipped };
  });
}

/** A reversing payment: negated amount and lines, dated today; the original stays. */
export function reversePayment(ledger: Ledger, input: { paymentId: number; reason: string }, today: string): PayResult {
  return ledger.tx(() => {
    const [original] = paymentsByIds(ledger, [input.paymentId]);
    if (!original) throw notFound('交纳记录');
    if (original.reversesId !== null) throw refuse('这是一条冲销记录，不能再冲销', 'paymentId');
    if (original.reversedById !== null) throw refuse('该交纳记录已冲销', 'paymentId');
    const id = insertPayment(
      ledger,
      {
        memberId: original.memberId,
        paidOn: today,
        amountFen: -original.amountFen,
        method: original.method,
        collector: null,
        receiptNo: original.receiptNo,
        note: `冲销：${input.reason}`,
        reversesId: original.id,
      },
      original.lines.map((l) => ({ ...l, amountFen: -l.amountFen })),
    );
    for (const year of new Set(original.lines.map((l) => Number(l.month.slice(0, 4))))) followDuesPoints(ledger, year, [original.memberId]);
    return { payments: paymentsByIds(ledger, [original.id, id]), skipped: [] };
  });
}
