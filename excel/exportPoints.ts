import ExcelJS from 'exceljs';
import type { ExportedFile } from '../api/schemas/reports';
import { appraisalOverview } from '../db/appraisal';
import { refuse } from '../db/ledgerError';
import type { Ledger } from '../db/open';
import { memberStatement, yearStandings } from '../db/points/views';
import { getSettings } from '../db/settings';
import { renderForm } from './form/render';
import { appraisalMembersForm, appraisalSummaryForm, pointsSummaryForm, starResultForm, statementForm } from './forms/points';
import { saveWorkbook } from './saveWorkbook';

function standingsWithScheme(ledger: Ledger, year: number) {
  const standings = yearStandings(ledger, year);
  if (standings.rules.length === 0) throw refuse(`${year}年尚未设置积分规则，请先在“积分评议 → 积分规则”中设置`);
  return standings;
}

export async function exportPointsSummary(ledger: Ledger, exportsDir: string, year: number, today: string): Promise<ExportedFile> {
  const standings = standingsWithScheme(ledger, year);
  const wb = new ExcelJS.Workbook();
  renderForm(wb, pointsSummaryForm(standings, getSettings(ledger), today));
  return saveWorkbook(wb, exportsDir, `${year}年度党员积分汇总表`, standings.rows.length);
}

export async function exportStarResults(ledger: Ledger, exportsDir: string, year: number, today: string): Promise<ExportedFile> {
  const standings = standingsWithScheme(ledger, year);
  const wb = new ExcelJS.Workbook();
  const spec = starResultForm(standings, getSettings(ledger), today);
  renderForm(wb, spec);
  return saveWorkbook(wb, exportsDir, `${year}年度评星定级结果表`, spec.rows.length);
}

export async function exportStatement(ledger: Ledger, exportsDir: string, memberId: number, year: number, today: string): Promise<ExportedFile> {
  const statement = memberStatement(ledger, memberId, year, today);
  const wb = new ExcelJS.Workbook();
  renderForm(wb, statementForm(statement, getSettings(ledger), today));
  return saveWorkbook(wb, exportsDir, `${year}年度积分明细-${statement.name}`, statement.entries.length);
}

/** One workbook: the per-branch summary, then every member's grade. */
export async function exportAppraisal(ledger: Ledger, exportsDir: string, year: number, today: string): Promise<ExportedFile> {
  const batches = appraisalOverview(ledger, year).branches.flatMap((b) => (b.batch ? [b.batch] : []));
  if (batches.length === 0) throw refuse(`${year}年还没有党支部建立民主评议`);
  const settings = getSettings(ledger);
  const wb = new ExcelJS.Workbook();
  renderForm(wb, appraisalSummaryForm(year, batches, settings, today));
  renderForm(wb, appraisalMembersForm(year, batches, settings, today));
  return saveWorkbook(wb, exportsDir, `${year}年度民主评议党员情况汇总表`, batches.length);
}
