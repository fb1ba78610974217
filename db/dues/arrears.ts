// Arrears (dues.arrears, 首页): owed months up to a month that are not fully paid, counted from
// the opening (or the first base). 3+ such months → reminder; 6+ consecutive months with nothing
// paid → the 自行脱党 warning list (党章 art. 9: a list for the secretary, never a change).
// A month with no base (未核定) and nothing paid counts as not paid: a member who pays nothing is in
// arrears whether or not a base was entered (党章 art. 9); its amount is unknown, so not summed.
// Months before the ledger's 党费 start (start.ts) are never counted.
import type { DuesArrears, DuesArrearsRow } from '../../api/schemas/dues';
import { memoUntilWrite } from '../memo';
import type { Ledger } from '../open';
import { assess, baseInForce } from './assess';
import { allLiveBasesKept, type BaseFacts } from './bases';
import { allOwedKept } from './owed';
import { paidGrid, type PaidGrid } from './paidGrid';
import { monthIndex, monthText, yearOfMonth } from './months';
import { orgAndBelow, orgName, orgNodes } from './orgTree';
import { schemeCache } from './scheme';
import { memberStart, duesStartIndex } from './start';
import { statusOf, settled } from './status';

export const REMIND_MONTHS = 3;
export const LAPSE_MONTHS = 6;

/** Everyone's arrears up to month `asOf` (text), optionally under one organisation. */
export function arrears(ledger: Ledger, asOf: string, orgId: number | null): DuesArrears {
  // Kept until a write: 首页 asks on every visit, and a street's arrears read a year of facts and lines.
  return memoUntilWrite(ledger, `dues.arrears:${asOf}:${orgId}`, () => {
    const hi = monthIndex(asOf);
    const bases = allLiveBasesKept(ledger, hi);
    const openings = openingsOf(ledger);
    const ledgerStart = duesStartIndex(ledger);
    const startOf = (id: number) => memberStart(ledgerStart, openings.get(id) ?? null, bases.get(id)?.[0]?.fromIndex ?? null);
    // The earliest month any member's ledger starts: facts and payments are read from there.
    let lo = ledgerStart === null ? hi : Math.min(hi, ledgerStart);
    for (const id of openings.keys()) lo = Math.min(lo, startOf(id) ?? hi);
    for (const id of bases.keys()) lo = Math.min(lo, startOf(id) ?? hi);
    // Kept across writes that leave them be (a payment only adds lines), so read before the
    // transaction, as stats.ts does.
    const owed = allOwedKept(ledger, lo, hi);
    const paid = paidGrid(ledger, lo, hi);
    return ledger.tx(() => computeArrears(ledger, asOf, orgId, { bases, openings, startOf, ledgerStart, lo, owed, paid }));
  });
}

/** Each member's opening 党费交纳至 as a month index. */
function openingsOf(ledger: Ledger): Map<number, number> {
  return new Map(
    (ledger.sqlite.prepare('SELECT id, dues_paid_through FROM members WHERE dues_paid_through IS NOT NULL').raw().all() as [number, string][]).map(
      ([id, o]) => [id, monthIndex(o)],
    ),
  );
}

interface ArrearsInputs {
  bases: ReadonlyMap<number, readonly BaseFacts[]>;
  openings: Map<number, number>;
  /** The member's first month on the ledger (start.ts memberStart). */
  startOf: (id: number) => number | null;
  ledgerStart: number | null;
  lo: number;
  owed: ReadonlyMap<number, Int32Array>;
  paid: PaidGrid;
}

function computeArrears(
  ledger: Ledger,
  asOf: string,
  orgId: number | null,
  { bases, openings, startOf, ledgerStart, lo, owed: owedOf, paid }: ArrearsInputs,
): DuesArrears {
  {
    const hi = monthIndex(asOf);
    const nodes = orgNodes(ledger);
    const under = orgAndBelow(nodes, orgId);
    const schemes = schemeCache(ledger);
    const { span, capacity, paid: paidFlat } = paid;
    const nameOf = ledger.prepare('SELECT name FROM members WHERE id = ?');
    // 应交 per base row and year, worked out once: a street has 20,000 rows and 12 months each.
    const dues = new Map<BaseFacts, Map<number, number | null>>();
    const dueOf = (year: number, base: BaseFacts | null): number | null => {
      if (base === null) return null;
      let byYear = dues.get(base);
      if (!byYear) dues.set(base, (byYear = new Map()));
      if (!byYear.has(year)) byYear.set(year, assess(schemes(year), base).dueFen);
      return byYear.get(year)!;
    };
    const rows: DuesArrearsRow[] = [];
    for (const [memberId, owedAll] of owedOf) {
      const own = bases.get(memberId);
      const start = startOf(memberId);
      if (start === null || start > hi) continue;
      const opening = openings.get(memberId) ?? null;
      const owed = owedAll.subarray(start - lo);
      let last = 0;
      for (let i = owed.length - 1; i >= 0; i--)
        if (owed[i]) {
          last = owed[i]!;
          break;
        }
      if (last === 0 || (under && !under.has(last))) continue;
      const row = memberArrears(
        start,
        hi,
        owed,
        (m) => dueOf(yearOfMonth(m), baseInForce(own, m)),
        (m) => (memberId < capacity ? paidFlat[memberId * span + m - lo]! : 0),
      );
      if (row.unpaid.length === 0) continue;
      rows.push({
        memberId,
        name: (nameOf.get(memberId) as { name: string }).name,
        branchId: last,
        branchName: orgName(nodes, last),
        unpaidMonths: row.unpaid.map(monthText),
        owedFen: row.owedFen,
        longestRun: row.longestRun,
        paidThrough: row.through === null ? (opening === null ? null : monthText(opening)) : monthText(row.through),
      });
    }
    rows.sort((a, b) => b.unpaidMonths.length - a.unpaidMonths.length || b.longestRun - a.longestRun || a.memberId - b.memberId);
    return {
      asOf,
      startMonth: ledgerStart === null ? null : monthText(ledgerStart),
      rows,
      remindCount: rows.filter((r) => r.unpaidMonths.length >= REMIND_MONTHS).length,
      lapseCount: rows.filter((r) => r.longestRun >= LAPSE_MONTHS).length,
    };
  }
}

/** One member's arrears over [start, hi] from owed branches, 应交 and paid sums. */
export function memberArrears(start: number, hi: number, owed: Int32Array, dueOf: (m: number) => number | null, paidOf: (m: number) => number) {
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
    const fen = paidOf(m);
    const status = statusOf(true, due, fen, false);
    if (settledSoFar && settled(status)) through = m;
    else settledSoFar = false;
    // 未核定 with nothing paid is a month of not paying (its amount unknown); 未核定 with something paid is not.
    const nothingPaid = status === '未交' || (status === '未核定' && fen <= 0);
    if (status === '少交' || nothingPaid) {
      unpaid.push(m);
      if (due !== null) owedFen += due - fen;
    }
    run = nothingPaid ? run + 1 : 0;
    if (run > longestRun) longestRun = run;
  }
  return { unpaid, owedFen, longestRun, through };
}
