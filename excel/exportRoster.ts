import { todayIso } from '../api/rules/dates';
import type { ExportedFile } from '../api/schemas/reports';
import type { Ledger } from '../db/open';
import { rosterAsOf } from '../db/members/asOf';
import { getOrg } from '../db/orgs';
import { getSettings } from '../db/settings';
import { renderForm } from './form/render';
import { streamWorkbook } from './saveWorkbook';
import { rosterForm } from './forms/roster';

export interface RosterExportOptions {
  asOf: string;
  branchId: number | null;
  maskIdNumbers: boolean;
  maskPhones: boolean;
}

export async function exportRoster(ledger: Ledger, exportsDir: string, options: RosterExportOptions, today = todayIso()): Promise<ExportedFile> {
  const rows = rosterAsOf(ledger, options);
  const branchName = options.branchId === null ? null : getOrg(ledger, options.branchId).name;
  return streamWorkbook(exportsDir, `${branchName ?? ''}党员花名册`, rows.length, (workbook) => {
    renderForm(workbook, rosterForm(rows, getSettings(ledger), { ...options, branchName, reportDate: today })).commit();
  });
}
