// Exports the street's 发展党员计划完成情况汇总表 and 党费上缴核对表 (issue 30) through the form engine.
import ExcelJS from 'exceljs';
import type { ExportedFile } from '../../api/schemas/reports';
import { refuse } from '../../db/ledgerError';
import type { Ledger } from '../../db/open';
import { getSettings } from '../../db/settings';
import { streetDevProgress } from '../../db/street/devProgress';
import { duesCheck } from '../../db/street/duesReceived';
import { renderForm } from '../form/render';
import { devProgressStreetForm, duesCheckStreetForm } from '../forms/streetPlanForms';
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
