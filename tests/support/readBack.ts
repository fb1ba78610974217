// Reading an exported form back, cell by cell: the one place tests open an .xlsx, so none
// needs a cast to get past exceljs's own `Buffer` type.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Caller, FileCall, InputArgs } from './callRouter';

/**
 * A workbook from a file's path or its bytes (a download, an entry of a 上报包). exceljs types
 * `load` as taking its own Buffer, which is an ArrayBuffer: a copy into a fresh ArrayBuffer is
 * exactly that, and JSZip underneath reads it as it reads a Node Buffer.
 */
export async function readWorkbook(source: string | Uint8Array): Promise<ExcelJS.Workbook> {
  const bytes = typeof source === 'string' ? fs.readFileSync(source) : source;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  return workbook;
}

/** The workbook an export call wrote into the exports folder. */
export function readExport(exportsDir: string, file: { fileName: string }): Promise<ExcelJS.Workbook> {
  return readWorkbook(path.join(exportsDir, file.fileName));
}

/** Runs an export call and opens what it wrote. */
export async function exported<K extends FileCall>(
  caller: Pick<Caller, 'call'>,
  exportsDir: string,
  name: K,
  ...input: InputArgs<K>
): Promise<ExcelJS.Workbook> {
  return readExport(exportsDir, await caller.call(name, ...input));
}
