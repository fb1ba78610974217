// 党内统计年报 as a file (reports.census): the report of db/census, one sheet per table.
import ExcelJS from 'exceljs';
import type { ExportedFile } from '../api/schemas/reports';
import { coverageForYear } from '../api/rules/coverage';
import { censusReport } from '../db/census/report';
import { ledgerCoverage } from '../db/ledgerStart';
import type { Ledger } from '../db/open';
import { getSettings } from '../db/settings';
import { renderForm } from './form/render';
import { censusForms } from './forms/census';
import { saveWorkbook } from './saveWorkbook';

export async function exportCensus(ledger: Ledger, exportsDir: string, year: number, today: string): Promise<ExportedFile> {
  const report = censusReport(ledger, year, today);
  const workbook = new ExcelJS.Workbook();
  const forms = censusForms(report, getSettings(ledger), today, coverageForYear(ledgerCoverage(ledger), year));
  for (const spec of forms) renderForm(workbook, spec);
  return saveWorkbook(
    workbook,
    exportsDir,
    `${year}年党内统计年报`,
    forms.reduce((n, f) => n + f.rows.length, 0),
  );
}
