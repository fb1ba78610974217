// The street's 党内统计 汇总 shows each community's 年初 + 增加 − 减少 (± 差) = 年末 and checks its 年初
// against the 年末 of its previous year's package (issue 31): a community whose 年初 moved since it
// reported is shown as a mismatch, never absorbed into the sums.
import type { PackageData } from '../../api/schemas/reportPackage';
import type { CensusBalance } from '../../api/schemas/street';
import type { Ledger } from '../open';
import { livePackages } from './live';

type Census = NonNullable<PackageData['census']>;

/** Each community's 年末 in its live package of `year` (those carrying 党内统计). */
export function yearEnds(ledger: Ledger, year: number): Map<number, number> {
  return new Map(livePackages(ledger, year, null).flatMap((p) => (p.data.census ? [[p.communityId, p.data.census.identity.end] as const] : [])));
}

export function balanceOf(census: Census, previousEnd: number | null): CensusBalance {
  const i = census.identity;
  return {
    start: i.start,
    added: i.added,
    removed: i.removed,
    difference: i.difference?.value ?? 0,
    end: i.end,
    holds: i.holds,
    previousEnd,
    startMatches: previousEnd === null ? null : previousEnd === i.start,
  };
}

export function sumBalances(rows: readonly CensusBalance[]): CensusBalance {
  const sum = (f: (b: CensusBalance) => number) => rows.reduce((n, b) => n + f(b), 0);
  const withPrevious = rows.filter((b) => b.previousEnd !== null);
  return {
    start: sum((b) => b.start),
    added: sum((b) => b.added),
    removed: sum((b) => b.removed),
    difference: sum((b) => b.difference),
    end: sum((b) => b.end),
    holds: rows.every((b) => b.holds),
    previousEnd: withPrevious.length ? withPrevious.reduce((n, b) => n + (b.previousEnd ?? 0), 0) : null,
    startMatches: withPrevious.length ? withPrevious.every((b) => b.startMatches) : null,
  };
}
