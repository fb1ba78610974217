// Lays a FormSpec out on a worksheet: A4, title merged across the table, the 填报单位 /
// 填报日期 line, a header row repeated on every printed page and frozen on screen, borders
// on every cell, 宋体, signatures after the table, page numbers in the footer.
import type ExcelJS from 'exceljs';
import { parseIsoDate } from '../../api/rules/dates';
import type { CellKind, CellValue, FormSpec } from './spec';

export const FONT = '宋体';
const THIN = { style: 'thin' as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
export const HEADER_ROW = 3;
export const FIRST_DATA_ROW = 4;

/** Wide tables print landscape. */
export const isLandscape = (spec: FormSpec<unknown>) => spec.columns.reduce((sum, c) => sum + c.width, 0) > 100;

export function chineseDate(iso: string): string {
  const d = parseIsoDate(iso);
  return d ? `${d.year}年${d.month}月${d.day}日` : iso;
}

/** exceljs writes Date cells as UTC instants: build them at UTC midnight or Excel shows the day before. */
export function excelDate(iso: string): Date | null {
  const d = parseIsoDate(iso);
  return d ? new Date(Date.UTC(d.year, d.month - 1, d.day)) : null;
}

function setCell(cell: ExcelJS.Cell, kind: CellKind, value: CellValue, bold = false) {
  if (value === null || value === '') {
    cell.value = null;
  } else if (kind === 'date' && typeof value === 'string') {
    const date = excelDate(value);
    cell.value = date ?? value;
    if (date) cell.numFmt = 'yyyy-mm-dd';
  } else if (kind === 'money' && typeof value === 'number') {
    // Totals are summed in 分 before they get here: the one division is for display only.
    cell.value = value / 100;
    cell.numFmt = '0.00';
  } else if (kind === 'text' && typeof value === 'number') {
    // A count in a column of mixed words and figures (平衡关系核对's 数值或说明) stays a number that
    // adds up, not text that Excel flags.
    cell.value = value;
  } else if (kind === 'id' || kind === 'phone' || kind === 'text' || kind === 'money') {
    cell.value = String(value);
    cell.numFmt = '@';
  } else {
    cell.value = value;
  }
  const centred = kind === 'index' || kind === 'date' || kind === 'number' || (kind === 'money' && typeof value === 'string');
  const horizontal = kind === 'money' && typeof value === 'number' ? 'right' : centred ? 'center' : 'left';
  cell.alignment = { vertical: 'middle', horizontal, wrapText: kind === 'text' };
  cell.font = bold ? { name: FONT, size: 10, bold: true } : { name: FONT, size: 10 };
  cell.border = BORDER;
}

/** Display width in Excel character units: a CJK character takes about two. */
function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += ch.charCodeAt(0) > 0x2e80 ? 2 : 1;
  return w;
}

/** Lines a wrapped cell needs at this column width (fixed row heights clip the rest when printed). */
export function wrappedLines(text: string, columnWidth: number): number {
  const room = Math.max(1, columnWidth - 1.5);
  return text.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(textWidth(part) / room)), 0);
}

/** An 11-point 汉字 is about 2.1 Excel width units wide. */
const CJK_WIDTH_11PT = 2.1;

export function renderForm<Row>(workbook: ExcelJS.Workbook, spec: FormSpec<Row>): ExcelJS.Worksheet {
  const landscape = isLandscape(spec as FormSpec<unknown>);
  const lastCol = spec.columns.length;
  const sheet = workbook.addWorksheet(spec.sheetName, {
    pageSetup: {
      paperSize: 9, // A4
      orientation: landscape ? 'landscape' : 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.7, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: `&"${FONT}"&10第 &P 页，共 &N 页`, evenFooter: `&"${FONT}"&10第 &P 页，共 &N 页` },
    views: [{ state: 'frozen', xSplit: 0, ySplit: HEADER_ROW }],
  });
  sheet.columns = spec.columns.map((c) => ({ width: c.width }));

  sheet.mergeCells(1, 1, 1, lastCol);
  const title = sheet.getCell(1, 1);
  title.value = spec.title;
  title.font = { name: FONT, size: 18, bold: true };
  // A long title over a narrow table (a street's 4-column 党内统计 sheet) would print cut off at
  // both edges: it wraps onto as many lines as it needs instead. A 18-point 汉字 is about 3.3
  // Excel width units wide.
  const tableWidth = spec.columns.reduce((sum, c) => sum + c.width, 0);
  const lines = Math.max(1, Math.ceil((spec.title.length * 3.3) / tableWidth));
  title.alignment = { horizontal: 'center', vertical: 'middle', wrapText: lines > 1 };
  sheet.getRow(1).height = 36 + (lines - 1) * 24;

  // 填报单位 on the left half, 填报日期 on the right. On a narrow table (a 3-column 党内统计 sheet)
  // half the columns cannot hold the unit's name: the split moves right until it can, and a
  // part still too narrow wraps onto more lines instead of printing cut off.
  const unitText = `填报单位（盖章）：${spec.unitName}`;
  const dateText = `填报日期：${chineseDate(spec.reportDate)}`;
  const widthOf = (from: number, to: number) => spec.columns.slice(from, to).reduce((sum, c) => sum + c.width, 0);
  let half = Math.max(1, Math.floor(lastCol / 2));
  while (half < lastCol - 1 && widthOf(0, half) < unitText.length * CJK_WIDTH_11PT) half++;
  sheet.mergeCells(2, 1, 2, half);
  const unitCell = sheet.getCell(2, 1);
  unitCell.value = unitText;
  const linesFor = (text: string, width: number) => Math.max(1, Math.ceil((text.length * CJK_WIDTH_11PT) / Math.max(width, 1)));
  let lines2 = linesFor(unitText, widthOf(0, half));
  unitCell.alignment = { vertical: 'middle', wrapText: lines2 > 1 };
  if (half + 1 < lastCol) sheet.mergeCells(2, half + 1, 2, lastCol); // a one-column date cell needs no merge
  const dateCell = sheet.getCell(2, half < lastCol ? half + 1 : 1);
  if (half < lastCol) {
    dateCell.value = dateText;
    const dateLines = linesFor(dateText, widthOf(half, lastCol));
    lines2 = Math.max(lines2, dateLines);
    dateCell.alignment = { horizontal: 'right', vertical: 'middle', wrapText: dateLines > 1 };
  } else dateCell.alignment = { horizontal: 'right', vertical: 'middle' };
  for (const col of [1, half + 1]) sheet.getCell(2, col).font = { name: FONT, size: 11 };
  sheet.getRow(2).height = 22 + (lines2 - 1) * 15;

  const header = sheet.getRow(HEADER_ROW);
  spec.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { name: FONT, size: 10, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = BORDER;
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
  });
  header.height = Math.max(30, 4 + 14 * Math.max(...spec.columns.map((c) => wrappedLines(c.header, c.width))));

  spec.rows.forEach((row, r) => {
    const sheetRow = sheet.getRow(FIRST_DATA_ROW + r);
    let lines = 1;
    const bold = spec.isTotal?.(row) ?? false;
    spec.columns.forEach((c, i) => {
      const value = c.value(row, r);
      setCell(sheetRow.getCell(i + 1), c.kind, value, bold);
      if (c.kind === 'text' && typeof value === 'string') lines = Math.max(lines, wrappedLines(value, c.width));
    });
    sheetRow.height = Math.max(20, 4 + 13 * lines);
    // Streamed workbooks write the row out now; a regular one ignores this.
    sheetRow.commit();
  });

  let next = FIRST_DATA_ROW + spec.rows.length + 1;
  for (const note of spec.notes ?? []) {
    sheet.mergeCells(next, 1, next, lastCol);
    Object.assign(sheet.getCell(next, 1), { value: note, font: { name: FONT, size: 10 }, alignment: { vertical: 'top', wrapText: true } });
    // A merged cell does not grow with its text: give the row the lines the note needs.
    sheet.getRow(next).height = Math.max(15, 2 + 13 * wrappedLines(note, tableWidth));
    next++;
  }
  const { preparer, reviewer, phone } = spec.footer;
  const signature = spec.signature ?? [`填报人：${preparer ?? ''}        审核人：${reviewer ?? ''}        联系电话：${phone ?? ''}`];
  for (const line of signature) {
    sheet.mergeCells(next, 1, next, lastCol);
    const sign = sheet.getCell(next, 1);
    sign.value = line;
    sign.font = { name: FONT, size: 11 };
    sheet.getRow(next).height = spec.signature ? 30 : 24;
    next++;
  }
  return sheet;
}
