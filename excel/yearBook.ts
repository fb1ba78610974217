// 年度台账: every form of a year in one workbook, section by section, reporting progress
// between sections so the page can show how far it has got.
import { coverageForYear, coverageText } from '../api/rules/coverage';
import { ledgerCoverage } from '../db/ledgerStart';
import ExcelJS from 'exceljs';
import type { ExportedFile } from '../api/schemas/reports';
import { appraisalOverview } from '../db/appraisal';
import { censusReport } from '../db/census/report';
import { listActivities } from '../db/dualReg/activities';
import { listOnjob } from '../db/dualReg/registry';
import { complianceMatrix } from '../db/meetings/compliance';
import { rosterAsOf } from '../db/members/asOf';
import type { Ledger } from '../db/open';
import { yearStandings } from '../db/points/views';
import { getSettings } from '../db/settings';
import { duesStatsData } from './duesStatsData';
import { careVisitsData, centersData, flowRegisterData, honorData } from './exportCare';
import { devProgressData, devStatsData } from './exportDevelopment';
import { yearRegisterData } from './exportDues';
import { ratesFor } from './exportMeetings';
import { renderForm } from './form/render';
import type { FormSpec } from './form/spec';
import { careVisitsForm } from './forms/careVisits';
import { censusForms } from './forms/census';
import { centerHouseholdsForm } from './forms/centerHouseholds';
import { devProgressForm } from './forms/devProgress';
import { devStatsForm } from './forms/devStats';
import { activityLedgerForm, registrationForm } from './forms/dualReg';
import { duesRegisterForm } from './forms/duesRegister';
import { duesStatsForm } from './forms/duesStats';
import { flowRegisterForm } from './forms/flowRegister';
import { honor50CheckForm, honor50Form } from './forms/honor50';
import { meetingStatsForm, statsRows } from './forms/meetingStats';
import { appraisalMembersForm, appraisalSummaryForm, pointsSummaryForm, starResultForm } from './forms/points';
import { rosterForm } from './forms/roster';
import { streamWorkbook } from './saveWorkbook';

export interface YearBookOptions {
  year: number;
  maskIdNumbers: boolean;
}

/** One sheet, typed by its rows at the point it is made, erased here so sections can mix. */
interface Sheet {
  name: string;
  render: (wb: ExcelJS.Workbook, sheetName: string) => ExcelJS.Worksheet;
}
const sheet = <R>(spec: FormSpec<R>): Sheet => ({ name: spec.sheetName, render: (wb, sheetName) => renderForm(wb, { ...spec, sheetName }) });

interface Section {
  title: string;
  /** The sheets of this section, or a reason it has none this year. */
  build: () => Sheet[] | string;
}

export function yearBookSections(ledger: Ledger, options: YearBookOptions, today: string): Section[] {
  const { year } = options;
  const settings = getSettings(ledger);
  const asOf = today < `${year}-12-31` ? today : `${year}-12-31`;
  return [
    {
      title: '党员花名册',
      build: () => [
        sheet(
          rosterForm(rosterAsOf(ledger, { asOf, branchId: null }), settings, {
            asOf,
            branchName: null,
            maskIdNumbers: options.maskIdNumbers,
            maskPhones: options.maskIdNumbers,
            reportDate: today,
          }),
        ),
      ],
    },
    {
      title: '三会一课开展情况统计表',
      build: () => [
        sheet(
          meetingStatsForm(
            year,
            'year',
            statsRows(complianceMatrix(ledger, year, today), 'year', ratesFor(ledger, year, 'year')),
            settings,
            today,
            coverageText(ledgerCoverage(ledger)),
          ),
        ),
      ],
    },
    {
      title: '双报到',
      build: () => {
        const people = listOnjob(ledger).filter((o) => o.registeredOn <= `${year}-12-31` && (!o.revokedOn || o.revokedOn >= `${year}-01-01`));
        const activities = listActivities(ledger, year);
        if (people.length === 0 && activities.length === 0) return '本年度没有双报到记录';
        return [sheet(registrationForm(people, settings, today, year)), sheet(activityLedgerForm(activities, settings, today, year))];
      },
    },
    {
      title: '积分与评星',
      build: () => {
        const standings = yearStandings(ledger, year);
        if (standings.rules.length === 0) return '本年度未设置积分规则';
        return [sheet(pointsSummaryForm(standings, settings, today)), sheet(starResultForm(standings, settings, today))];
      },
    },
    {
      title: '党费',
      build: () => {
        const register = yearRegisterData(ledger, null, year, today, settings.communityName ?? '');
        const kept = register.members.some((m) => m.months.some((c) => c !== null && (c.paidFen !== 0 || c.status !== '未核定')));
        if (!kept) return '本年度没有核定党费基数或交纳记录';
        return [sheet(duesStatsForm(duesStatsData(ledger, year, '季', today), settings, today)), sheet(duesRegisterForm(register, settings, today))];
      },
    },
    {
      title: '发展党员',
      build: () => {
        const stats = devStatsData(ledger, { year }, today);
        if (stats.lines.length === 0 && stats.communityQuota === null) return '本年度没有发展党员记录';
        return [sheet(devStatsForm(stats, settings, today)), sheet(devProgressForm(devProgressData(ledger, { orgId: null }, today, asOf), settings, today))];
      },
    },
    {
      title: '党内统计',
      build: () =>
        censusForms(censusReport(ledger, year, today), settings, today, coverageForYear(ledgerCoverage(ledger), year)).map((spec) =>
          sheet({ ...spec, sheetName: `党内统计-${spec.sheetName}` }),
        ),
    },
    {
      title: '民主评议',
      build: () => {
        const batches = appraisalOverview(ledger, year).branches.flatMap((b) => (b.batch ? [b.batch] : []));
        if (batches.length === 0) return '本年度尚未开展民主评议';
        return [sheet(appraisalSummaryForm(year, batches, settings, today)), sheet(appraisalMembersForm(year, batches, settings, today))];
      },
    },
    {
      title: '流动党员与关怀',
      build: () => {
        // Each form when it has rows: the registers as of the year's end (today within the year).
        const flows = flowRegisterData(ledger, asOf, options.maskIdNumbers);
        const visits = careVisitsData(ledger, year);
        const honor = honorData(ledger, year);
        const centers = centersData(ledger, asOf, options.maskIdNumbers);
        const sheets = [
          ...(flows.outs.length + flows.ins.length > 0 ? [sheet(flowRegisterForm(flows, settings, today))] : []),
          ...(visits.visits.length > 0 ? [sheet(careVisitsForm(visits, settings, today))] : []),
          ...(honor.rows.length > 0 ? [sheet(honor50Form(honor, settings, today))] : []),
          ...(honor.toCheck.length > 0 ? [sheet(honor50CheckForm(honor, settings, today))] : []),
          ...(centers.page.rows.length > 0 ? [sheet(centerHouseholdsForm(centers, settings, today))] : []),
        ];
        return sheets.length > 0 ? sheets : '本年度没有流动党员、关怀慰问、光荣在党50年或党员中心户记录';
      },
    },
  ];
}

export interface YearBookProgress {
  done: number;
  total: number;
  step: string;
  skipped: string[];
}

export async function buildYearBook(
  ledger: Ledger,
  exportsDir: string,
  options: YearBookOptions,
  today: string,
  onProgress: (p: YearBookProgress) => void,
): Promise<ExportedFile> {
  const sections = yearBookSections(ledger, options, today);
  const skipped: string[] = [];
  const used = new Set<string>();
  // Streamed: each sheet goes to the file when it is done (a street's year is ~80,000 rows).
  return streamWorkbook(
    exportsDir,
    `${options.year}年度台账`,
    () => used.size,
    async (wb) => {
      for (const [i, section] of sections.entries()) {
        onProgress({ done: i, total: sections.length + 1, step: `正在生成：${section.title}`, skipped });
        // Yield between sections so the host answers progress calls while the book is built.
        await new Promise((resolve) => setImmediate(resolve));
        const built = section.build();
        if (typeof built === 'string') {
          skipped.push(`${section.title}（${built}）`);
          continue;
        }
        for (const one of built) {
          let sheetName = one.name;
          for (let n = 2; used.has(sheetName); n++) sheetName = `${one.name}${n}`;
          used.add(sheetName);
          one.render(wb, sheetName).commit();
          await new Promise((resolve) => setImmediate(resolve));
        }
      }
      onProgress({ done: sections.length, total: sections.length + 1, step: '正在保存文件', skipped });
    },
  );
}
