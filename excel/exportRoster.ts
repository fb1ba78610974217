import path from 'node:path';
import ExcelJS from 'exceljs';
import { todayIso } from '../api/rules/dates';
import type { ExportedFile } from '../api/schemas/reports';
import type { Ledger } from '../db/open';
import { rosterAsOf } from '../db/members/asOf';
import { getOrg } from '../db/orgs';
import { getSettings } from '../db/settings';
import { renderForm } from './form/render';
import { writeFileAtomic } from '../db/writeFileAtomic';
import { rosterForm } from './forms/roster';

export interface RosterExportOptions {
  asOf: string;
  branchId: number | null;
  maskIdNumbers: boolean;
  maskPhones: boolean;
}

/** A name that sorts by time and never collides with the previous export. */
export function exportFileName(title: string, now = new Date()): string {
  const t = `${todayIso(now)}-${String(now.getHours()).padStart(2, '0')}${String(now.getMinutes()).padStart(2, '0')}${String(now.getSeconds()).padStart(2, '0')}`;
  return `${title}-${t}.xlsx`;
}

export async function exportRoster(ledger: Ledger, exportsDir: string, options: RosterExportOptions, today = todayIso()): Promise<ExportedFile> {
  const rows = rosterAsOf(ledger, options);
  const branchName = options.branchId === null ? null : getOrg(ledger, options.branchId).name;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '社区党务台账';
  renderForm(workbook, rosterForm(rows, getSettings(ledger), { ...options, branchName, reportDate: today }));
  const fileName = exportFileName(`${branchName ?? ''}党员花名册`);
  writeFileAtomic(path.join(exportsDir, fileName), new Uint8Array(await workbook.xlsx.writeBuffer()));
  return { fileName, rows: rows.length };
}
