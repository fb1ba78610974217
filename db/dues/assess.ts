// 应交 of one member-month: the base row in force (the live row with the greatest from_month ≤ M;
// bases carry over into later years until a new one is entered) under that year's scheme.
import { bandFor, monthlyDueFen } from '../../api/rules/dues';
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
