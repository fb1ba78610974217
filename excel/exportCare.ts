// The four care forms as files (reports.flowRegister, careVisits, honor50, centerHouseholds):
// each reads the registers through db/care and hands a plain shape to its form builder.
import ExcelJS from 'exceljs';
import type { ExportedFile } from '../api/schemas/reports';
import { listCenters } from '../db/care/centers';
import { listFlowIns } from '../db/care/flowIns';
import { listFlows } from '../db/care/flows';
import { honorList } from '../db/care/honor';
import { listVisits } from '../db/care/visits';
import type { Ledger } from '../db/open';
import { getSettings } from '../db/settings';
import { renderForm } from './form/render';
import type { FormSpec } from './form/spec';
import { careVisitsForm, type CareVisitsData } from './forms/careVisits';
import { centerHouseholdsForm, type CentersData } from './forms/centerHouseholds';
import { communityOf } from './forms/duesCommon';
import { flowRegisterForm, type FlowRegisterData } from './forms/flowRegister';
import { honor50CheckForm, honor50Form, type HonorData } from './forms/honor50';
import { saveWorkbook } from './saveWorkbook';

export function flowRegisterData(ledger: Ledger, asOf: string, maskPhones: boolean): FlowRegisterData {
  return {
    asOf,
    unitName: communityOf(getSettings(ledger)),
    outs: listFlows(ledger, { asOf, includeEnded: false, memberId: null }).rows,
    ins: listFlowIns(ledger, { asOf, includeEnded: false }),
    maskPhones,
  };
}

export function careVisitsData(ledger: Ledger, year: number): CareVisitsData {
  return { year, unitName: communityOf(getSettings(ledger)), visits: listVisits(ledger, { year, memberId: null }).rows.filter((v) => v.voidedAt === null) };
}

export function honorData(ledger: Ledger, year: number): HonorData {
  const page = honorList(ledger, year);
  return { year, unitName: communityOf(getSettings(ledger)), rows: page.rows, toCheck: page.toCheck };
}

export const centersData = (ledger: Ledger, asOf: string, maskPhones: boolean): CentersData => ({
  unitName: communityOf(getSettings(ledger)),
  page: listCenters(ledger, { asOf, includeEnded: false }),
  maskPhones,
});

async function save<Row>(exportsDir: string, spec: FormSpec<Row>, rows: number): Promise<ExportedFile> {
  const workbook = new ExcelJS.Workbook();
  renderForm(workbook, spec);
  return saveWorkbook(workbook, exportsDir, spec.title, rows);
}

export function exportFlowRegister(
  ledger: Ledger,
  exportsDir: string,
  input: { asOf: string | null; maskPhones: boolean },
  today: string,
): Promise<ExportedFile> {
  const data = flowRegisterData(ledger, input.asOf ?? today, input.maskPhones);
  return save(exportsDir, flowRegisterForm(data, getSettings(ledger), today), data.outs.length + data.ins.length);
}

export function exportCareVisits(ledger: Ledger, exportsDir: string, input: { year: number }, today: string): Promise<ExportedFile> {
  const data = careVisitsData(ledger, input.year);
  return save(exportsDir, careVisitsForm(data, getSettings(ledger), today), data.visits.length);
}

export function exportHonor50(ledger: Ledger, exportsDir: string, input: { year: number }, today: string): Promise<ExportedFile> {
  const data = honorData(ledger, input.year);
  const workbook = new ExcelJS.Workbook();
  const spec = honor50Form(data, getSettings(ledger), today);
  renderForm(workbook, spec);
  if (data.toCheck.length > 0) renderForm(workbook, honor50CheckForm(data, getSettings(ledger), today));
  return saveWorkbook(workbook, exportsDir, spec.title, data.rows.length);
}

export function exportCenterHouseholds(
  ledger: Ledger,
  exportsDir: string,
  input: { asOf: string | null; maskPhones: boolean },
  today: string,
): Promise<ExportedFile> {
  const data = centersData(ledger, input.asOf ?? today, input.maskPhones);
  return save(exportsDir, centerHouseholdsForm(data, getSettings(ledger), today), data.page.rows.length);
}
