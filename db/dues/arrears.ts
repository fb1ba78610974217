// Arrears (dues.arrears, 首页): owed months up to a month that are not fully paid, counted from
// the opening (or the first base). 3+ such months → reminder; 6+ consecutive months with nothing
// paid → the 自行脱党 warning list (党章 art. 9: a list for the secretary, never a change).
// 未核定 months are not counted: nothing known is owed until a base is entered.
import type { DuesArrears, DuesArrearsRow, DuesScheme } from '../../api/schemas/dues';
import type { Ledger } from '../open';
import { assess, baseInForce } from './assess';
import { allLiveBases } from './bases';
import { allPeriods, fillOwed } from './owed';
import { monthIndex, monthText, yearOfMonth } from './months';
import { orgAndBelow, orgName, orgNodes } from './orgTree';
import { schemeCache } from './scheme';
import { statusOf, settled } from './status';

export const REMIND_MONTHS = 3;
export const LAPSE_MONTHS = 6;

/** Everyone's arrears up to month `asOf` (text), optionally under one organisation. */
export function arrears(ledger: Ledger, asOf: string, orgId: number | null): DuesArrears {
  return ledger.tx(() => {
    const hi = monthIndex(asOf);
    const nodes = orgNodes(ledger);
    const under = orgAndBelow(nodes, orgId);
    const schemes = schemeCache(ledger);
    const bases = allLiveBases(ledger, hi);
    const openings = new Map(
      (ledger.sqlite.prepare('SELECT id, name, dues_paid_through FROM members').raw().all() as [number, string, string | null][]).map(([id, name, o]) => [id, { name, opening: o ? monthIndex(o) : null }]),
    );
    // The earliest month any member's ledger starts: facts and payments are read from there.
    let lo = hi;
    for (const [id, m] of openings) {
      const start = m.opening !== null ? m.opening + 1 : (bases.get(id)?.[0]?.fromIndex ?? null);
      if (start !== null && start < lo) lo = start;
    }
    const periods = allPeriods(ledger, lo, hi);
    const paid = new Map<number, Map<number, number>>();
    for (const [member, month, fen] of ledger.sqlite
      .prepare('SELECT member_id, month, sum(amount_fen) FROM dues_payment_months WHERE month >= ? AND month <= ? GROUP BY member_id, month')
      .raw()
      .all(monthText(lo), asOf) as [number, string, number][]) {
      let byMonth = paid.get(member);
      if (!byMonth) paid.set(member, (byMonth = new Map()));
      byMonth.set(monthIndex(month), fen);
    }
    const rows: DuesArrearsRow[] = [];
    for (const [memberId, ps] of periods) {
      const who = openings.get(memberId);
      const own = bases.get(memberId);
      if (!who) continue;
      const start = who.opening !== null ? who.opening + 1 : (own?.[0]?.fromIndex ?? null);
      if (start === null || start > hi) continue;
      const owed = fillOwed(ps, start, hi);
      let last = 0;
      for (let i = owed.length - 1; i >= 0; i--) if (owed[i]) { last = owed[i]!; break; }
      if (last === 0 || (under && !under.has(last))) continue;
      const row = memberArrears(start, hi, owed, (m) => assess(schemes(yearOfMonth(m)) as DuesScheme, baseInForce(own, m)).dueFen, paid.get(memberId));
      if (row.unpaid.length === 0) continue;
      rows.push({
        memberId,
        name: who.name,
        branchId: last,
        branchName: orgName(nodes, last),
        unpaidMonths: row.unpaid.map(monthText),
        owedFen: row.owedFen,
        longestRun: row.longestRun,
        paidThrough: row.through === null ? (who.opening === null ? null : monthText(who.opening)) : monthText(row.through),
      });
    }
    rows.sort((a, b) => b.unpaidMonths.length - a.unpaidMonths.length || b.longestRun - a.longestRun || a.memberId - b.memberId);
    return {
      asOf,
      rows,
      remindCount: rows.filter((r) => r.unpaidMonths.length >= REMIND_MONTHS).length,
      lapseCount: rows.filter((r) => r.longestRun >= LAPSE_MONTHS).length,
    };
  });
}

/** One member's arrears over [start, hi] from owed branches, 应交 and paid sums. */
export function memberArrears(start: number, hi: number, owed: Int32Array, dueOf: (m: number) => number | null, paid: Map<number, number> | undefined) {
  const unpaid: number[] = [];
  let owedFen = 0;
  let run = 0;
  let longestRun = 0;
  let through: number | null = null;
  let settledSoFar = true;
  for (let m = start; m <= hi; m++) {
    if (!owed[m - start]) {
      // A month not owed (停止党籍, off the roster) is no month of not paying: the run starts over.
      run = 0;
      continue;
    }
    const due = dueOf(m);
    const fen = paid?.get(m) ?? 0;
    const status = statusOf(true, due, fen, false);
    if (settledSoFar && settled(status)) through = m;
    else settledSoFar = false;
    if (status === '未交' || status === '少交') {
      unpaid.push(m);
      owedFen += due! - fen;
    }
    run = status === '未交' ? run + 1 : 0;
    if (run > longestRun) longestRun = run;
  }
  return { unpaid, owedFen, longestRun, through };
}
