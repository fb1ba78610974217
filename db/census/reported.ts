// A reported year does not move (shared/DOMAIN.md, 党内统计): once a year's 党内统计 was reported (its
// first whole-year 上报包 as of 12-31, or the 年度封账), census_reports keeps what was sent. The year
// then reads as reported, each figure the records now count differently listed with the people
// behind it; the next year's 年初 is the reported 年末, and what the records now count at that 12-31
// less it is the official 实有数与应有数之差 row, with its people and the reason the user typed.
import type { CensusIdentity, CensusReport } from '../../api/schemas/census';
import type { Ledger } from '../open';

export interface Snapshot {
  id: number;
  year: number;
  asOf: string;
  source: '上报包' | '封账';
  report: CensusReport;
  counted: Set<number>;
  madeAt: string;
}

interface SnapshotRow {
  id: number;
  year: number;
  asOf: string;
  source: '上报包' | '封账';
  report: string;
  counted: string;
  madeAt: string;
}

/** The year's reported 党内统计 (the first one as of its 12-31: what the street received), or null. */
export function reportedSnapshot(ledger: Ledger, year: number): Snapshot | null {
  const row = ledger
    .prepare('SELECT id, year, as_of AS asOf, source, report, counted, made_at AS madeAt FROM census_reports WHERE year = ? AND as_of = ? ORDER BY id LIMIT 1')
    .get(year, `${year}-12-31`) as SnapshotRow | undefined;
  if (!row) return null;
  return { ...row, report: JSON.parse(row.report) as CensusReport, counted: new Set(JSON.parse(row.counted) as number[]) };
}

type Named = CensusIdentity['breaks'][number];

/**
 * The members counted differently at `snap`'s 12-31 than when it was reported, each with the
 * records dated in that year (those entered after the report marked so).
 */
export function peopleBehind(ledger: Ledger, snap: Snapshot, now: Set<number>): Named[] {
  const gone = [...snap.counted].filter((id) => !now.has(id));
  const come = [...now].filter((id) => !snap.counted.has(id));
  if (gone.length + come.length === 0) return [];
  const ids = [...gone, ...come];
  const names = new Map(
    (ledger.prepare(`SELECT id, name FROM members WHERE id IN (${ids.map(() => '?').join(',')})`).all(...ids) as { id: number; name: string }[]).map((r) => [
      r.id,
      r.name,
    ]),
  );
  const events = ledger
    .prepare(
      `SELECT member_id AS memberId, kind, occurred_on AS "on", created_at AS createdAt FROM member_events
       WHERE member_id IN (${ids.map(() => '?').join(',')}) AND occurred_on >= ? AND occurred_on <= ? ORDER BY occurred_on, id`,
    )
    .all(...ids, `${snap.year}-01-01`, snap.asOf) as { memberId: number; kind: string; on: string; createdAt: string }[];
  const records = (id: number) => {
    const list = events.filter((e) => e.memberId === id).map((e) => `${e.on} ${e.kind}${e.createdAt >= snap.madeAt ? '（上报后录入）' : ''}`);
    return list.length ? `本年记录：${list.join('、')}` : '上报后更改了其党籍或组织关系记录';
  };
  const at = `${snap.asOf}`;
  const named = (id: number, counted: boolean): Named => ({
    memberId: id,
    name: names.get(id) ?? `党员${id}`,
    reason: counted ? `上报时未计入${at}党员总数，现记录计入（${records(id)}）` : `上报时计入${at}党员总数，现记录不计入（${records(id)}）`,
  });
  return [...gone.map((id) => named(id, false)), ...come.map((id) => named(id, true))].sort((a, b) => (a.memberId ?? 0) - (b.memberId ?? 0)).slice(0, 500);
}

/** The year as it was reported, with each figure the records now count differently and the people behind the 党员总数. */
export function asReported(ledger: Ledger, live: CensusReport, liveEnd: Set<number>, snap: Snapshot): CensusReport {
  const changes: NonNullable<CensusReport['reported']>['changes'] = [];
  const nowOf = new Map<string, number>(live.tables.flatMap((t) => t.rows.map((r) => [`${t.key}/${r.key}`, r.value] as const)));
  const seen = new Set<string>();
  for (const t of snap.report.tables) {
    for (const r of t.rows) {
      const k = `${t.key}/${r.key}`;
      seen.add(k);
      const now = nowOf.get(k) ?? 0;
      if (now !== r.value) changes.push({ table: t.title, key: k, label: r.label, reported: r.value, now });
    }
  }
  // A table the reporting version did not have (issue 29 added 入党时间, 民主评议 and 流向) was not
  // reported at all: it is shown as the records count it, not listed as figures changed from 0.
  const reportedTables = new Set(snap.report.tables.map((t) => t.key));
  const added = live.tables.filter((t) => !reportedTables.has(t.key));
  for (const t of live.tables) {
    if (!reportedTables.has(t.key)) continue;
    for (const r of t.rows)
      if (!seen.has(`${t.key}/${r.key}`) && r.value !== 0)
        changes.push({ table: t.title, key: `${t.key}/${r.key}`, label: r.label, reported: 0, now: r.value });
  }
  return {
    ...snap.report,
    tables: [...snap.report.tables, ...added],
    identity: { ...snap.report.identity, difference: snap.report.identity.difference ?? null },
    reported: { source: snap.source, madeAt: snap.madeAt, changes: changes.slice(0, 400), people: peopleBehind(ledger, snap, liveEnd) },
  };
}

/** The reason in force for `year`'s 差 of `value`: the latest typed for that very difference. */
function reasonFor(ledger: Ledger, year: number, value: number): string | null {
  const row = ledger.prepare('SELECT difference, reason FROM census_diff_reasons WHERE year = ? ORDER BY id DESC LIMIT 1').get(year) as
    { difference: number; reason: string } | undefined;
  return row && row.difference === value ? row.reason : null;
}

/**
 * 年初 is last year's reported 年末 when last year was reported; the records' own count at that
 * 12-31 less it is the 差. `identity` was checked member by member against the records' 年初, so
 * it holds with the 差 exactly when it held before.
 */
export function withReportedStart(ledger: Ledger, identity: CensusIdentity, year: number, start: Set<number>): CensusIdentity {
  const prev = reportedSnapshot(ledger, year - 1);
  if (!prev) return identity;
  const value = start.size - prev.counted.size;
  const people = peopleBehind(ledger, prev, start);
  return {
    ...identity,
    start: prev.counted.size,
    difference: { value, reportedAt: prev.madeAt, people, reason: reasonFor(ledger, year, value) },
  };
}
