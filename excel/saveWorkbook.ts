import path from 'node:path';
import type ExcelJS from 'exceljs';
import { todayIso } from '../api/rules/dates';
import type { ExportedFile } from '../api/schemas/reports';
import { writeFileAtomic } from '../db/writeFileAtomic';

/** A name that sorts by time and never collides with the previous export. */
export function exportFileName(title: string, now = new Date()): string {
  const t = `${todayIso(now)}-${String(now.getHours()).padStart(2, '0')}${String(now.getMinutes()).padStart(2, '0')}${String(now.getSeconds()).padStart(2, '0')}`;
  return `${title}-${t}.xlsx`;
}

/** Every export goes through here: exports/<title-time>.xlsx, written temp-then-rename. */
export async function saveWorkbook(workbook: ExcelJS.Workbook, exportsDir: string, title: string, rows: number): Promise<ExportedFile> {
  workbook.creator = '社区党务台账';
  const fileName = exportFileName(title);
  writeFileAtomic(path.join(exportsDir, fileName), new Uint8Array(await workbook.xlsx.writeBuffer()));
  return { fileName, rows };
}
