// 导出街道汇总表: the street's form of one measure for a period, through the form engine.
import ExcelJS from 'exceljs';
import type { ExportedFile } from '../../api/schemas/reports';
import { STREET_MEASURE_LABEL, type StreetMeasure } from '../../api/schemas/street';
import { periodLabel } from '../../api/rules/streetPeriods';
import { refuse } from '../../db/ledgerError';
import type { Ledger } from '../../db/open';
import { getSettings } from '../../db/settings';
import { streetAppraisal, streetCensus, streetDual, streetDues, streetMeetings, streetMembers, streetPoints, streetRanking } from '../../db/street/views';
import { renderForm } from '../form/render';
import type { FormSpec } from '../form/spec';
import {
  appraisalStreetForm,
  censusBalanceStreetForm,
  censusStreetForms,
  dualStreetForm,
  duesStreetForm,
  meetingsStreetForm,
  membersStreetForm,
  pointsStreetForm,
} from '../forms/streetForms';
import { rankingStreetForm } from '../forms/streetRanking';
import { saveWorkbook } from '../saveWorkbook';

const YEARLY: readonly StreetMeasure[] = ['appraisal', 'census', 'points'];

export async function exportStreetForm(
  ledger: Ledger,
  exportsDir: string,
  input: { measure: StreetMeasure; year: number; quarter: number | null },
  today: string,
): Promise<ExportedFile> {
  const { measure, year } = input;
  if (YEARLY.includes(measure) && input.quarter !== null) throw refuse(`${STREET_MEASURE_LABEL[measure]}按年度汇总，请选择全年`, 'quarter');
  const quarter = input.quarter;
  const label = STREET_MEASURE_LABEL[measure];
  const frame = { title: `${periodLabel({ year, quarter })}${label}`, settings: getSettings(ledger), reportDate: today };
  const specs: FormSpec<never>[] = [];
  const add = <R>(spec: FormSpec<R>) => specs.push(spec as unknown as FormSpec<never>);
  let rows = 0;
  switch (measure) {
    case 'meetings': {
      const v = streetMeetings(ledger, year, quarter, null);
      add(meetingsStreetForm(frame, v));
      rows = v.rows.length;
      break;
    }
    case 'members': {
      const v = streetMembers(ledger, year, quarter);
      add(membersStreetForm(frame, v));
      rows = v.rows.length;
      break;
    }
    case 'dual': {
      const v = streetDual(ledger, year, quarter);
      add(dualStreetForm(frame, v));
      rows = v.rows.length;
      break;
    }
    case 'dues': {
      const v = streetDues(ledger, year, quarter);
      add(duesStreetForm(frame, v));
      rows = v.rows.length;
      break;
    }
    case 'appraisal': {
      const v = streetAppraisal(ledger, year);
      add(appraisalStreetForm(frame, v));
      rows = v.rows.length;
      break;
    }
    case 'points': {
      const v = streetPoints(ledger, year);
      add(pointsStreetForm(frame, v));
      const ranking = streetRanking(ledger, { year, communityId: null, page: 1, pageSize: Number.MAX_SAFE_INTEGER });
      add(rankingStreetForm({ ...frame, title: `${year}年街道党员积分排名` }, ranking.rows));
      rows = v.rows.length;
      break;
    }
    case 'census': {
      const v = streetCensus(ledger, year);
      for (const spec of censusStreetForms(frame, v)) add(spec);
      add(censusBalanceStreetForm(frame, v));
      rows = v.rows.length;
      break;
    }
  }
  if (rows === 0) throw refuse(`${periodLabel({ year, quarter })}还没有社区报送上报包，无法导出${label}`);
  const workbook = new ExcelJS.Workbook();
  for (const spec of specs) renderForm(workbook, spec);
  return saveWorkbook(workbook, exportsDir, frame.title, rows);
}
