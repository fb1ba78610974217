// The rows that had problems, as the user sent them, plus a column saying what to fix:
// they correct this file and import it again.
import ExcelJS from 'exceljs';
import { excelDate } from '../form/render';
import type { RawSheet } from './book';
import type { PreviewRow } from '../../api/schemas/imports';

export function problemsWorkbook(sheet: RawSheet, headerRowIndex: number, rows: PreviewRow[]): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const out = workbook.addWorksheet('需修改的行', { views: [{ state: 'frozen', ySplit: 1 }] });
  const headers = sheet.rows[headerRowIndex].map((c) => (c === null ? '' : typeof c === 'object' ? c.date : String(c)));
  out.addRow(['原行号', ...headers, '问题说明']).font = { bold: true };
  out.columns = [{ width: 8 }, ...headers.map(() => ({ width: 14 })), { width: 60 }];
  for (const row of rows.filter((r) => r.problems.length > 0)) {
    const cells = (sheet.rows[row.rowNumber - 1] ?? []).map((c) => (c !== null && typeof c === 'object' ? excelDate(c.date) : c));
    const added = out.addRow([row.rowNumber, ...headers.map((_, i) => cells[i] ?? null), row.problems.map((p) => `【${p.column}】${p.message}`).join('；')]);
    added.eachCell((cell) => {
      if (typeof cell.value === 'string') cell.numFmt = '@';
      if (cell.value instanceof Date) cell.numFmt = 'yyyy-mm-dd';
    });
    added.getCell(headers.length + 2).alignment = { wrapText: true };
  }
  return workbook;
}
