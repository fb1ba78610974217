// A branch's month (dues.month): every member who owes it there, 应交, 实交 and status.
import type { DuesBase, DuesMonthPage, DuesMonthRow } from '../../api/schemas/dues';
import { notFound } from '../ledgerError';
import type { Ledger } from '../open';
import { assess } from './assess';
import { BASE_COLUMNS, type LiveBase } from './bases';
import { branchCandidates, fillOwed, owingPeriods, type OwingPeriod } from './owed';
import { firstDay, monthIndex, yearOfMonth } from './months';
import { readScheme } from './scheme';
import { duesStartMonth } from './start';
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
  const ids = branchCandidates(ledger, orgId, m);
  // One read of the candidates' branch and 党籍 intervals touching the month, not one per member.
  const spans = new Map<number, { branches: Span[]; statuses: Span[] }>(ids.map((id) => [id, { branches: [], statuses: [] }]));
  const rows = ledger
    .prepare(
      `SELECT member_id AS memberId, fact, value, valid_from AS validFrom, valid_to AS validTo FROM member_facts
       WHERE member_id IN (SELECT value FROM json_each(@ids)) AND fact IN ('branch', 'party_status')
         AND valid_from < @next AND (valid_to IS NULL OR valid_to > @start)
       ORDER BY member_id, fact, valid_from`,
    )
    .all({ ids: JSON.stringify(ids), next: firstDay(m + 1), start: firstDay(m) }) as {
    memberId: number;
    fact: string;
    value: string;
    validFrom: string;
    validTo: string | null;
  }[];
  for (const r of rows) (r.fact === 'branch' ? spans.get(r.memberId)!.branches : spans.get(r.memberId)!.statuses).push([r.value, r.validFrom, r.validTo]);
  const out: { memberId: number; periods: OwingPeriod[] }[] = [];
  for (const [memberId, { branches, statuses }] of spans) {
    const periods = owingPeriods(branches, statuses);
    if (fillOwed(periods, m, m)[0] === orgId) out.push({ memberId, periods });
  }
  return out;
}

type Span = [value: string, from: string, to: string | null];
type PaymentLine = DuesMonthRow['payments'][number] & { memberId: number; lineFen: number };

export function monthPage(ledger: Ledger, orgId: number, month: string): DuesMonthPage {
  return ledger.tx(() => {
    const org = ledger.prepare('SELECT name FROM orgs WHERE id = ?').get(orgId) as { name: string } | undefined;
    if (!org) throw notFound('党支部');
    const m = monthIndex(month);
    const scheme = readScheme(ledger, yearOfMonth(m));
    const startMonth = duesStartMonth(ledger);
    // Before the ledger's 党费 start nobody owes the month here (the page says from when it counts).
    const owers = startMonth !== null && month < startMonth ? [] : owersOf(ledger, orgId, m);
    // Each of the owers' facts is read once for all of them (a 200-member branch: five reads).
    const ids = JSON.stringify(owers.map((o) => o.memberId));
    const people = new Map(
      (
        ledger.prepare('SELECT id, name, dues_paid_through AS opening FROM members WHERE id IN (SELECT value FROM json_each(?))').all(ids) as {
          id: number;
          name: string;
          opening: string | null;
        }[]
      ).map((p) => [p.id, p]),
    );
    const bases = new Map<number, LiveBase>();
    for (const b of ledger
      .prepare(
        `SELECT ${BASE_COLUMNS} FROM dues_bases
         WHERE member_id IN (SELECT value FROM json_each(?)) AND voided_at IS NULL AND from_month <= ? ORDER BY member_id, from_month`,
      )
      .all(ids, month) as DuesBase[])
      bases.set(b.memberId, { ...b, fromIndex: monthIndex(b.fromMonth) });
    const categories = ledger
      .prepare(
        `SELECT member_id AS memberId, value, valid_from AS validFrom, valid_to AS validTo FROM member_facts
         WHERE member_id IN (SELECT value FROM json_each(?)) AND fact = 'category' AND valid_from < ? ORDER BY member_id, valid_from`,
      )
      .all(ids, firstDay(m + 1)) as { memberId: number; value: string; validFrom: string; validTo: string | null }[];
    const lines = new Map<number, PaymentLine[]>();
    for (const l of ledger
      .prepare(
        `SELECT l.member_id AS memberId, p.id, p.paid_on AS paidOn, p.amount_fen AS amountFen, p.method, p.collector, p.receipt_no AS receiptNo,
                p.reverses_id AS reversesId, l.amount_fen AS lineFen
         FROM dues_payment_months l JOIN dues_payments p ON p.id = l.payment_id
         WHERE l.member_id IN (SELECT value FROM json_each(?)) AND l.month = ? ORDER BY p.paid_on DESC, p.id DESC`,
      )
      .all(ids, month) as PaymentLine[]) {
      let list = lines.get(l.memberId);
      if (!list) lines.set(l.memberId, (list = []));
      list.push(l);
    }
    const rows: DuesMonthRow[] = [];
    for (const { memberId, periods } of owers) {
      const base = bases.get(memberId) ?? null;
      const a = assess(scheme, base);
      const own = lines.get(memberId) ?? [];
      const paidFen = own.reduce((sum, l) => sum + l.lineFen, 0);
      const person = people.get(memberId)!;
      const lastDay = lastDayIn(periods, m);
      const category = categories.find((c) => c.memberId === memberId && c.validFrom <= lastDay && (c.validTo === null || c.validTo > lastDay))?.value ?? '';
      rows.push({
        memberId,
        name: person.name,
        category,
        kind: base?.kind ?? null,
        baseFen: base?.baseFen ?? null,
        rateBp: a.rateBp,
        fixedFen: a.fixedFen,
        relief: base?.relief ?? null,
        reliefReason: base?.reliefReason ?? null,
        dueFen: a.dueFen,
        paidFen,
        status: statusOf(true, a.dueFen, paidFen, person.opening !== null && m <= monthIndex(person.opening))!,
        payments: own.map(({ lineFen: _line, memberId: _member, ...p }) => p),
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
    return { orgId, orgName: org.name, month, startMonth, scheme: { year: scheme.year, rounding: scheme.rounding, isDefault: scheme.isDefault }, rows, totals };
  });
}
