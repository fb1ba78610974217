// A form's title is merged across its table; over a narrow table a long title printed cut off at
// both edges (a street's 4-column 党内统计 sheet), so it wraps onto the lines it needs.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { renderForm } from '../../excel/form/render';
import type { FormSpec } from '../../excel/form/spec';

const spec = (title: string, widths: number[]): FormSpec<{ n: number }> => ({
  sheetName: '表',
  title,
  unitName: '幸福街道',
  reportDate: '2026-12-02',
  footer: { preparer: null, reviewer: null, phone: null },
  rows: [{ n: 1 }],
  columns: widths.map((width, i) => ({ header: `列${i + 1}`, width, kind: 'number' as const, value: (r: { n: number }) => r.n })),
});

describe('a form title', () => {
  it('stays on one line over a table wide enough for it', () => {
    const sheet = renderForm(new ExcelJS.Workbook(), spec('2026年三会一课开展情况汇总表', [6, 20, 12, 12, 12, 12]));
    expect(sheet.getCell(1, 1).alignment.wrapText).toBe(false);
    expect(sheet.getRow(1).height).toBe(36);
  });

  it('wraps over a narrow table, with a row tall enough for its lines', () => {
    const sheet = renderForm(new ExcelJS.Workbook(), spec('2026年党内统计汇总表——党员总数（单位：人）', [6, 20, 12, 10]));
    expect(sheet.getCell(1, 1).alignment.wrapText).toBe(true);
    expect(sheet.getRow(1).height).toBe(60);
  });
});
