// 首页's 党费 reminder: arrears up to last month (the current month is still being collected).
import type { HomeReminders } from '../../api/schemas/home';
import type { Ledger } from '../open';
import { arrears, REMIND_MONTHS } from './arrears';
import { monthIndex, monthText } from './months';

export function duesReminders(ledger: Ledger, today: string, limit: number): HomeReminders['dues'] {
  const asOf = monthText(monthIndex(today.slice(0, 7)) - 1);
  const a = arrears(ledger, asOf, null);
  const behind = a.rows.filter((r) => r.unpaidMonths.length >= REMIND_MONTHS);
  return {
    asOf,
    behind: behind.slice(0, limit).map((r) => ({ memberId: r.memberId, name: r.name, branchName: r.branchName, unpaid: r.unpaidMonths.length, longestRun: r.longestRun })),
    behindTotal: a.remindCount,
    lapseTotal: a.lapseCount,
  };
}
