// 应交 of one member-month: the base row in force (the live row with the greatest from_month ≤ M;
// bases carry over into later years until a new one is entered) under that year's scheme.
import { DUES_KINDS, type DuesBand, type DuesKind, type DuesRelief } from '../../api/dues';
import { applyRate, bandFor, monthlyDueFen } from '../../api/rules/dues';
import type { DuesBase, DuesScheme } from '../../api/schemas/dues';

/** The row in force in month `m` (index), from a member's live rows sorted by from_month. */
export function baseInForce<B extends { fromIndex: number }>(rows: readonly B[] | undefined, m: number): B | null {
  if (!rows) return null;
  let found: B | null = null;
  for (const r of rows) {
    if (r.fromIndex > m) break;
    found = r;
  }
  return found;
}

export interface Assessment {
  dueFen: number | null;
  rateBp: number | null;
  fixedFen: number | null;
}

export function assess(scheme: DuesScheme, base: Pick<DuesBase, 'kind' | 'baseFen' | 'relief' | 'reliefFen'> | null): Assessment {
  if (!base) return { dueFen: null, rateBp: null, fixedFen: null };
  const dueFen = monthlyDueFen(scheme.bands, scheme.rounding, base);
  const band = base.relief ? null : bandFor(scheme.bands, base.kind, base.baseFen);
  return { dueFen, rateBp: band?.rateBp ?? null, fixedFen: band?.fixedFen ?? null };
}

/**
 * monthlyDueFen with each kind's bands sorted once: the street's statistics work out 20,000
 * bases, where filtering and sorting the bands per call cost more than the rest. Same rule,
 * held to monthlyDueFen by tests/unit/duesCalculator.test.ts.
 */
export function dueCalculator(
  scheme: DuesScheme,
): (kind: DuesKind, baseFen: number | null, relief: DuesRelief | null, reliefFen: number | null) => number | null {
  const byKind = new Map<DuesKind, DuesBand[]>();
  for (const kind of DUES_KINDS) {
    const own = scheme.bands.filter((b) => b.kind === kind).sort((a, b) => (a.upToFen ?? Infinity) - (b.upToFen ?? Infinity));
    if (own.length > 0) byKind.set(kind, own);
  }
  return (kind, baseFen, relief, reliefFen) => {
    if (relief === '免交') return 0;
    if (relief === '减交') return reliefFen;
    const own = byKind.get(kind);
    if (!own) return null;
    if (own[0]!.fixedFen !== null) return own[0]!.fixedFen;
    if (baseFen === null) return null;
    for (const b of own) if (b.upToFen === null || baseFen <= b.upToFen) return b.fixedFen ?? applyRate(baseFen, b.rateBp ?? 0, scheme.rounding);
    return null;
  };
}
