// The roster import's optional 党费交纳至 column: the old roster's 党费交纳至 becomes each member's
// opening (期初已交), so the 党费 opening needs no typing for anyone the file names.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { arrears } from '../../../db/dues/arrears';
import { putSettings } from '../../../db/settings';
import { basicTree, makeId, memoryLedger, routerFor } from '../../support/testLedger';
import { callerFor } from '../../support/callRouter';

async function roster(rows: (string | number | Date)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('花名册');
  sheet.addRow(['姓名', '性别', '公民身份号码', '入党日期', '转正日期', '人员类别', '所在党支部', '党费交至']);
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('roster import: 党费交纳至', () => {
  it('reads the month in its usual shapes, refuses what is not a month, and the arrears start after it', async () => {
    const ledger = memoryLedger();
    basicTree(ledger);
    const { router } = routerFor(ledger, '2026-12-07');
    const { call } = callerFor(router);
    const row = (name: string, through: string | number | Date) => [
      name,
      '男',
      makeId('1960-01-01'),
      '1990-07-01',
      '1991-07-01',
      '正式党员',
      '第一网格党支部',
      through,
    ];
    const bad = await roster([row('甲', '2026.11'), row('乙', '2026年10月'), row('丙', '十一月')]);
    const badUpload = await call('import.upload', { fileName: 'roster.xlsx', data: bad.toString('base64') });
    const badPreview = await call('import.preview', { uploadId: badUpload.uploadId });
    expect(badPreview.fields.find((f) => f.key === 'duesPaidThrough')!.column).toBe(7);
    expect(badPreview.rows.find((r) => r.rowNumber === 4)!.problems).toEqual([
      { column: '党费交至', level: 'error', message: expect.stringContaining('党费交纳至应为年月') },
    ]);
    // Month-only is what the column holds: no warning for it.
    expect(badPreview.rows.find((r) => r.rowNumber === 2)!.problems).toEqual([]);

    const good = await roster([row('甲', '2026.11'), row('乙', '2026年10月'), row('丙', '')]);
    const upload = await call('import.upload', { fileName: 'roster.xlsx', data: good.toString('base64') });
    expect(await call('import.commit', { uploadId: upload.uploadId })).toMatchObject({ created: 3 });
    const opening = ledger.prepare('SELECT name, dues_paid_through AS through FROM members ORDER BY id').all();
    expect(opening).toEqual([
      { name: '甲', through: '2026-11' },
      { name: '乙', through: '2026-10' },
      { name: '丙', through: null },
    ]);
    // With the 党费 start in October and no bases: 乙 owes November, 丙 October and November, 甲 nothing.
    putSettings(ledger, { 'ledger.duesStartMonth': '2026-10' });
    expect(arrears(ledger, '2026-11', null).rows.map((r) => [r.name, r.unpaidMonths])).toEqual([
      ['丙', ['2026-10', '2026-11']],
      ['乙', ['2026-11']],
    ]);
  });
});
