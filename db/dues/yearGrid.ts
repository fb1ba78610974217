// Member × month of a year in one pass (the 党费 forms: 登记表 for a year, 公示, 年度台账):
// which branch each month is owed to, 应交, 实交 and status, for every member of the chosen
// organisations. Built from the same pieces as dues.stats (dated facts, live bases, payment
// lines) so the forms and the statistics agree; one query each, street scale.
import type { DuesStatus } from '../../api/schemas/dues';
import type { Ledger } from '../open';
import { assess, baseInForce } from './assess';
import { allLiveBases, type BaseFacts } from './bases';
import { decemberOf, januaryOf, monthIndex, throughMonthOf } from './months';
import { allOwed } from './owed';
import { readScheme } from './scheme';
import { duesStartIndex } from './start';
import { statusOf } from './status';

export interface GridMonth {
  /** null: 未核定, or a month not owed to this organisation (预交). */
  dueFen: number | null;
  /** 实交 received by this organisation for the month. */
  paidFen: number;
  /** 预交: money received for a month not owed here (paid ahead by a member who has since left). */
  status: DuesStatus | '预交';
  base: BaseFacts | null;
}

/** One member's months owed to, or paid to, one organisation (a transfer gives a row per branch). */
export interface GridRow {
  memberId: number;
  name: string;
  orgId: number;
  /** Twelve entries, January first; null = not owed to this organisation that month. */
  months: (GridMonth | null)[];
}

export interface YearGrid {
  year: number;
  /** 'YYYY-MM': 应交 and 欠交 count months up to this one (today's month, or December of a past year); a later month shows only what was paid ahead (预交). */
  throughMonth: string;
  isDefaultScheme: boolean;
  rows: GridRow[];
}

/** `orgIds` null = every organisation. Rows ordered by organisation, then name. `today` sets `throughMonth`. */
export function duesYearGrid(ledger: Ledger, year: number, orgIds: ReadonlySet<number> | null, today: string): YearGrid {
  return ledger.tx(() => {
    const lo = januaryOf(year);
    const hi = decemberOf(year);
    const scheme = readScheme(ledger, year);
    const bases = allLiveBases(ledger, hi);
    const openings = new Map(
      (ledger.sqlite.prepare('SELECT id, dues_paid_through FROM members WHERE dues_paid_through IS NOT NULL').raw().all() as [number, string][]).map(
        ([id, o]) => [id, monthIndex(o)],
      ),
    );
    const names = new Map(ledger.sqlite.prepare('SELECT id, name FROM members').raw().all() as [number, string][]);
    // 实交 per member-month and the organisation that received it (the line's org): money follows the cash.
    const paid = new Map<number, Int32Array>();
    const received = new Map<number, [month: number, orgId: number, fen: number][]>();
    for (const [member, month, orgId, fen] of ledger.sqlite
      .prepare(
        `SELECT member_id, CAST(substr(month, 6, 2) AS INTEGER), org_id, sum(amount_fen) FROM dues_payment_months
         WHERE month >= ? AND month <= ? GROUP BY member_id, month, org_id`,
      )
      .raw()
      .all(`${year}-01`, `${year}-12`) as [number, number, number, number][]) {
      let months = paid.get(member);
      if (!months) paid.set(member, (months = new Int32Array(12)));
      months[month - 1]! += fen;
      let own = received.get(member);
      if (!own) received.set(member, (own = []));
      own.push([month - 1, orgId, fen]);
    }
    // Months before the ledger's 党费 start are not on it: shown as not owed here ("—").
    const start = duesStartIndex(ledger) ?? -1;
    const dueCache = new Map<BaseFacts, number | null>();
    const rows: GridRow[] = [];
    const owedAll = allOwed(ledger, lo, hi);
    const rowOf = (byOrg: Map<number, GridRow>, memberId: number, orgId: number) => {
      let row = byOrg.get(orgId);
      if (!row) byOrg.set(orgId, (row = { memberId, name: names.get(memberId) ?? '', orgId, months: Array(12).fill(null) }));
      return row;
    };
    for (const memberId of new Set([...owedAll.keys(), ...received.keys()])) {
      const owed = owedAll.get(memberId);
      const own = bases.get(memberId);
      const opening = openings.get(memberId) ?? -1;
      const paidMonths = paid.get(memberId);
      const byOrg = new Map<number, GridRow>();
      for (let i = 0; owed && i < 12; i++) {
        const orgId = owed[i]!;
        if (!orgId || lo + i < start || (orgIds !== null && !orgIds.has(orgId))) continue;
        const base = baseInForce(own, lo + i);
        let dueFen: number | null = null;
        if (base !== null) {
          if (dueCache.has(base)) dueFen = dueCache.get(base)!;
          else dueCache.set(base, (dueFen = assess(scheme, base).dueFen));
        }
        const paidFen = paidMonths ? paidMonths[i]! : 0;
        rowOf(byOrg, memberId, orgId).months[i] = { dueFen, paidFen: 0, status: statusOf(true, dueFen, paidFen, lo + i <= opening)!, base };
      }
      // The money goes on the row of the organisation that received it; a month it is not owed
      // there (paid ahead by a member who has since left, or before the 党费 start) is 预交.
      for (const [i, orgId, fen] of received.get(memberId) ?? []) {
        if (orgIds !== null && !orgIds.has(orgId)) continue;
        const row = rowOf(byOrg, memberId, orgId);
        const cell = row.months[i] ?? (row.months[i] = { dueFen: null, paidFen: 0, status: '预交', base: baseInForce(own, lo + i) });
        cell.paidFen += fen;
      }
      rows.push(...byOrg.values());
    }
    rows.sort((a, b) => a.orgId - b.orgId || a.name.localeCompare(b.name, 'zh-Hans-CN') || a.memberId - b.memberId);
    return { year, throughMonth: throughMonthOf(year, today), isDefaultScheme: scheme.isDefault, rows };
  });
}
