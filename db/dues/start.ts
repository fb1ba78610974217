// The month this ledger starts keeping 党费 (shared/DOMAIN.md "A ledger's start"): before it the
// ledger knows nothing, so nothing is owed, in arrears, reminded or reported as missing. Its own
// setting 'ledger.duesStartMonth', else the month of the 建账日期 'ledger.startDate'; null when
// neither is set — then the ledger covers every month (each member from the opening or first base).
import type { Ledger } from '../open';
import { noteReads, unrecorded } from '../readTables';
import { settingName } from '../tableChanges';
import { monthIndex } from './months';

export const DUES_START_KEY = 'ledger.duesStartMonth';
export const LEDGER_START_KEY = 'ledger.startDate';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** 'YYYY-MM' or null. */
export function duesStartMonth(ledger: Ledger): string | null {
  // A cached statement, not the settings helper: 党费交纳至 of every member of a 公示 asks it.
  noteReads([settingName(DUES_START_KEY), settingName(LEDGER_START_KEY)]);
  const rows = unrecorded(() => ledger.prepare('SELECT key, value FROM settings WHERE key IN (?, ?)').all(DUES_START_KEY, LEDGER_START_KEY)) as {
    key: string;
    value: string | null;
  }[];
  const valueOf = (key: string) => rows.find((r) => r.key === key)?.value?.trim() ?? '';
  const own = valueOf(DUES_START_KEY);
  if (MONTH.test(own)) return own;
  const day = valueOf(LEDGER_START_KEY).slice(0, 7);
  return MONTH.test(day) ? day : null;
}

/** The start as a month index, or null (every month is on the ledger). */
export function duesStartIndex(ledger: Ledger): number | null {
  const m = duesStartMonth(ledger);
  return m === null ? null : monthIndex(m);
}

/**
 * The first month a member's dues are counted: from the 党费 start (after the member's opening
 * 党费交纳至 if that reaches past it); without a start, after the opening, else from the first base.
 * With a start, a member without a base counts from it too: paying nothing is in arrears whether
 * or not a base was entered (党章 art. 9).
 */
export function memberStart(start: number | null, opening: number | null, firstBase: number | null): number | null {
  if (start !== null) return opening !== null && opening + 1 > start ? opening + 1 : start;
  if (opening !== null) return opening + 1;
  return firstBase;
}
