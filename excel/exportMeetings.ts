import ExcelJS from 'exceljs';
import type { ExportedFile } from '../api/schemas/reports';
import { complianceMatrix } from '../db/meetings/compliance';
import { coverageText } from '../api/rules/coverage';
import { ledgerCoverage, meetingsFrom } from '../db/ledgerStart';
import { attendanceByMeetingType, getMeeting, meetingIdsOfOrg } from '../db/meetings/read';
import type { Ledger } from '../db/open';
import { getOrg } from '../db/orgs';
import { getSettings } from '../db/settings';
import { saveWorkbook } from './saveWorkbook';
import { renderForm } from './form/render';
import { meetingRecordForm } from './forms/meetingRecord';
import { inScope, meetingStatsForm, SCOPE_LABEL, statsRows, type StatsScope } from './forms/meetingStats';
import { refuse } from '../db/ledgerError';
import { periodOf } from '../api/rules/periods';
import { meetingRules } from '../db/meetings/rules';

/** Each meeting's attendance rate, by org and type, for meetings whose period is in scope. */
export function ratesFor(ledger: Ledger, year: number, scope: StatsScope): Map<string, number[]> {
  return ratesIn(ledger, year, (period) => inScope(period, scope));
}

/** ratesFor for any set of periods. */
export function ratesIn(ledger: Ledger, year: number, inPeriod: (period: string) => boolean): Map<string, number[]> {
  const rates = new Map<string, number[]>();
  for (const [period, byKey] of ratesByPeriod(ledger, year)) {
    if (!inPeriod(period)) continue;
    for (const [key, list] of byKey) rates.set(key, [...(rates.get(key) ?? []), ...list]);
  }
  return rates;
}

/**
 * Each meeting's attendance rate by period (a month for a yearly type) and then by org and type,
 * read once: the street's 三会一课 by month takes a year's twelve months from one read.
 */
export function ratesByPeriod(ledger: Ledger, year: number): Map<string, Map<string, number[]>> {
  const periodKind = new Map(meetingRules(ledger).map((r) => [r.type, r.period]));
  const out = new Map<string, Map<string, number[]>>();
  // A meeting of a period before the 三会一课 start (建账前) is not counted as held, nor its attendance.
  const from = meetingsFrom(ledger);
  for (const r of attendanceByMeetingType(ledger, year)) {
    const kind = periodKind.get(r.type);
    if (!kind || !r.expected) continue;
    if (from !== null && periodOf(r.heldOn, kind) < periodOf(from, kind)) continue;
    const period = periodOf(r.heldOn, kind === 'year' ? 'month' : kind);
    let byKey = out.get(period);
    if (!byKey) out.set(period, (byKey = new Map()));
    const key = `${r.orgId}|${r.type}`;
    byKey.set(key, [...(byKey.get(key) ?? []), r.present / r.expected]);
  }
  return out;
}

export async function exportMeetingStats(ledger: Ledger, exportsDir: string, year: number, scope: StatsScope, today: string): Promise<ExportedFile> {
  const rows = statsRows(complianceMatrix(ledger, year, today), scope, ratesFor(ledger, year, scope));
  const workbook = new ExcelJS.Workbook();
  renderForm(workbook, meetingStatsForm(year, scope, rows, getSettings(ledger), today, coverageText(ledgerCoverage(ledger))));
  return saveWorkbook(workbook, exportsDir, `${year}年${scope === 'year' ? '' : SCOPE_LABEL[scope]}三会一课开展情况统计表`, rows.length);
}

export async function exportMeetingRecord(ledger: Ledger, exportsDir: string, id: number, today: string): Promise<ExportedFile> {
  const meeting = getMeeting(ledger, id);
  // Kept for reference, a voided record is never printed as a valid 组织生活记录.
  if (meeting.voidedAt) throw refuse(`该会议记录已作废（${meeting.voidReason ?? ''}），不能导出为组织生活记录`);
  const workbook = new ExcelJS.Workbook();
  renderForm(workbook, meetingRecordForm(meeting, getSettings(ledger), today));
  return saveWorkbook(workbook, exportsDir, `${meeting.orgName}${meeting.heldOn}${meeting.types[0]}记录`, 1);
}

/** 三会一课记录本: every record of one organisation in a year, in date order, a sheet each. */
export async function exportMeetingBook(ledger: Ledger, exportsDir: string, orgId: number, year: number, today: string): Promise<ExportedFile> {
  const org = getOrg(ledger, orgId);
  const ids = meetingIdsOfOrg(ledger, orgId, year);
  if (ids.length === 0) throw refuse(`${org.name}${year}年没有会议记录`);
  const workbook = new ExcelJS.Workbook();
  const settings = getSettings(ledger);
  const meetings = ids.map((id) => getMeeting(ledger, id));
  renderForm(workbook, {
    sheetName: '目录',
    title: `${org.name}${year}年“三会一课”记录本`,
    unitName: org.name,
    reportDate: today,
    footer: { preparer: settings.preparer, reviewer: settings.reviewer, phone: settings.phone },
    rows: meetings,
    columns: [
      { header: '序号', width: 6, kind: 'index', value: (_, i) => i + 1 },
      { header: '日期', width: 12, kind: 'date', value: (m) => m.heldOn },
      { header: '会议类型', width: 26, kind: 'text', value: (m) => m.types.join('、') },
      { header: '应到', width: 7, kind: 'number', value: (m) => m.expected },
      { header: '实到', width: 7, kind: 'number', value: (m) => m.present },
      { header: '工作表', width: 12, kind: 'text', value: (_, i) => `第${i + 1}次` },
    ],
  });
  meetings.forEach((m, i) => renderForm(workbook, meetingRecordForm(m, settings, today, `第${i + 1}次`)));
  return saveWorkbook(workbook, exportsDir, `${org.name}${year}年三会一课记录本`, meetings.length);
}
