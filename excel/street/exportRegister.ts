// 导出街道登记汇总表 (issue 30): one register's street form for a period, and its names sheet.
import ExcelJS from 'exceljs';
import type { ExportedFile } from '../../api/schemas/reports';
import { STREET_REGISTER_LABEL, type StreetRegister } from '../../api/streetRegisters';
import { periodLabel } from '../../api/rules/streetPeriods';
import { refuse } from '../../db/ledgerError';
import type { Ledger } from '../../db/open';
import { getSettings } from '../../db/settings';
import { streetCare, streetFlows, streetHonor, streetLost, streetTerms } from '../../db/street/registers';
import { renderForm } from '../form/render';
import type { FormSpec } from '../form/spec';
import { careStreetForms, flowsStreetForms, honorStreetForms, lostStreetForms, termsStreetForms } from '../forms/streetRegisters';
import type { Frame } from '../forms/streetForms';
import { saveWorkbook } from '../saveWorkbook';

function specsOf(ledger: Ledger, frame: Frame, register: StreetRegister, year: number, quarter: number | null): { specs: FormSpec<never>[]; rows: number } {
  switch (register) {
    case 'honor': {
      const v = streetHonor(ledger, year, quarter);
      return { specs: honorStreetForms(frame, v), rows: v.rows.length };
    }
    case 'care': {
      const v = streetCare(ledger, year, quarter);
      return { specs: careStreetForms(frame, v), rows: v.rows.length };
    }
    case 'lost': {
      const v = streetLost(ledger, year, quarter);
      return { specs: lostStreetForms(frame, v), rows: v.rows.length };
    }
    case 'flows': {
      const v = streetFlows(ledger, year, quarter);
      return { specs: flowsStreetForms(frame, v), rows: v.rows.length };
    }
    case 'terms': {
      const v = streetTerms(ledger, year, quarter);
      return { specs: termsStreetForms(frame, v), rows: v.rows.length };
    }
  }
}

export async function exportStreetRegister(
  ledger: Ledger,
  exportsDir: string,
  input: { register: StreetRegister; year: number; quarter: number | null },
  today: string,
): Promise<ExportedFile> {
  const { register, year, quarter } = input;
  const label = STREET_REGISTER_LABEL[register];
  const frame = { title: `${periodLabel({ year, quarter })}${label}`, settings: getSettings(ledger), reportDate: today };
  const { specs, rows } = specsOf(ledger, frame, register, year, quarter);
  if (rows === 0) throw refuse(`${periodLabel({ year, quarter })}还没有社区报送上报包，无法导出${label}`);
  const workbook = new ExcelJS.Workbook();
  for (const spec of specs) renderForm(workbook, spec);
  return saveWorkbook(workbook, exportsDir, frame.title, rows);
}
