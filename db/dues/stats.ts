// 党费收缴情况统计表 data (dues.stats): per branch × month / quarter / year, 应交人数, 实交人数,
// 应交金额, 实交金额, 欠交人数及金额 and 上缴. One pass over the year's facts, bases and payment
// lines (240,000 member-months at street scale), aggregated in typed loops, kept until a write.
import type { DuesPeriod, DuesStats, DuesStatsCell, DuesStatsRow } from '../../api/schemas/dues';
import { assess, baseInForce } from './assess';
import { allLiveBases, type BaseFacts } from './bases';
import { memoUntilWrite } from '../memo';
import type { Ledger } from '../open';
import { allPeriods, fillOwed } from './owed';
import { decemberOf, januaryOf, monthIndex, monthOfDay } from './months';
import { orgName, orgNodes } from './orgTree';
import { readScheme } from './scheme';

const BRANCH_KINDS = new Set(['党支部', '联合党支部']);

function periodsOf(year: number, period: DuesPeriod): { labels: string[]; ofMonth: (month0: number) => number } {
  if (period === '年') return { labels: [String(year)], ofMonth: () => 0 };
  if (period === '季') return { labels: [1, 2, 3, 4].map((q) => `${year}-Q${q}`), ofMonth: (m) => Math.floor(m / 3) };
  return { labels: Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`), ofMonth: (m) => m };
}

const emptyCell = (period: string): DuesStatsCell => ({ period, owingCount: 0, paidCount: 0, dueFen: 0, paidFen: 0, arrearsCount: 0, arrearsFen: 0, handedFen: 0 });

function addCell(into: DuesStatsCell, c: DuesStatsCell) {
  into.owingCount += c.owingCount;
  into.paidCount += c.paidCount;
  into.dueFen += c.dueFen;
  into.paidFen += c.paidFen;
  into.arrearsCount += c.arrearsCount;
  into.arrearsFen += c.arrearsFen;
  into.handedFen += c.handedFen;
}

export function duesStats(ledger: Ledger, year: number, period: DuesPeriod): DuesStats {
  return memoUntilWrite(ledger, `dues.stats:${year}:${period}`, () => ledger.tx(() => computeStats(ledger, year, period)));
}

function computeStats(ledger: Ledger, year: number, period: DuesPeriod): DuesStats {
  const lo = januaryOf(year);
  const hi = decemberOf(year);
  const { labels, ofMonth } = periodsOf(year, period);
    const scheme = readScheme(ledger, year);
  const nodes = orgNodes(ledger);
  const bases = allLiveBases(ledger, hi);
  const openings = new Map((ledger.sqlite.prepare('SELECT id, dues_paid_through FROM members WHERE dues_paid_through IS NOT NULL').raw().all() as [number, string][]).map(([id, o]) => [id, monthIndex(o)]));
  const paid = new Map<number, Int32Array>();
  for (const [member, month, fen] of ledger.sqlite
    .prepare('SELECT member_id, CAST(substr(month, 6, 2) AS INTEGER), sum(amount_fen) FROM dues_payment_months WHERE month >= ? AND month <= ? GROUP BY member_id, month')
    .raw()
    .all(`${year}-01`, `${year}-12`) as [number, number, number][]) {
    let months = paid.get(member);
    if (!months) paid.set(member, (months = new Int32Array(12)));
    months[month - 1] = fen;
  }

  // Per organisation: P cells. Per member: flags per (org, period), folded into the cells.
  const cells = new Map<number, DuesStatsCell[]>();
  const cellsOf = (orgId: number) => {
    let c = cells.get(orgId);
    if (!c) cells.set(orgId, (c = labels.map(emptyCell)));
    return c;
  };
  const dueCache = new Map<BaseFacts, number | null>();
  const owed = new Int32Array(12);
  // Head counts of the whole year per organisation: a member is one person over all periods.
  const yearCounts = new Map<number, { owing: number; paid: number; arrears: number }>();
  for (const [memberId, ps] of allPeriods(ledger, lo, hi)) {
    owed.fill(0);
    fillOwed(ps, lo, hi, owed);
    const own = bases.get(memberId);
    const opening = openings.get(memberId) ?? -1;
    const paidMonths = paid.get(memberId);
    // state per (period, org slot): 1 owing, 2 unpaid, 4 unknown — few orgs per member per period.
    const marks: { period: number; org: number; state: number }[] = [];
    for (let i = 0; i < 12; i++) {
      const org = owed[i]!;
      if (!org) continue;
      const m = lo + i;
      const base = baseInForce(own, m);
      let due: number | null;
      if (base === null) due = null;
      else if (dueCache.has(base)) due = dueCache.get(base)!;
      else dueCache.set(base, (due = assess(scheme, base).dueFen));
      const fen = paidMonths ? paidMonths[i]! : 0;
      const p = ofMonth(i);
      const cell = cellsOf(org)[p]!;
      cell.paidFen += fen;
      let state = 1;
      if (m <= opening) {
        // Covered by the opening 党费交纳至: counts as paid, nothing owed on the ledger.
      } else if (due === null) state |= 4;
      else {
        cell.dueFen += due;
        if (fen < due) {
          state |= 2;
          cell.arrearsFen += due - fen;
        }
      }
      let mark = marks.find((x) => x.period === p && x.org === org);
      if (!mark) marks.push((mark = { period: p, org, state: 0 }));
      mark.state |= state;
    }
    const yearly = new Map<number, number>();
    for (const { period: p, org, state } of marks) {
      count(cellsOf(org)[p]!, state);
      yearly.set(org, (yearly.get(org) ?? 0) | state);
    }
    for (const [org, state] of yearly) {
      let y = yearCounts.get(org);
      if (!y) yearCounts.set(org, (y = { owing: 0, paid: 0, arrears: 0 }));
      y.owing++;
      if (state & 2) y.arrears++;
      else if (!(state & 4)) y.paid++;
    }
  }

  const streetHanded = labels.map(emptyCell);
  for (const h of ledger
    .prepare('SELECT from_org_id AS fromOrgId, to_org_id AS toOrgId, period_to AS periodTo, amount_fen AS fen FROM dues_handovers WHERE period_to >= ? AND period_to <= ?')
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
    const y = yearCounts.get(node.id) ?? { owing: 0, paid: 0, arrears: 0 };
    total.owingCount = y.owing;
    total.paidCount = y.paid;
    total.arrearsCount = y.arrears;
    rows.push({ orgId: node.id, orgName: orgName(nodes, node.id), cells: rowCells, total });
  }
  const totalCells = labels.map(emptyCell);
  for (const r of rows) r.cells.forEach((c, i) => addCell(totalCells[i]!, { ...c, handedFen: 0 }));
  totalCells.forEach((c, i) => (c.handedFen = streetHanded[i]!.handedFen));
  const grand = emptyCell(String(year));
  for (const c of totalCells) addCell(grand, c);
  grand.owingCount = grand.paidCount = grand.arrearsCount = 0;
  for (const r of rows) {
    grand.owingCount += r.total.owingCount;
    grand.paidCount += r.total.paidCount;
    grand.arrearsCount += r.total.arrearsCount;
  }
  return { year, period, periods: labels, rows, total: { orgId: 0, orgName: '合计', cells: totalCells, total: grand } };
}

/** state bits: 1 owing, 2 a month not fully paid, 4 a month whose 应交 is 未核定. */
function count(cell: DuesStatsCell, state: number) {
  cell.owingCount++;
  if (state & 2) cell.arrearsCount++;
  else if (!(state & 4)) cell.paidCount++;
}
