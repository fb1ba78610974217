// A member's dated facts (所在党支部, 党小组, 人员类别, 党籍状态, 社区分类) as intervals in
// member_facts, and the cache of today's values on the member row, written together. Every
// writer of these facts goes through here, inside its own transaction.
import { MEMBER_FACT_LABELS, type MemberFact } from '../../api/enums';
import { nowStamp } from '../clock';
import { refuse } from '../ledgerError';
import type { Ledger } from '../open';
import { refuseInClosedYear } from '../closedDay';

/** The member row's column that caches each fact's value today. */
export const CACHE_COLUMN: Record<MemberFact, string> = {
  branch: 'branch_id',
  group: 'group_id',
  category: 'category',
  party_status: 'party_status',
  community_class: 'community_class',
};

/**
 * Organisations are held by id; the other facts by their Chinese word. An organisation's id
 * is bound as text when compared with `value` (String(id)): better-sqlite3 binds a JS number
 * as a double, which the column's text affinity turns into '12.0', matching nothing.
 */
const isOrgFact = (fact: MemberFact) => fact === 'branch' || fact === 'group';

/** The SQL condition "interval `alias` holds on the day bound as `day`" (a named parameter). */
export const holdsOn = (alias: string, day = '@day') => `${alias}.valid_from <= ${day} AND (${alias}.valid_to IS NULL OR ${alias}.valid_to > ${day})`;

export interface FactRow {
  id: number;
  value: string;
  validFrom: string;
  validTo: string | null;
}

const FACT_COLUMNS = 'id, value, valid_from AS validFrom, valid_to AS validTo';

/** The interval still open (no end), if any. */
export function openFact(ledger: Ledger, memberId: number, fact: MemberFact): FactRow | undefined {
  return ledger.prepare(`SELECT ${FACT_COLUMNS} FROM member_facts WHERE member_id = ? AND fact = ? AND valid_to IS NULL`).get(memberId, fact) as
    FactRow | undefined;
}

/** The latest interval, open or closed (a member who left keeps their last branch). */
export function lastFact(ledger: Ledger, memberId: number, fact: MemberFact): FactRow | undefined {
  return ledger.prepare(`SELECT ${FACT_COLUMNS} FROM member_facts WHERE member_id = ? AND fact = ? ORDER BY valid_from DESC LIMIT 1`).get(memberId, fact) as
    FactRow | undefined;
}

/** The value held on `day`, or null. */
export function factOn(ledger: Ledger, memberId: number, fact: MemberFact, day: string): string | null {
  const row = ledger
    .prepare(`SELECT value FROM member_facts f WHERE f.member_id = @memberId AND f.fact = @fact AND ${holdsOn('f')}`)
    .get({ memberId, fact, day }) as { value: string } | undefined;
  return row?.value ?? null;
}

const encode = (value: string | number): string => String(value);
const cached = (fact: MemberFact, value: string): string | number => (isOrgFact(fact) ? Number(value) : value);

function writeCache(ledger: Ledger, memberId: number, fact: MemberFact, value: string | null, leaving: boolean) {
  // Leaving the roster leaves the cache on its last values: a member who left keeps the
  // branch they left from (the column is NOT NULL), and 历史党员 shows it. Leaving a 党小组
  // while staying on the roster clears it.
  if (value === null && (leaving || fact !== 'group')) return;
  ledger.prepare(`UPDATE members SET ${CACHE_COLUMN[fact]} = ? WHERE id = ?`).run(value === null ? null : cached(fact, value), memberId);
}

export type FactValues = Partial<Record<MemberFact, string | number | null>>;

/** An interval written as it is (a new member's history; the caller keeps the cache). */
export function insertSpan(ledger: Ledger, memberId: number, fact: MemberFact, value: string | number, from: string, to: string | null = null): number {
  return Number(
    ledger
      .prepare('INSERT INTO member_facts (member_id, fact, value, valid_from, valid_to, created_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(memberId, fact, encode(value), from, to, nowStamp()).lastInsertRowid,
  );
}

export interface NewMemberFacts {
  joinedOn: string;
  fullMemberOn: string | null;
  category: string;
  branchId: number;
  groupId: number | null;
  communityClass: string;
}

type Span = [fact: MemberFact, value: string | number, from: string, to: string | null];

/** The INSERT of n interval rows, built once per n. */
const spansSql: string[] = [];
const spansSqlFor = (n: number) =>
  (spansSql[n] ??= `INSERT INTO member_facts (member_id, fact, value, valid_from, valid_to, created_at)
    VALUES ${Array.from({ length: n }, () => '(?, ?, ?, ?, ?, ?)').join(', ')}`);

/**
 * A new member's intervals: 人员类别 预备党员 from 入党日期 and 正式党员 from 转正日期; 党籍
 * 正常 from 入党日期; the organisation and 社区分类 from the day they came onto this roster.
 */
function newMemberSpans(m: NewMemberFacts, arrivedOn: string): Span[] {
  const full = m.category === '正式党员' && m.fullMemberOn && m.fullMemberOn > m.joinedOn ? m.fullMemberOn : null;
  const spans: Span[] = [];
  if (full) spans.push(['category', '预备党员', m.joinedOn, full]);
  spans.push(['category', m.category, full ?? m.joinedOn, null], ['party_status', '正常', m.joinedOn, null], ['branch', m.branchId, arrivedOn, null]);
  if (m.groupId !== null) spans.push(['group', m.groupId, arrivedOn, null]);
  spans.push(['community_class', m.communityClass, arrivedOn, null]);
  return spans;
}

export interface NewMember {
  id: number;
  facts: NewMemberFacts;
  arrivedOn: string;
}

/** Rows per INSERT when many members' intervals are written (6 parameters each). */
const SPANS_PER_INSERT = 500;

/**
 * New members' intervals (newMemberSpans), with one clock read, in INSERTs of up to 500 rows:
 * an import writes 50,000 of them, and a statement per member was a third of its commit.
 */
export function openMembersFacts(ledger: Ledger, newMembers: NewMember[]): void {
  const at = nowStamp();
  let params: (string | number | null)[] = [];
  let rows = 0;
  const write = () => {
    if (rows > 0) ledger.prepare(spansSqlFor(rows)).run(params);
    params = [];
    rows = 0;
  };
  for (const { id, facts, arrivedOn } of newMembers) {
    for (const [fact, value, from, to] of newMemberSpans(facts, arrivedOn)) {
      params.push(id, fact, encode(value), from, to, at);
      if (++rows === SPANS_PER_INSERT) write();
    }
  }
  write();
}

/** One new member's intervals, in one statement. */
export function openMemberFacts(ledger: Ledger, id: number, m: NewMemberFacts, arrivedOn: string): void {
  openMembersFacts(ledger, [{ id, facts: m, arrivedOn }]);
}

export interface SetOptions {
  /** The input a refusal belongs to. */
  field?: string;
  /** The member leaves the roster: the intervals end, the cache keeps their last values. */
  leaving?: boolean;
}

/** Throws the refusal setFact would give for this change, writing nothing; no refusal for no change. */
function refuseFactChange(ledger: Ledger, memberId: number, fact: MemberFact, value: string | number | null, on: string, field: string): void {
  const label = MEMBER_FACT_LABELS[fact];
  const next = value === null ? null : encode(value);
  const current = openFact(ledger, memberId, fact);
  if (current ? current.value === next : next === null) return;
  // A closed year's facts are refused before anything is written (db/closedDay.ts).
  refuseInClosedYear(ledger, on, `${label}变动`, field);
  if (current) {
    if (on < current.validFrom) throw refuse(`${label}的变动日期不能早于现在这一段的起始日期${current.validFrom}`, field);
    if (on === current.validFrom && next === null) throw refuse(`${label}自${on}起才登记，不能在同一天结束；如起始日期有误，请先更正日期`, field);
  } else {
    const last = lastFact(ledger, memberId, fact);
    if (last?.validTo && on < last.validTo) throw refuse(`${label}的变动日期不能早于上一段的结束日期${last.validTo}`, field);
  }
}

/**
 * From `on`, the fact holds `value` (null: no value, e.g. off the roster or out of any 党小组):
 * the open interval ends on `on` and a new one begins. Nothing changes when the value is the
 * same. A change on the very day the open interval began replaces its value (it held no day
 * under the old one); ending it that day would leave an interval of no day and is refused.
 */
export function setFact(
  ledger: Ledger,
  memberId: number,
  fact: MemberFact,
  value: string | number | null,
  on: string,
  { field = 'effectiveOn', leaving = false }: SetOptions = {},
): void {
  const next = value === null ? null : encode(value);
  const current = openFact(ledger, memberId, fact);
  refuseFactChange(ledger, memberId, fact, value, on, field);
  if (current) {
    if (current.value === next) return;
    if (on === current.validFrom) {
      ledger.prepare('UPDATE member_facts SET value = ? WHERE id = ?').run(next, current.id);
      writeCache(ledger, memberId, fact, next, leaving);
      return;
    }
    ledger.prepare('UPDATE member_facts SET valid_to = ? WHERE id = ?').run(on, current.id);
  }
  if (next !== null) insertSpan(ledger, memberId, fact, next, on);
  writeCache(ledger, memberId, fact, next, leaving);
}

/** Each fact that differs from its open value changes on `on`; in the order given. */
export function setFacts(ledger: Ledger, memberId: number, values: FactValues, on: string, options: SetOptions = {}): MemberFact[] {
  const changed: MemberFact[] = [];
  // Every refusal before the first write: a refused change writes nothing, not even rows it rolls back.
  for (const [fact, value] of Object.entries(values) as [MemberFact, string | number | null][])
    if (value !== undefined) refuseFactChange(ledger, memberId, fact, value, on, options.field ?? 'effectiveOn');
  for (const [fact, value] of Object.entries(values) as [MemberFact, string | number | null][]) {
    if (value === undefined) continue;
    const current = openFact(ledger, memberId, fact);
    const next = value === null ? null : encode(value);
    if ((current?.value ?? null) === next) continue;
    setFact(ledger, memberId, fact, value, on, options);
    changed.push(fact);
  }
  return changed;
}
