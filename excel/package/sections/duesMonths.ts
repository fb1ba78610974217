// data.json's `duesMonths` (issue 30): the street collects 党费 monthly. Each month of the period up to `asOf` with the
// lines of the community's own 党费收缴情况统计表 by month (duesStatsData '月'), as `dues` carries the period's.
import type { PackageData, PackagePeriod } from '../../../api/schemas/reportPackage';
import type { Ledger } from '../../../db/open';
import { duesStatsData, periodLabel } from '../../duesStatsData';

export function duesMonthsSection(ledger: Ledger, period: PackagePeriod, asOf: string, today: string): NonNullable<PackageData['duesMonths']> {
  const first = period.quarter === null ? 1 : period.quarter * 3 - 2;
  const last = Number(asOf.slice(5, 7));
  const stats = duesStatsData(ledger, period.year, '月', today);
  const lines = stats.lines;
  const out: NonNullable<PackageData['duesMonths']> = [];
  for (let m = first; m <= last; m++) {
    const month = `${period.year}-${String(m).padStart(2, '0')}`;
    const label = periodLabel(month);
    out.push({
      month,
      lines: lines
        .filter((l) => l.period === label)
        .map((l) => ({
          orgName: l.orgName,
          community: l.community,
          owingMembers: l.owingMembers,
          dueFen: l.dueFen,
          paidFen: l.paidFen,
          arrearsMembers: l.arrearsMembers,
          arrearsFen: l.arrearsFen,
          handedFen: l.handedFen,
        })),
      heads: stats.heads?.[label],
    });
  }
  return out;
}
