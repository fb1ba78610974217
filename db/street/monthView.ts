// A street view of one month (党费 or 三会一课 by month, issue 30): one row per community whose package
// covers the month — its quarter's package if it sent one, else its year's — made from the month's part
// of that package. A community whose packages do not reach the month is 未报送.
import type { PackageData } from '../../api/schemas/reportPackage';
import type { StreetView } from '../../api/schemas/street';
import type { Ledger } from '../open';
import { livePackages, notReported, rowHead, type LivePackage } from './live';

export function streetMonthView<F extends object>(
  ledger: Ledger,
  year: number,
  month: number,
  figuresOf: (data: PackageData, month: string) => F | null,
  total: (rows: readonly F[]) => F,
): StreetView<F> {
  const key = `${year}-${String(month).padStart(2, '0')}`;
  const quarter = Math.floor((month - 1) / 3) + 1;
  const byCommunity = new Map<number, LivePackage>();
  for (const p of livePackages(ledger, year, null)) byCommunity.set(p.communityId, p);
  // A quarter's package is the more recent account of its months.
  for (const p of livePackages(ledger, year, quarter)) byCommunity.set(p.communityId, p);
  const rows = [...byCommunity.values()]
    .sort((a, b) => a.communityId - b.communityId)
    .flatMap((p) => {
      const figures = figuresOf(p.data, key);
      return figures ? [{ ...rowHead(p), ...figures }] : [];
    });
  const reported = new Set(rows.map((r) => r.communityId));
  const missing = notReported(ledger, year, quarter).filter((c) => !reported.has(c.id));
  return { rows, total: total(rows), notReported: missing };
}
