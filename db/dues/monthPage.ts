// A branch's month (dues.month): every member who owes it there, 应交, 实交 and status.
import type { DuesMonthPage, DuesMonthRow } from '../../api/schemas/dues';
import { notFound } from '../ledgerError';
import type { Ledger } from '../open';
import { assess, baseInForce } from './assess';
import { liveBasesOf } from './bases';
import { branchCandidates, categoryOn, fillOwed, memberPeriods, type OwingPeriod } from './owed';
import { firstDay, monthIndex, yearOfMonth } from './months';
import { openingOf } from './memberMonths';
import { readScheme } from './scheme';
import { statusOf } from './status';

/** The last day of month m the member is owed for (the category shown is the one held that day). */
function lastDayIn(periods: readonly OwingPeriod[], m: number): string {
  const next = firstDay(m + 1);
  let day = firstDay(m);
  for (const p of periods) {
    if (p.from >= next || (p.to !== null && p.to <= firstDay(m))) continue;
    day = p.to === null || p.to >= next ? lastOf(m) : previousDay(p.to);
  }
  return day;
}

const lastOf = (m: number): string => previousDay(firstDay(m + 1));
function previousDay(day: string): string {
  const d = new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)) - 1));
  return d.toISOString().slice(0, 10);
}

/** Who owes month m to the branch, with each one's periods: the candidates whose month goes there. */
export function owersOf(ledger: Ledger, orgId: number, m: number): { memberId: number; periods: OwingPeriod[] }[] {
  const out: { memberId: number; periods: OwingPeriod[] }[] = [];
  for (const memberId of branchCandidates(ledger, orgId, m)) {
    const periods = memberPeriods(ledger, memberId, m, m);
    if (fillOwed(periods, m, m)[0] === orgId) out.push({ memberId, periods });
  }
  return out;
}

const PAYMENTS_OF_MONTH = `SELECT p.id, p.paid_on AS paidOn, p.amount_fen AS amountFen, p.method, p.collector, p.receipt_no AS receiptNo, p.reverses_id AS reversesId, l.amount_fen AS lineFen
  FROM dues_payment_months l JOIN dues_payments p ON p.id = l.payment_id WHERE l.member_id = ? AND l.month = ? ORDER BY p.paid_on DESC, p.id DESC`;

export function monthPage(ledger: Ledger, orgId: number, month: string): DuesMonthPage {
  return ledger.tx(() => {
    const org = ledger.prepare('SELECT name FROM orgs WHERE id = ?').get(orgId) as { name: string } | undefined;
    if (!org) throw notFound('党支部');
    const m = monthIndex(month);
    const scheme = readScheme(ledger, yearOfMonth(m));
    const nameOf = ledger.prepare('SELECT name FROM members WHERE id = ?');
    const payments = ledger.prepare(PAYMENTS_OF_MONTH);
    const rows: DuesMonthRow[] = [];
    for (const { memberId, periods } of owersOf(ledger, orgId, m)) {
      const base = baseInForce(liveBasesOf(ledger, memberId), m);
      const a = assess(scheme, base);
      const lines = payments.all(memberId, month) as (DuesMonthRow['payments'][number] & { lineFen: number })[];
      const paidFen = lines.reduce((s, l) => s + l.lineFen, 0);
      const opening = openingOf(ledger, memberId);
      rows.push({
        memberId,
        name: (nameOf.get(memberId) as { name: string }).name,
        category: categoryOn(ledger, memberId, lastDayIn(periods, m)) ?? '',
        kind: base?.kind ?? null,
        baseFen: base?.baseFen ?? null,
        rateBp: a.rateBp,
        fixedFen: a.fixedFen,
        relief: base?.relief ?? null,
        reliefReason: base?.reliefReason ?? null,
        dueFen: a.dueFen,
        paidFen,
        status: statusOf(true, a.dueFen, paidFen, opening !== null && m <= opening)!,
        payments: lines.map(({ lineFen: _line, ...p }) => p),
      });
    }
    rows.sort((a, b) => a.name.localeCompare(b.name, 'zh-Hans-CN') || a.memberId - b.memberId);
    const totals = { owing: rows.length, dueFen: 0, paidFen: 0, paid: 0, short: 0, unpaid: 0, unknown: 0, exempt: 0 };
    for (const r of rows) {
      totals.dueFen += r.dueFen ?? 0;
      totals.paidFen += r.paidFen;
      if (r.status === '已交' || r.status === '期初已交') totals.paid++;
      else if (r.status === '少交') totals.short++;
      else if (r.status === '未交') totals.unpaid++;
      else if (r.status === '未核定') totals.unknown++;
      else totals.exempt++;
    }
    return { orgId, orgName: org.name, month, scheme: { year: scheme.year, rounding: scheme.rounding, isDefault: scheme.isDefault }, rows, totals };
  });
}
