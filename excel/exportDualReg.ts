import ExcelJS from 'exceljs';
import type { ExportedFile } from '../api/schemas/reports';
import type { OnjobYearRow } from '../api/schemas/dualReg';
import { listActivities } from '../db/dualReg/activities';
import { yearFigures } from '../db/dualReg/figures';
import { withServices, yearPeople } from '../db/dualReg/yearPeople';
import { listOnjob } from '../db/dualReg/registry';
import { refuse } from '../db/ledgerError';
import type { Ledger } from '../db/open';
import { getSettings } from '../db/settings';
import { renderForm } from './form/render';
import { activityLedgerForm, feedbackForm, registrationForm } from './forms/dualReg';
import { saveWorkbook } from './saveWorkbook';

export async function exportRegistration(ledger: Ledger, exportsDir: string, year: number, today: string): Promise<ExportedFile> {
  const rows = listOnjob(ledger).filter((o) => o.registeredOn <= `${year}-12-31` && (!o.revokedOn || o.revokedOn >= `${year}-01-01`));
  const wb = new ExcelJS.Workbook();
  renderForm(wb, registrationForm(rows, getSettings(ledger), today, year));
  return saveWorkbook(wb, exportsDir, `${year}年在职党员报到登记表`, rows.length);
}

export async function exportActivityLedger(ledger: Ledger, exportsDir: string, year: number, today: string): Promise<ExportedFile> {
  const rows = listActivities(ledger, year);
  const wb = new ExcelJS.Workbook();
  renderForm(wb, activityLedgerForm(rows, getSettings(ledger), today, year));
  return saveWorkbook(wb, exportsDir, `${year}年双报到活动台账`, rows.length);
}

/** One workbook, a sheet per unit, each with the 盖章 line: what every unit gets back at year end. */
export async function exportFeedback(ledger: Ledger, exportsDir: string, year: number, today: string): Promise<ExportedFile> {
  const figures = yearFigures(ledger, year);
  const people = yearPeople(ledger, year);
  // 主要服务内容 for everyone in one read, then grouped by unit (withServices keeps the order).
  const rows = withServices(ledger, year, people);
  const rowsOf = new Map<number, OnjobYearRow[]>();
  people.forEach((p, i) => {
    if (p.unitId === null) return;
    const list = rowsOf.get(p.unitId);
    if (list) list.push(rows[i]);
    else rowsOf.set(p.unitId, [rows[i]]);
  });
  const settings = getSettings(ledger);
  const wb = new ExcelJS.Workbook();
  const used = new Set<string>();
  for (const unit of figures.units) {
    const unitRows = rowsOf.get(unit.unitId) ?? [];
    if (unitRows.length === 0) continue;
    // Sheet names: at most 31 characters, no []:*?/\, unique.
    let name = unit.name.replace(/[[\]:*?/\\]/g, '').slice(0, 28) || '单位';
    for (let n = 2; used.has(name); n++) name = `${name.slice(0, 26)}-${n}`;
    used.add(name);
    renderForm(wb, feedbackForm(unit.name, unitRows, settings, today, year, name));
  }
  if (used.size === 0) throw refuse(`${year}年没有已报到且属于报到单位的在职党员`);
  return saveWorkbook(wb, exportsDir, `${year}年在职党员社区表现反馈表`, used.size);
}
