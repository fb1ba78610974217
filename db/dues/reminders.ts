// 首页's 党费 reminder: arrears up to last month (the current month is still being collected).
import type { HomeDuesReminders } from '../../api/schemas/home';
import type { Ledger } from '../open';
import { arrears, REMIND_MONTHS } from './arrears';
import { monthIndex, monthText } from './months';

/** How many members behind 首页 receives; the totals are always sent. */
export const DUES_REMINDER_LIMIT = 12;

export function duesReminders(ledger: Ledger, today: string, limit = DUES_REMINDER_LIMIT): HomeDuesReminders {
  const asOf = monthText(monthIndex(today.slice(0, 7)) - 1);
  const a = arrears(ledger, asOf, null);
  const behind = a.rows.filter((r) => r.unpaidMonths.length >= REMIND_MONTHS);
  return {
    asOf,
    behind: behind
      .slice(0, limit)
      .map((r) => ({ memberId: r.memberId, name: r.name, branchName: r.branchName, unpaid: r.unpaidMonths.length, longestRun: r.longestRun })),
    behindTotal: a.remindCount,
    lapseTotal: a.lapseCount,
  };
}
