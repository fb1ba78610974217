// The 党内统计年报 workbook read back with exceljs: a sheet per table with its figures, 合计
// under the tables that split the total, and 平衡关系核对 with the check and its breaks.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { censusReport } from '../../../db/census/report';
import { TODAY, yearOfChanges } from './censusFixture';

async function readBack(file: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fs.readFileSync(file) as unknown as ArrayBuffer);
  return wb;
}

/** Each row's 项目 → figure, for the rows under the header. */
function itemsOf(sheet: ExcelJS.Worksheet): Map<string, unknown> {
  const items = new Map<string, unknown>();
  sheet.eachRow((row) => {
    const label = row.getCell(2).value;
    if (typeof label === 'string' && label !== '项目') items.set(label, row.getCell(3).value);
  });
  return items;
}

describe('党内统计年报', () => {
  it('has one sheet per table and 平衡关系核对, and reads back the figures', async () => {
    const { ledger, call, exportsDir } = yearOfChanges();
    const file = await call('reports.census', { year: 2025 });
    expect(file.fileName).toMatch(/^2025年党内统计年报-/);
    const wb = await readBack(path.join(exportsDir, file.fileName));
    const report = censusReport(ledger, 2025, TODAY);
    expect(wb.worksheets.map((s) => s.name)).toEqual([...report.tables.map((t) => t.title), '平衡关系核对']);
    for (const t of report.tables) {
      const items = itemsOf(wb.getWorksheet(t.title)!);
      for (const r of t.rows) expect(items.get(r.label), `${t.title}/${r.label}`).toBe(t.unit === '元' ? r.value / 100 : r.value);
    }
    expect(itemsOf(wb.getWorksheet('年龄')!).get('合计')).toBe(7);
    expect(itemsOf(wb.getWorksheet('党员增减变化')!).get('减少合计')).toBe(10);
    const check = itemsOf(wb.getWorksheet('平衡关系核对')!);
    expect(check.get('核对结果')).toBe('平衡：13 + 4 − 10 = 7');
    expect(wb.getWorksheet('党员总数')!.getCell('A1').value).toBe('2025年党内统计年报：党员总数');
  });

  it('lists the breaks on 平衡关系核对', async () => {
    const { ledger, ids, call, exportsDir } = yearOfChanges();
    ledger.sqlite
      .prepare("INSERT INTO member_events (member_id, kind, occurred_on, created_at) VALUES (?, '死亡', '2025-05-01', '2025-05-01 10:00:00')")
      .run(ids.甲);
    const file = await call('reports.census', { year: 2025 });
    const check = itemsOf((await readBack(path.join(exportsDir, file.fileName))).getWorksheet('平衡关系核对')!);
    expect(check.get('核对结果')).toBe('不平衡：13 + 4 − 11 = 6，年末为7');
    expect(String(check.get('不平衡原因：甲'))).toContain('2025-05-01 死亡');
  });
});
