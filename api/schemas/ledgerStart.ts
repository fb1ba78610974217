// 建账日期: from when the ledger knows what (docs/ledgerStart.md).
import { z } from 'zod';
import type { Coverage } from '../rules/coverage';
import { optionalDate, requiredDate } from './fields';

export const ledgerStartInput = z.object({
  startDate: requiredDate('建账日期'),
  /** 三会一课 owed from this day; null = from the 建账日期. */
  meetingsStart: optionalDate('三会一课起始日期'),
});

export interface LedgerStartInfo extends Coverage {
  /** 'ledger.meetingsStart' as stored (null: follows the 建账日期). */
  meetingsStart: string | null;
  /** 'ledger.duesStartMonth' as stored (null: the 建账日期's month); set on the 党费 page. */
  duesStartMonth: string | null;
  /** The earliest meeting or 党费 month recorded: the latest start that leaves every record covered. */
  earliestRecord: string | null;
  /** Whether the ledger holds organisations or members (an existing ledger is asked differently). */
  hasData: boolean;
  /** The date the question offers: the earliest record when there is one (nothing then changes), else today. */
  suggested: string;
  /** 首页 asks while no start is set and the question was not put aside ("暂不设置"). */
  ask: boolean;
}
