// Who owes 党费 for which month, and to which branch (docs/dues.md): a member owes month M when
// on some day of M they are on the roster (a branch interval) with 党籍 正常 — joiners from their
// month, leavers to theirs, 停止党籍 from 03-15 owes March. The branch owed is the one held on
// the last such day, so a transfer splits months between branches and never counts one twice.
// Read from the dated facts (member_facts), never from today's columns.
import type { Ledger } from '../open';
import { holdsOn } from '../members/facts';
import { noteReads, recordReads } from '../readTables';
import { memberFactChanges } from '../tableChanges';
import { firstDay, lastMonthBefore, monthOfDay } from './months';

/** A stretch on the roster with 党籍 正常, in one branch: [from, to). */
export interface OwingPeriod {
  orgId: number;
  from: string;
  to: string | null;
}

type Span = [value: string, from: string, to: string | null];

/** The branch intervals cut to the days 党籍 is 正常; both lists sorted by their start. */
export function owingPeriods(branches: readonly Span[], statuses: readonly Span[]): OwingPeriod[] {
  const out: OwingPeriod[] = [];
  for (const [org, bf, bt] of branches) {
    for (const [value, sf, st] of statuses) {
      if (value !== '正常') continue;
      const from = bf > sf ? bf : sf;
      const to = bt === null ? st : st === null ? bt : bt < st ? bt : st;
      if (to === null || from < to) out.push({ orgId: Number(org), from, to });
    }
  }
  return out.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

/**
 * The months in [lo, hi] the periods owe, each with its branch: `into[m - lo]` = branch id,
 * 0 when not owed. Later periods overwrite earlier ones, so a month goes to the last day's branch.
 */
export function fillOwed(periods: readonly OwingPeriod[], lo: number, hi: number, into: Int32Array = new Int32Array(hi - lo + 1)): Int32Array {
  for (const p of periods) {
    const start = Math.max(lo, monthOfDay(p.from));
    const end = Math.min(hi, p.to === null ? hi : lastMonthBefore(p.to));
    for (let m = start; m <= end; m++) into[m - lo] = p.orgId;
  }
  return into;
}

const FACTS_OF_MEMBER = `SELECT fact, value, valid_from, valid_to FROM member_facts
  WHERE member_id = ? AND fact IN ('branch', 'party_status') AND valid_from < ? AND (valid_to IS NULL OR valid_to > ?)
  ORDER BY fact, valid_from`;

/** One member's owing periods touching months [lo, hi]. */
export function memberPeriods(ledger: Ledger, memberId: number, lo: number, hi: number): OwingPeriod[] {
  const rows = ledger.prepare(FACTS_OF_MEMBER).all(memberId, firstDay(hi + 1), firstDay(lo)) as {
    fact: string;
    value: string;
    valid_from: string;
    valid_to: string | null;
  }[];
  const branches: Span[] = [];
  const statuses: Span[] = [];
  for (const r of rows) (r.fact === 'branch' ? branches : statuses).push([r.value, r.valid_from, r.valid_to]);
  return owingPeriods(branches, statuses);
}

/**
 * Every member's owed months in [lo, hi] in one pass over the facts (street scale): member →
 * branch per month (0 = not owed). Days travel as YYYYMMDD numbers and the member index is read
 * in its own order, so 45,000 intervals cost no string or sort.
 */
export function allOwed(ledger: Ledger, lo: number, hi: number, memberIds?: readonly number[]): Map<number, Int32Array> {
  const rows = ledger.sqlite
    .prepare(
      `SELECT member_id, fact = 'branch', CAST(value AS INTEGER), CAST(replace(valid_from, '-', '') AS INTEGER),
              CAST(replace(coalesce(valid_to, '99991231'), '-', '') AS INTEGER), value = '正常'
       FROM member_facts INDEXED BY member_facts_member_idx
       WHERE fact IN ('branch', 'party_status') AND valid_from < ? AND (valid_to IS NULL OR valid_to > ?)
       ${memberIds ? ' AND member_id IN (SELECT value FROM json_each(?))' : ''}`,
    )
    .raw()
    .all(...[firstDay(hi + 1), firstDay(lo), ...(memberIds ? [JSON.stringify(memberIds)] : [])]) as [number, number, number, number, number, number][];
  const out = new Map<number, Int32Array>();
  const span = hi - lo + 1;
  const monthOf = (d: number) => Math.floor(d / 10000) * 12 + (Math.floor(d / 100) % 100) - 1;
  const fill = (owed: Int32Array, from: number, to: number, org: number) => {
    const start = Math.max(lo, monthOf(from));
    const end = Math.min(hi, to % 100 === 1 ? monthOf(to) - 1 : monthOf(to));
    for (let m = start; m <= end; m++) owed[m - lo] = org;
  };
  let i = 0;
  while (i < rows.length) {
    const member = rows[i]![0];
    let j = i;
    while (j < rows.length && rows[j]![0] === member) j++;
    let owed: Int32Array | null = null;
    if (j - i === 2 && rows[i]![1] === 1 && rows[i + 1]![1] === 0) {
      // Most members: one stretch in one branch, one 党籍 interval.
      const [, , org, bf, bt] = rows[i]!;
      const [, , , sf, st, normal] = rows[i + 1]!;
      const from = bf > sf ? bf : sf;
      const to = bt < st ? bt : st;
      if (normal === 1 && from < to) fill((owed = new Int32Array(span)), from, to, org);
    } else {
      // The index orders a member's intervals by fact, then start; pieces are filled by start so a later one wins its month.
      const pieces: [number, number, number][] = [];
      for (let b = i; b < j; b++) {
        if (rows[b]![1] !== 1) continue;
        const [, , org, bf, bt] = rows[b]!;
        for (let s = i; s < j; s++) {
          const [, isBranch, , sf, st, normal] = rows[s]!;
          if (isBranch === 1 || normal !== 1) continue;
          const from = bf > sf ? bf : sf;
          const to = bt < st ? bt : st;
          if (from < to) pieces.push([from, to, org]);
        }
      }
      if (pieces.length > 0) {
        pieces.sort((x, y) => x[0] - y[0]);
        owed = new Int32Array(span);
        for (const [from, to, org] of pieces) fill(owed, from, to, org);
      }
    }
    i = j;
    if (owed === null) continue;
    out.set(member, owed);
  }
  return out;
}

interface KeptOwed {
  /** What the full computation read (readTables.ts), named again when the kept map answers. */
  names: Set<string>;
  base: string;
  position: number;
  owed: Map<number, Int32Array>;
}
const keptOwed = new WeakMap<Ledger, Map<string, KeptOwed>>();

/**
 * allOwed of everyone, kept across writes: a payment or a base does not move who owes which
 * month, and a change of someone's facts redoes only that member (the connection's log of
 * member_facts writes, tableChanges.ts). The map is shared and updated in place by later
 * calls: read it during the call, never change it, never keep it.
 */
export function allOwedKept(ledger: Ledger, lo: number, hi: number): ReadonlyMap<number, Int32Array> {
  // Inside a transaction the facts may roll back: worked out afresh, not kept.
  if (ledger.sqlite.inTransaction) return allOwed(ledger, lo, hi);
  let mine = keptOwed.get(ledger);
  if (!mine) keptOwed.set(ledger, (mine = new Map()));
  const key = `${lo}:${hi}`;
  const held = mine.get(key);
  const log = memberFactChanges(ledger, held?.position ?? Number.MAX_SAFE_INTEGER);
  if (!held || held.base !== log.base || held.position > log.position) {
    const { value: owed, names } = recordReads(() => allOwed(ledger, lo, hi));
    mine.set(key, { names, base: log.base, position: log.position, owed });
    return owed;
  }
  noteReads(held.names);
  if (log.members.length > 0) {
    const redone = allOwed(ledger, lo, hi, log.members);
    for (const id of log.members) {
      const owed = redone.get(id);
      if (owed) held.owed.set(id, owed);
      else held.owed.delete(id);
    }
  }
  held.position = log.position;
  return held.owed;
}

/** The members who held `orgId` on some day of month m (candidates; fillOwed decides who owes it there). */
export function branchCandidates(ledger: Ledger, orgId: number, m: number): number[] {
  return (
    ledger
      .prepare(
        `SELECT DISTINCT member_id AS id FROM member_facts f
         WHERE f.fact = 'branch' AND f.value = @org AND f.valid_from < @next AND (f.valid_to IS NULL OR f.valid_to > @start)`,
      )
      .all({ org: String(orgId), next: firstDay(m + 1), start: firstDay(m) }) as { id: number }[]
  ).map((r) => r.id);
}

/** 预备党员 / 正式党员 held on a day. */
export function categoryOn(ledger: Ledger, memberId: number, day: string): string | null {
  const row = ledger
    .prepare(`SELECT value FROM member_facts f WHERE f.member_id = @memberId AND f.fact = 'category' AND ${holdsOn('f')}`)
    .get({ memberId, day }) as { value: string } | undefined;
  return row?.value ?? null;
}
