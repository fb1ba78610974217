// 实交 per member-month over a span of months, kept across payments. Payments and their month
// lines are append-only (trigger APPEND_ONLY, migration 0015: a mistake is reversed by a new
// payment) and a payment's lines are written with it, so the grid only ever needs the lines of
// payments with a greater id than it has read: after a payment the street's grid costs the new
// lines, not a re-read of 200,000.
import type { Ledger } from '../open';
import { noteReads } from '../readTables';
import { baseStamp } from '../tableChanges';
import { monthText } from './months';

export interface PaidGrid {
  lo: number;
  span: number;
  /** Member ids the grid has room for: paid[member * span + month - lo]. */
  capacity: number;
  paid: Float64Array;
  /** 实交 by the organisation that received it (the line's org), per month: money follows the cash. */
  byOrg: Map<number, Float64Array>;
}

interface Held {
  base: string;
  lastId: number;
  grid: PaidGrid;
}

const held = new WeakMap<Ledger, Map<string, Held>>();

/** Lines of payments afterId < id ≤ upToId in the span, as three plucked columns (no row arrays at street scale). */
function readLines(ledger: Ledger, lo: number, hi: number, afterId: number, upToId: number) {
  const scan = (column: string) =>
    ledger.sqlite
      .prepare(`SELECT ${column} FROM dues_payment_months WHERE payment_id > ? AND payment_id <= ? AND month >= ? AND month <= ? ORDER BY payment_id, month`)
      .pluck()
      .all(afterId, upToId, monthText(lo), monthText(hi)) as number[];
  return {
    members: scan('member_id'),
    months: scan('CAST(substr(month, 1, 4) AS INTEGER) * 12 + CAST(substr(month, 6, 2) AS INTEGER) - 1'),
    amounts: scan('amount_fen'),
    orgs: scan('org_id'),
  };
}

function addLines(grid: PaidGrid, lines: ReturnType<typeof readLines>): boolean {
  for (let i = 0; i < lines.members.length; i++) {
    const member = lines.members[i]!;
    if (member >= grid.capacity) return false;
    grid.paid[member * grid.span + lines.months[i]! - grid.lo]! += lines.amounts[i]!;
  }
  for (let i = 0; i < lines.orgs.length; i++) {
    let own = grid.byOrg.get(lines.orgs[i]!);
    if (!own) grid.byOrg.set(lines.orgs[i]!, (own = new Float64Array(grid.span)));
    own[lines.months[i]! - grid.lo]! += lines.amounts[i]!;
  }
  return true;
}

function build(ledger: Ledger, lo: number, hi: number, lastId: number): PaidGrid {
  const capacity = (ledger.prepare('SELECT coalesce(max(id), 0) + 1 AS n FROM members').get() as { n: number }).n;
  const span = hi - lo + 1;
  const grid: PaidGrid = { lo, span, capacity, paid: new Float64Array(capacity * span), byOrg: new Map() };
  // Up to lastId only: a line another connection adds meanwhile is read next time, not twice.
  addLines(grid, readLines(ledger, lo, hi, 0, lastId));
  return grid;
}

/**
 * 实交 per member-month for months [lo, hi] (month indexes). The grid returned is shared and
 * updated in place by later calls: read it, never write it, and do not keep it past the call.
 */
export function paidGrid(ledger: Ledger, lo: number, hi: number): PaidGrid {
  const lastId = (ledger.prepare('SELECT coalesce(max(id), 0) AS n FROM dues_payments').get() as { n: number }).n;
  // Inside a transaction the lines may roll back: a grid of its own, not remembered.
  if (ledger.sqlite.inTransaction) return build(ledger, lo, hi, lastId);
  let mine = held.get(ledger);
  if (!mine) held.set(ledger, (mine = new Map()));
  const key = `${lo}:${hi}`;
  const base = baseStamp(ledger);
  const h = mine.get(key);
  if (h && h.base === base && h.lastId <= lastId) {
    // Lines are only ever added with their payment (counted by the max(id) read above), but an
    // enclosing kept value reads them through this grid.
    noteReads(['dues_payment_months']);
    if (h.lastId === lastId) return h.grid;
    if (addLines(h.grid, readLines(ledger, lo, hi, h.lastId, lastId))) {
      h.lastId = lastId;
      return h.grid;
    }
  }
  const grid = build(ledger, lo, hi, lastId);
  mine.set(key, { base, lastId, grid });
  return grid;
}
