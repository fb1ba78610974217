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

describe('the 填报单位 line', () => {
  const row2 = (sheet: ExcelJS.Worksheet) => ({
    merges: (sheet.model.merges as string[]).filter((m) => /^A2:|[A-Z]2:/.test(m)).sort(),
    unit: sheet.getCell('A2').value,
    unitWraps: sheet.getCell('A2').alignment.wrapText,
  });

  it('splits a wide table at half its columns, as before', () => {
    const sheet = renderForm(new ExcelJS.Workbook(), spec('表', [6, 12, 12, 12, 12, 12]));
    expect(row2(sheet)).toEqual({ merges: ['A2:C2', 'D2:F2'], unit: '填报单位（盖章）：幸福街道', unitWraps: false });
  });

  it('moves the split right on a narrow table so the unit is not cut off (a 3-column 党内统计 sheet)', () => {
    const sheet = renderForm(new ExcelJS.Workbook(), spec('表', [6, 30, 12]));
    expect(row2(sheet)).toEqual({ merges: ['A2:B2'], unit: '填报单位（盖章）：幸福街道', unitWraps: false });
    expect(sheet.getCell('C2').value).toBe('填报日期：2026年12月2日');
    expect(sheet.getCell('C2').alignment.wrapText).toBe(true); // 12 units hold the date on two lines
    expect(sheet.getRow(2).height).toBeGreaterThan(22);
  });
});
