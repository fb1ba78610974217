// Exports the street's 发展党员计划完成情况汇总表 and 党费上缴核对表 (issue 30) through the form engine.
import ExcelJS from 'exceljs';
import type { ExportedFile } from '../../api/schemas/reports';
import { refuse } from '../../db/ledgerError';
import type { Ledger } from '../../db/open';
import { getSettings } from '../../db/settings';
import { streetDevProgress } from '../../db/street/devProgress';
import { duesCheck } from '../../db/street/duesReceived';
import { streetDuesMonth } from '../../db/street/duesMonthly';
import { streetMeetingsMonth } from '../../db/street/meetingsMonthly';
import { renderForm } from '../form/render';
import { devProgressStreetForm, duesCheckStreetForm } from '../forms/streetPlanForms';
import { duesStreetForm, meetingsStreetForm } from '../forms/streetForms';
import { saveWorkbook } from '../saveWorkbook';

export async function exportDevProgress(ledger: Ledger, exportsDir: string, year: number, today: string): Promise<ExportedFile> {
  const title = `${year}年发展党员计划完成情况汇总表`;
  const v = streetDevProgress(ledger, year);
  if (v.rows.length === 0) throw refuse(`${year}年还没有社区报送年度上报包，无法导出发展党员计划完成情况汇总表`);
  const workbook = new ExcelJS.Workbook();
  renderForm(workbook, devProgressStreetForm({ title, settings: getSettings(ledger), reportDate: today }, v));
  return saveWorkbook(workbook, exportsDir, title, v.rows.length);
}

export async function exportDuesCheck(ledger: Ledger, exportsDir: string, year: number, today: string): Promise<ExportedFile> {
  const title = `${year}年党费上缴核对表`;
  const v = duesCheck(ledger, year);
  if (v.rows.length === 0) throw refuse('还没有社区，无法导出党费上缴核对表');
  const workbook = new ExcelJS.Workbook();
  renderForm(workbook, duesCheckStreetForm({ title, settings: getSettings(ledger), reportDate: today }, v));
  return saveWorkbook(workbook, exportsDir, title, v.rows.length);
}

/** The month's 党费收缴情况汇总表: the street's 党费 form, one month's rows. */
export async function exportDuesMonth(ledger: Ledger, exportsDir: string, year: number, month: number, today: string): Promise<ExportedFile> {
  const title = `${year}年${month}月党费收缴情况汇总表`;
  const v = streetDuesMonth(ledger, year, month);
  if (v.rows.length === 0) throw refuse(`还没有社区的上报包包含${year}年${month}月的党费，无法导出`);
  const workbook = new ExcelJS.Workbook();
  renderForm(workbook, duesStreetForm({ title, settings: getSettings(ledger), reportDate: today }, v));
  return saveWorkbook(workbook, exportsDir, title, v.rows.length);
}

/** The month's 三会一课开展情况汇总表: the street's 三会一课 form over the types required that month. */
export async function exportMeetingsMonth(ledger: Ledger, exportsDir: string, year: number, month: number, today: string): Promise<ExportedFile> {
  const title = `${year}年${month}月“三会一课”开展情况汇总表`;
  const v = streetMeetingsMonth(ledger, year, month);
  if (v.rows.length === 0) throw refuse(`还没有社区的上报包包含${year}年${month}月的三会一课，无法导出`);
  const workbook = new ExcelJS.Workbook();
  const spec = meetingsStreetForm({ title, settings: getSettings(ledger), reportDate: today }, v);
  spec.notes = [...(spec.notes ?? []), '月报只含按月召开的会议（支委会、党小组会、主题党日等）；按季度、按年召开的会议见季度和年度汇总。'];
  renderForm(workbook, spec);
  return saveWorkbook(workbook, exportsDir, title, v.rows.length);
}
