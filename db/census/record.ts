// Recording what was reported: the first whole-year 上报包 made as of the year's 12-31, or the
// 年度封账, keeps the year's 党内统计 in census_reports (db/census/reported.ts). A package made while
// the year runs (as of a day before 12-31) is not the year's report and records nothing; a later
// package or closing of an already reported year keeps the first record, which the street holds.
import { nowStamp } from '../clock';
import { refuse } from '../ledgerError';
import type { Ledger } from '../open';
import { countedOn } from './counted';
import { censusAsOf, censusReport } from './report';
import { reportedSnapshot } from './reported';

/** What recording `year` as reported would store: null when its 12-31 has not come or it is already recorded. */
export interface PendingReport {
  year: number;
  asOf: string;
  report: string;
  counted: string;
}

export function reportToRecord(ledger: Ledger, year: number, today: string): PendingReport | null {
  const asOf = censusAsOf(year, today);
  if (asOf !== `${year}-12-31` || reportedSnapshot(ledger, year)) return null;
  const counted = [...countedOn(ledger, asOf)].sort((a, b) => a - b);
  return { year, asOf, report: JSON.stringify(censusReport(ledger, year, today)), counted: JSON.stringify(counted) };
}

/** Stores a report worked out earlier (what a package carried), unless the year was recorded meanwhile. */
export function storeReported(ledger: Ledger, pending: PendingReport, source: '上报包' | '封账', operator: string | null): boolean {
  if (reportedSnapshot(ledger, pending.year)) return false;
  ledger
    .prepare('INSERT INTO census_reports (year, as_of, source, report, counted, made_at, operator) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(pending.year, pending.asOf, source, pending.report, pending.counted, nowStamp(), operator);
  return true;
}

export function recordReported(ledger: Ledger, year: number, source: '上报包' | '封账', today: string, operator: string | null): boolean {
  const pending = reportToRecord(ledger, year, today);
  return pending !== null && storeReported(ledger, pending, source, operator);
}

/** Stores the reason for `year`'s 实有数与应有数之差 as the user saw it (a 差 that moved since is refused). */
export function explainDifference(ledger: Ledger, input: { year: number; difference: number; reason: string }, today: string, operator: string | null): void {
  ledger.tx(() => {
    const d = censusReport(ledger, input.year, today).identity.difference;
    if (!d) throw refuse(`${input.year - 1}年度尚未上报，${input.year}年初没有实有数与应有数之差`, 'year');
    if (d.value !== input.difference) throw refuse(`实有数与应有数之差已变为${d.value}，请刷新后再填写原因`, 'difference');
    ledger
      .prepare('INSERT INTO census_diff_reasons (year, difference, reason, operator, at) VALUES (?, ?, ?, ?, ?)')
      .run(input.year, d.value, input.reason, operator, nowStamp());
  });
}
