// 党费收缴情况统计表 data (dues.stats): per branch × month / quarter / year, 应交人数, 实交人数,
// 应交金额, 实交金额, 欠交人数及金额 and 上缴. One pass over the year's facts, bases and payment
// lines (240,000 member-months at street scale), tallied in typed arrays (statsTally.ts), kept until a write;
// who owes (facts) and 实交 (lines) are kept across writes that leave them be (owed.ts, paidGrid.ts).
import type { DuesPeriod, DuesStats, DuesStatsCell, DuesStatsRow } from '../../api/schemas/dues';
import { DUES_KINDS, DUES_RELIEFS } from '../../api/dues';
import { dueCalculator } from './assess';
import { allLiveBaseCodes } from './bases';
import { memoUntilWrite } from '../memo';
import { memoUntilTablesChange } from '../tableChanges';
import type { Ledger } from '../open';
import { allOwedKept } from './owed';
import { paidGrid, type PaidGrid } from './paidGrid';
import { decemberOf, januaryOf, monthIndex, monthOfDay, throughMonthOf } from './months';
import { orgName, orgNodes } from './orgTree';
import { readScheme } from './scheme';
import { tallyOwed } from './statsTally';
import { duesStartIndex } from './start';

const BRANCH_KINDS = new Set(['党支部', '联合党支部']);

function periodsOf(year: number, period: DuesPeriod): { labels: string[]; ofMonth: (month0: number) => number } {
  if (period === '年') return { labels: [String(year)], ofMonth: () => 0 };
  if (period === '季') return { labels: [1, 2, 3, 4].map((q) => `${year}-Q${q}`), ofMonth: (m) => Math.floor(m / 3) };
  return { labels: Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`), ofMonth: (m) => m };
}

const emptyCell = (period: string): DuesStatsCell => ({
  period,
  owingCount: 0,
  paidCount: 0,
  dueFen: 0,
  paidFen: 0,
  arrearsCount: 0,
  arrearsFen: 0,
  handedFen: 0,
});

function addCell(into: DuesStatsCell, c: DuesStatsCell) {
  into.owingCount += c.owingCount;
  into.paidCount += c.paidCount;
  into.dueFen += c.dueFen;
  into.paidFen += c.paidFen;
  into.arrearsCount += c.arrearsCount;
  into.arrearsFen += c.arrearsFen;
  into.handedFen += c.handedFen;
}

/** `today` ('YYYY-MM-DD'): months after its month are not owed yet (only their 预交 counts, in 实交). */
export function duesStats(ledger: Ledger, year: number, period: DuesPeriod, today: string): DuesStats {
  const through = throughMonthOf(year, today);
  // A settings write moves the write stamp too, so the start is read inside the kept value.
  return memoUntilWrite(ledger, `dues.stats:${year}:${period}:${through}`, () => {
    const lo = januaryOf(year);
    const hi = decemberOf(year);
    // Who owes what (the facts), 应交 (bases and scheme) and what was paid are kept across writes that leave them be
    // (a payment adds its lines to the kept grid); read before the transaction, which would
    // refuse to keep them. Only another connection could write in between, and its commit
    // empties both next time.
    const owed = allOwedKept(ledger, lo, hi);
    const paid = paidGrid(ledger, lo, hi);
    const due = dueGrid(ledger, year);
    return ledger.tx(() => computeStats(ledger, year, period, monthIndex(through), duesStartIndex(ledger) ?? -1, owed, paid, due));
  });
}

function computeStats(
  ledger: Ledger,
  year: number,
  period: DuesPeriod,
  through: number,
  start: number,
  owedOf: ReadonlyMap<number, Int32Array>,
  paidOf: PaidGrid,
  dueOf: DueGrid,
): DuesStats {
  const lo = januaryOf(year);
  const { labels, ofMonth } = periodsOf(year, period);
  const nodes = orgNodes(ledger);
  const openings = new Map(
    (ledger.sqlite.prepare('SELECT id, dues_paid_through FROM members WHERE dues_paid_through IS NOT NULL').raw().all() as [number, string][]).map(
      ([id, o]) => [id, monthIndex(o)],
    ),
  );
  const orgIds = [...nodes.keys()];
  const orgIndex = new Map(orgIds.map((id, i) => [id, i]));
  const P = labels.length;
  // Who owed what, and who paid, per (organisation, period), per organisation over the year, and
  // at the community level (a person who moved between branches is one 应交人 there).
  const t = tallyOwed({
    orgIndex,
    orgCount: orgIds.length,
    periods: P,
    periodOfMonth: Int32Array.from({ length: 12 }, (_, i) => ofMonth(i)),
    lo,
    through,
    start,
    owedOf,
    openings,
    due: dueOf.due,
    dueCapacity: dueOf.capacity,
    paid: paidOf.paid,
    paidCapacity: paidOf.capacity,
  });

  // Per organisation: P cells, made for those owed some month of the year; 实交 and 上缴 below add others.
  const cells = new Map<number, DuesStatsCell[]>();
  const cellsOf = (orgId: number) => {
    let c = cells.get(orgId);
    if (!c) cells.set(orgId, (c = labels.map(emptyCell)));
    return c;
  };
  orgIds.forEach((orgId, oi) => {
    if (!t.present[oi]) return;
    cells.set(
      orgId,
      labels.map((label, p) => {
        const k = oi * P + p;
        return {
          period: label,
          owingCount: t.owing[k]!,
          paidCount: t.paidCount[k]!,
          dueFen: t.dueFen[k]!,
          paidFen: 0,
          arrearsCount: t.arrears[k]!,
          arrearsFen: t.arrearsFen[k]!,
          handedFen: 0,
        };
      }),
    );
  });

  // 实交 is credited to the organisation that received it (the payment line's org), whoever owes the
  // month now: months paid ahead by a member who has since left stay as 预交/多交, never dropped.
  for (const [org, months] of paidOf.byOrg) {
    for (let i = 0; i < 12; i++) if (months[i] !== 0) cellsOf(org)[ofMonth(i)]!.paidFen += months[i]!;
  }

  const streetHanded = labels.map(emptyCell);
  for (const h of ledger
    .prepare(
      `SELECT from_org_id AS fromOrgId, to_org_id AS toOrgId, period_to AS periodTo, amount_fen AS fen FROM dues_handovers
       WHERE period_to >= ? AND period_to <= ?`,
    )
    .all(`${year}-01`, `${year}-12`) as { fromOrgId: number; toOrgId: number | null; periodTo: string; fen: number }[]) {
    const p = ofMonth(monthOfDay(`${h.periodTo}-01`) - lo);
    if (h.toOrgId === null) streetHanded[p]!.handedFen += h.fen;
    else cellsOf(h.fromOrgId)[p]!.handedFen += h.fen;
  }

  const rows: DuesStatsRow[] = [];
  for (const node of nodes.values()) {
    const own = cells.get(node.id);
    if (!own && (!BRANCH_KINDS.has(node.kind) || (node.closedOn !== null && node.closedOn < `${year}-01-01`))) continue;
    const rowCells = own ?? labels.map(emptyCell);
    const total = emptyCell(String(year));
    for (const c of rowCells) addCell(total, c);
    const oi = orgIndex.get(node.id)!;
    total.owingCount = t.yearOwing[oi]!;
    total.paidCount = t.yearPaid[oi]!;
    total.arrearsCount = t.yearArrears[oi]!;
    rows.push({ orgId: node.id, orgName: orgName(nodes, node.id), cells: rowCells, total });
  }
  const totalCells = labels.map(emptyCell);
  for (const r of rows) r.cells.forEach((c, i) => addCell(totalCells[i]!, { ...c, handedFen: 0, owingCount: 0, paidCount: 0, arrearsCount: 0 }));
  totalCells.forEach((c, i) => {
    c.owingCount = t.communityOwing[i]!;
    c.paidCount = t.communityPaid[i]!;
    c.arrearsCount = t.communityArrears[i]!;
  });
  totalCells.forEach((c, i) => (c.handedFen = streetHanded[i]!.handedFen));
  const grand = emptyCell(String(year));
  for (const c of totalCells) addCell(grand, c);
  grand.owingCount = t.communityOwing[P]!;
  grand.paidCount = t.communityPaid[P]!;
  grand.arrearsCount = t.communityArrears[P]!;
  return { year, period, periods: labels, rows, total: { orgId: 0, orgName: '合计', cells: totalCells, total: grand } };
}

interface DueGrid {
  due: Float64Array;
  /** Member ids the grid has room for (members with no base are 未核定). */
  capacity: number;
}

/**
 * 应交 per member-month of the year, flat by member id (NaN: 未核定): each base row fills its
 * months from its own on, a later row overwriting; bases arrive as numbers (kind and relief as
 * codes). Kept until a base or the year's scheme changes.
 */
function dueGrid(ledger: Ledger, year: number): DueGrid {
  return memoUntilTablesChange(ledger, `dues.due:${year}`, ['dues_bases', 'dues_schemes', 'dues_bands'], () => {
    const lo = januaryOf(year);
    const hi = decemberOf(year);
    const rows = allLiveBaseCodes(ledger, hi);
    let capacity = 0;
    for (const r of rows) if (r[0] >= capacity) capacity = r[0] + 1;
    const due = new Float64Array(capacity * 12).fill(NaN);
    const dueOf = dueCalculator(readScheme(ledger, year));
    for (const [member, fromIndex, kindCode, baseFen, reliefCode, reliefFen] of rows) {
      const fen = dueOf(DUES_KINDS[kindCode]!, baseFen, reliefCode === 0 ? null : DUES_RELIEFS[reliefCode - 1]!, reliefFen);
      for (let m = Math.max(fromIndex, lo); m <= hi; m++) due[member * 12 + m - lo] = fen === null ? NaN : fen;
    }
    return { due, capacity };
  });
}
