// 慰问 totals by occasion over a span of days: 人次 (live visits; a visit is one row whoever went),
// 人数 (distinct members) and 慰问金 in 分. Voided visits are never counted (db/care/visits.ts).
import { CARE_OCCASIONS, type CareOccasion } from '../../api/schemas/care';
import type { Ledger } from '../open';

export interface OccasionTotal {
  occasion: CareOccasion;
  visits: number;
  members: number;
  moneyFen: number;
}

/** One row per occasion of the care ledger, in its order, zeros included. */
export function careOccasionTotals(ledger: Ledger, from: string, to: string): OccasionTotal[] {
  const rows = ledger.sqlite
    .prepare(
      `SELECT occasion, count(*) AS visits, count(DISTINCT member_id) AS members, coalesce(sum(money_fen), 0) AS moneyFen
       FROM care_visits WHERE voided_at IS NULL AND visited_on BETWEEN ? AND ? GROUP BY occasion`,
    )
    .all(from, to) as OccasionTotal[];
  return CARE_OCCASIONS.map((occasion) => rows.find((r) => r.occasion === occasion) ?? { occasion, visits: 0, members: 0, moneyFen: 0 });
}
