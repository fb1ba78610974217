// 党费 by month at the street (issue 30): one row per community whose package covers the month — its quarter's package
// if it sent one, else its year's — the row being the 支部合计 of the community's 党费收缴情况统计表 (月) line for that
// month (the same duesFigures as every 党费 row), and the 合计 by sumDues. A package made before the month ended says so
// by its 截至日期; one made before the month began has no such month and leaves the community 未报送.
import { duesFigures, sumDues } from '../../api/rules/streetSums';
import type { DuesFigures, StreetView } from '../../api/schemas/street';
import type { Ledger } from '../open';
import { livePackages, notReported, rowHead, type LivePackage } from './live';

export function streetDuesMonth(ledger: Ledger, year: number, month: number): StreetView<DuesFigures> {
  const key = `${year}-${String(month).padStart(2, '0')}`;
  const quarter = Math.floor((month - 1) / 3) + 1;
  const byCommunity = new Map<number, LivePackage>();
  for (const p of livePackages(ledger, year, null)) byCommunity.set(p.communityId, p);
  // A quarter's package is the more recent account of its months.
  for (const p of livePackages(ledger, year, quarter)) byCommunity.set(p.communityId, p);
  const rows = [...byCommunity.values()]
    .sort((a, b) => a.communityId - b.communityId)
    .flatMap((p) => {
      const m = p.data.duesMonths?.find((d) => d.month === key);
      return m ? [{ ...rowHead(p), ...duesFigures(m.lines, m.heads) }] : [];
    });
  const reported = new Set(rows.map((r) => r.communityId));
  const missing = notReported(ledger, year, quarter).filter((c) => !reported.has(c.id));
  return { rows, total: sumDues(rows), notReported: missing };
}
