// Reads the old binary workbooks (.xls from Excel 97–2003 and the systems that still save it,
// WPS's .et) into the same plain cells as readXlsx.ts, so they go through the one import
// pipeline. SheetJS reads BIFF; the npm package `xlsx` stops at 0.18.5 with two advisories
// (CVE-2023-30533, CVE-2024-22363), so this is SheetJS 0.20.3 as republished unchanged on npm
// under @e965/xlsx (docs/excel.md). Bundled apart from the parse worker and loaded only for
// these files (scripts/build.mjs): a worker is started fresh for every file, and .xlsx and .csv
// should not pay for compiling SheetJS.
import * as XLSX from '@e965/xlsx';
import * as codepages from '@e965/xlsx/dist/cpexcel';
import type { RawCell, RawSheet } from './book';

// Excel 95 (BIFF5) and older store text in the system's code page, 936 (GBK) on a Chinese
// Windows; without the tables SheetJS would read those names as '_' characters.
XLSX.set_cptable(codepages);

/** A file the import refuses with this message; the worker passes it to the user as it is. */
export class LegacyRefusal extends Error {
  override name = 'LegacyRefusal';
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Excel's serial day → the calendar day Excel shows, with the workbook's 1900/1904 base. */
function serialToIso(serial: number, date1904: boolean): string | null {
  const d = XLSX.SSF.parse_date_code(serial, { date1904 });
  return d && d.y >= 1 ? `${d.y}-${pad(d.m)}-${pad(d.d)}` : null;
}

function cellValue(cell: XLSX.CellObject | undefined, date1904: boolean): RawCell {
  if (!cell) return null;
  switch (cell.t) {
    case 's':
      return typeof cell.v === 'string' && cell.v !== '' ? cell.v : null;
    case 'b':
      return cell.v ? '是' : '否';
    case 'n': {
      const n = cell.v as number;
      if (!Number.isFinite(n)) return null;
      if (cell.z !== undefined && XLSX.SSF.is_date(cell.z)) {
        const iso = serialToIso(n, date1904);
        return iso ? { date: iso } : null;
      }
      return n;
    }
    case 'd': {
      const v = cell.v instanceof Date ? cell.v : null;
      return v ? { date: `${v.getFullYear()}-${pad(v.getMonth() + 1)}-${pad(v.getDate())}` } : null;
    }
    default: // 'e' (an error such as #N/A) and 'z' (a styled empty cell)
      return null;
  }
}

/** What SheetJS says about a workbook it will not open, in words for the user. */
function refusalFor(error: unknown): LegacyRefusal | null {
  const message = error instanceof Error ? error.message : String(error);
  if (/password|encrypt/i.test(message)) {
    return new LegacyRefusal('这个文件设置了打开密码（已加密），无法读取。请在 WPS 或 Excel 中打开它，取消密码后另存，再导入');
  }
  return null;
}

export function readLegacy(bytes: Uint8Array): RawSheet[] {
  let book: XLSX.WorkBook;
  try {
    // cellNF keeps each cell's number format, which is how a date is told from a number;
    // cellDates off so dates stay serials and become calendar days without a Date in between.
    // dense: rows as arrays, so an overstated sheet size (common in .xls) costs nothing.
    book = XLSX.read(bytes, { type: 'array', dense: true, cellNF: true, cellDates: false, cellFormula: false, cellHTML: false, cellStyles: false });
  } catch (error) {
    throw refusalFor(error) ?? error;
  }
  const date1904 = Boolean(book.Workbook?.WBProps?.date1904);
  const meta = book.Workbook?.Sheets ?? [];
  return book.SheetNames.map((name, index) => {
    const sheet = book.Sheets[name];
    const data = (sheet?.['!data'] ?? []) as (XLSX.CellObject | undefined)[][];
    const rows: RawCell[][] = Array.from(data, (row) => {
      const cells = Array.from(row ?? [], (cell) => cellValue(cell, date1904));
      while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
      return cells;
    });
    return { name, hidden: (meta[index]?.Hidden ?? 0) !== 0, rows };
  });
}
