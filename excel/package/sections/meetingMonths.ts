// data.json's `meetingMonths` (issue 30): the street collects 三会一课 monthly. Each month of the period up to
// `asOf`, the rows of the community's 三会一课开展情况统计表 for that month's cells: the types required every
// month (支委会, 党小组会, 主题党日 as the rules set them). A type required by the quarter or the year has no
// month of its own to be owed in, so it is not in a month's rows; its figures travel in `meetings`.
import type { PackageData, PackagePeriod } from '../../../api/schemas/reportPackage';
import { complianceMatrix } from '../../../db/meetings/compliance';
import type { Ledger } from '../../../db/open';
import { ratesByPeriod } from '../../exportMeetings';
import { statsRowsIn } from '../../forms/meetingStats';

export function meetingMonthsSection(ledger: Ledger, period: PackagePeriod, asOf: string, today: string): NonNullable<PackageData['meetingMonths']> {
  const first = period.quarter === null ? 1 : period.quarter * 3 - 2;
  const last = Number(asOf.slice(5, 7));
  const matrix = complianceMatrix(ledger, period.year, today);
  const rates = ratesByPeriod(ledger, period.year);
  const out: NonNullable<PackageData['meetingMonths']> = [];
  for (let m = first; m <= last; m++) {
    const month = `${period.year}-${String(m).padStart(2, '0')}`;
    const inMonth = (p: string) => p === month;
    const rows = statsRowsIn(matrix, inMonth, rates.get(month) ?? new Map());
    out.push({
      month,
      rows: rows
        // The same order as the matrix: a row is the month's when its type has a cell in the month.
        .filter((_, i) => matrix.rows[i]!.cells.some((c) => inMonth(c.period)))
        .map((r) => ({
          orgName: r.orgName,
          type: r.type,
          required: r.required,
          held: r.held,
          satisfied: r.satisfied,
          rateSum: r.rateSum,
          rateCount: r.rateCount,
          note: r.note,
        })),
    });
  }
  return out;
}
