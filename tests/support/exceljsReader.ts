// The import's .xlsx reader as it was, on exceljs: the reference that
// tests/integration/excel/xlsxReader.test.ts holds excel/import/readXlsx.ts to.
import ExcelJS from 'exceljs';
import type { RawCell, RawSheet } from '../../excel/import/book';

/** exceljs hands date cells over as UTC instants of the calendar day. */
const isoOf = (d: Date) => `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;

export function plainCell(value: ExcelJS.CellValue): RawCell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : { date: isoOf(value) };
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'object') {
    if ('result' in value) return plainCell((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue); // formulas: their value
    if ('richText' in value) return (value as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join('');
    if ('text' in value) return String((value as ExcelJS.CellHyperlinkValue).text);
    if ('error' in value) return null;
  }
  return String(value);
}

export async function readXlsxWithExceljs(bytes: Uint8Array): Promise<RawSheet[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook.worksheets.map((sheet) => {
    const rows: RawCell[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      const cells: RawCell[] = [];
      row.eachCell({ includeEmpty: true }, (cell, col) => {
        // A merged cell's followers repeat the master's value in exceljs; keep it once.
        cells[col - 1] = cell.isMerged && cell.master !== cell ? null : plainCell(cell.value);
      });
      rows[rowNumber - 1] = cells;
    });
    return { name: sheet.name, hidden: sheet.state !== 'visible', rows: Array.from(rows, (r) => r ?? []) };
  });
}
