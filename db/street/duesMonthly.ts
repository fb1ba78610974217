// 党费 by month at the street (issue 30): a community's row is the 支部合计 of its 党费收缴情况统计表 (月) line for the
// month (the same duesFigures as every 党费 row, with the month's heads), the 合计 by sumDues. A package made before
// the month ended says so by its 截至日期; one made before the month began has no such month (monthView.ts).
import { duesFigures, sumDues } from '../../api/rules/streetSums';
import type { DuesFigures, StreetView } from '../../api/schemas/street';
import type { Ledger } from '../open';
import { streetMonthView } from './monthView';

export function streetDuesMonth(ledger: Ledger, year: number, month: number): StreetView<DuesFigures> {
  return streetMonthView(
    ledger,
    year,
    month,
    (data, key) => {
      const m = data.duesMonths?.find((d) => d.month === key);
      return m ? duesFigures(m.lines, m.heads) : null;
    },
    sumDues,
  );
}
