// 三会一课 by month at the street (issue 30): one row per community whose package covers the month — its
// quarter's package if it sent one, else its year's — the row being the 合计 of the community's month rows
// (the types required every month; excel/package/sections/meetingMonths.ts), the 合计 by meetingFigures.
// As for 党费 by month (duesMonthly.ts), a package made before the month began leaves the community 未报送.
import { meetingFigures } from '../../api/rules/streetSums';
import type { MeetingFigures, StreetView } from '../../api/schemas/street';
import type { Ledger } from '../open';
import { livePackages, notReported, rowHead, type LivePackage } from './live';

export function streetMeetingsMonth(ledger: Ledger, year: number, month: number): StreetView<MeetingFigures> {
  const key = `${year}-${String(month).padStart(2, '0')}`;
  const quarter = Math.floor((month - 1) / 3) + 1;
  const byCommunity = new Map<number, LivePackage>();
  for (const p of livePackages(ledger, year, null)) byCommunity.set(p.communityId, p);
  // A quarter's package is the more recent account of its months.
  for (const p of livePackages(ledger, year, quarter)) byCommunity.set(p.communityId, p);
  const rows = [...byCommunity.values()]
    .sort((a, b) => a.communityId - b.communityId)
    .flatMap((p) => {
      const m = p.data.meetingMonths?.find((d) => d.month === key);
      return m ? [{ ...rowHead(p), ...meetingFigures(m.rows) }] : [];
    });
  const reported = new Set(rows.map((r) => r.communityId));
  const missing = notReported(ledger, year, quarter).filter((c) => !reported.has(c.id));
  return { rows, total: meetingFigures(rows), notReported: missing };
}
