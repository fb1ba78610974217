// 三会一课 by month at the street (issue 30): a community's row is the 合计 of its month rows (the types required
// every month; excel/package/sections/meetingMonths.ts), the 合计 by meetingFigures (rates from sums).
import { meetingFigures } from '../../api/rules/streetSums';
import type { MeetingFigures, StreetView } from '../../api/schemas/street';
import type { Ledger } from '../open';
import { streetMonthView } from './monthView';

export function streetMeetingsMonth(ledger: Ledger, year: number, month: number): StreetView<MeetingFigures> {
  return streetMonthView(
    ledger,
    year,
    month,
    (data, key) => {
      const m = data.meetingMonths?.find((d) => d.month === key);
      return m ? meetingFigures(m.rows) : null;
    },
    meetingFigures,
  );
}
