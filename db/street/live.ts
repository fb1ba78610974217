// The live packages of a period, parsed once and kept until the packages table changes.
// Keyed on the table itself rather than db/memo.ts's change stamp: every audited call (the
// ranking names people, so it is audited) writes a row elsewhere and would empty that cache
// on each call. Rows are never deleted and only replaced_at changes, so (count, max id, count
// replaced) moves with every change that matters; a rolled-back import restores the old state,
// whose values are the same.
import type { PackageData } from '../../api/schemas/reportPackage';
import type { CommunityRef, RowHead } from '../../api/schemas/street';
import { periodEnd, periodStart } from '../../api/rules/streetPeriods';
import type { Ledger } from '../open';

export interface LivePackage {
  packageId: number;
  communityId: number;
  community: string;
  data: PackageData;
  signed: boolean;
}

/** The row head every view and street form shows: who, which package, and as of which day (截至日期). */
export const rowHead = (p: LivePackage): RowHead => ({
  communityId: p.communityId,
  community: p.community,
  packageId: p.packageId,
  asOf: p.data.asOf,
  early: p.data.asOf < periodEnd(p.data.period),
  signed: p.signed,
});

interface Cache {
  stamp: string;
  values: Map<string, unknown>;
}
const caches = new WeakMap<Ledger, Cache>();
/** Bumped by a community's edit (a rename changes no count). Rolled back or not, it only costs a recompute. */
const generations = new WeakMap<Ledger, number>();

export function streetEdited(ledger: Ledger): void {
  generations.set(ledger, (generations.get(ledger) ?? 0) + 1);
}

function packagesStamp(ledger: Ledger): string {
  const r = ledger.prepare('SELECT count(*) AS n, max(id) AS top, count(replaced_at) AS replaced, count(voided_at) AS voided FROM street_packages').get() as {
    n: number;
    top: number | null;
    replaced: number;
    voided: number;
  };
  const c = ledger.prepare('SELECT count(*) AS n FROM street_communities').get() as { n: number };
  return `${r.n}:${r.top}:${r.replaced}:${r.voided}:${c.n}:${generations.get(ledger) ?? 0}`;
}

/** `compute()` for `key`, recomputed only after a package or community changed. */
export function memoStreet<T>(ledger: Ledger, key: string, compute: () => T): T {
  if (ledger.sqlite.inTransaction) return compute();
  const stamp = packagesStamp(ledger);
  let cache = caches.get(ledger);
  if (!cache || cache.stamp !== stamp) caches.set(ledger, (cache = { stamp, values: new Map() }));
  if (cache.values.has(key)) return cache.values.get(key) as T;
  const value = compute();
  cache.values.set(key, value);
  return value;
}

/**
 * One per community that reported the period, in the communities' order. A voided package is out; so is a
 * community closed on or before the period's first day (it had left the street by then).
 */
export function livePackages(ledger: Ledger, year: number, quarter: number | null): LivePackage[] {
  return memoStreet(ledger, `live:${year}:${quarter}`, () => {
    const rows = ledger
      .prepare(
        `SELECT p.id AS packageId, p.community_id AS communityId, c.name AS community, p.data, p.signed
         FROM street_packages p JOIN street_communities c ON c.id = p.community_id
         WHERE p.year = ? AND p.quarter IS ? AND p.replaced_at IS NULL AND p.voided_at IS NULL
           AND (c.closed_on IS NULL OR c.closed_on > ?) ORDER BY c.id`,
      )
      .all(year, quarter, periodStart({ year, quarter })) as (Omit<LivePackage, 'data' | 'signed'> & { data: string; signed: number })[];
    return rows.map((r) => ({ ...r, signed: r.signed === 1, data: JSON.parse(r.data) as PackageData }));
  });
}

/** Communities open at the period's start (or opened since) with no live package for it; a record merged into another is that one. */
export function notReported(ledger: Ledger, year: number, quarter: number | null): CommunityRef[] {
  return memoStreet(
    ledger,
    `missing:${year}:${quarter}`,
    () =>
      ledger
        .prepare(
          `SELECT c.id, c.name FROM street_communities c
         WHERE (c.closed_on IS NULL OR c.closed_on > ?) AND c.merged_into IS NULL
           AND NOT EXISTS (SELECT 1 FROM street_packages p
             WHERE p.community_id = c.id AND p.year = ? AND p.quarter IS ? AND p.replaced_at IS NULL AND p.voided_at IS NULL)
         ORDER BY c.id`,
        )
        .all(periodStart({ year, quarter }), year, quarter) as CommunityRef[],
  );
}
