// The import's own .xlsx reader against exceljs (the reader it replaced): the same cells for
// every fixture, for what spreadsheet programs write that the fixtures do not, and for files
// exceljs never wrote (inline strings, namespace prefixes, no cell references, 1904 dates).
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readXlsx, RefusedSheet } from '../../../excel/import/readXlsx';
import { rosterTemplate } from '../../../excel/import/template';
import { ALL_FIXTURES, bigRoster, wholeSheetMerge } from '../../fixtures/rosterFixtures';
import { readXlsxWithExceljs } from '../../support/exceljsReader';

async function workbook(build: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The same workbook with its sheet XML rewritten, as another program might have written it. */
async function rewritten(bytes: Buffer, edit: (sheetXml: string) => string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const path = 'xl/worksheets/sheet1.xml';
  zip.file(path, edit(await zip.file(path)!.async('string')));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

const everyKindOfCell = () =>
  workbook((wb) => {
    const ws = wb.addWorksheet('花名册');
    ws.addRow(['姓名', '入党时间', '人数', '是否', '备注', '链接', '公式']);
    ws.addRow([
      '张<红>&李',
      new Date(Date.UTC(2001, 6, 1)),
      3.25,
      true,
      { richText: [{ text: '粗' }, { text: '体' }] },
      { text: '网站', hyperlink: 'https://example.org' },
      { formula: 'C2*2', result: 6.5 },
    ]);
    ws.addRow(['  空格  ', new Date(Date.UTC(1999, 11, 31, 23, 0)), -0, false, null, null, { formula: 'A2', result: '张红' }]);
    ws.getCell('B2').numFmt = 'yyyy"年"m"月"d"日"';
    ws.getCell('B3').numFmt = 'yyyy-mm-dd hh:mm';
    ws.getCell('C4').value = { error: '#DIV/0!' };
    ws.getCell('D4').numFmt = '0.00'; // styled, empty
    ws.getCell('A5').value = { formula: 'B2', result: new Date(Date.UTC(2001, 6, 1)) };
    ws.getCell('A5').numFmt = 'yyyy/m/d';
    ws.getCell('F6').value = 42;
    ws.getCell('F6').numFmt = '[Red]0.00;"元"';
    ws.mergeCells('A8:C9');
    ws.getCell('A8').value = '合并';
    ws.mergeCells('E7:E12');
    ws.getCell('E7').value = '第一网格党支部';
    wb.addWorksheet('隐藏', { state: 'hidden' }).addRow(['x']);
    wb.addWorksheet('深度隐藏', { state: 'veryHidden' }).addRow([1, 2, 3]);
  });

describe('the import reads .xlsx as exceljs does', () => {
  it.each(ALL_FIXTURES.map((f) => [f.name, f] as const))('%s', async (_, fixture) => {
    const bytes = await fixture.bytes();
    expect(await readXlsx(bytes)).toEqual(await readXlsxWithExceljs(bytes));
  });

  it('a 300-row roster, the import template, and every kind of cell', async () => {
    for (const bytes of [await bigRoster(300), Buffer.from(await rosterTemplate().xlsx.writeBuffer()), await everyKindOfCell()]) {
      expect(await readXlsx(bytes)).toEqual(await readXlsxWithExceljs(bytes));
    }
  });

  it('1904 dates and a dates-only custom format', async () => {
    const bytes = await workbook((wb) => {
      wb.properties.date1904 = true;
      const ws = wb.addWorksheet('Sheet1');
      ws.addRow([new Date(Date.UTC(2020, 1, 29)), 36526]);
      ws.getCell('A1').numFmt = 'm/d/yyyy';
      ws.getCell('B1').numFmt = 'dd"日"';
    });
    const [sheet] = await readXlsx(bytes);
    expect(sheet.rows[0][0]).toEqual({ date: '2020-02-29' });
    expect(await readXlsx(bytes)).toEqual(await readXlsxWithExceljs(bytes));
  });

  it('inline strings, namespace prefixes and cells without references', async () => {
    const base = await workbook((wb) => wb.addWorksheet('Sheet1').addRow(['姓名', '电话']));
    const bytes = await rewritten(base, (xml) =>
      xml.replace(
        /<sheetData>[\s\S]*<\/sheetData>/,
        '<sheetData><row><c t="inlineStr"><is><t>王芳</t></is></c>' +
          '<c t="inlineStr"><is><r><t>1390</t></r><r><t xml:space="preserve">0001111</t></r><rPh><t>おう</t></rPh></is></c></row>' +
          '<row r="3"><c r="C3"><v>7</v></c></row></sheetData>',
      ),
    );
    expect((await readXlsx(bytes))[0].rows).toEqual([['王芳', '13900001111'], [], [null, null, 7]]);
    const prefixed = await rewritten(base, (xml) =>
      xml.replace(/<(\/?)(row|c|v)\b/g, '<$1x:$2').replace('<worksheet ', '<worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '),
    );
    expect((await readXlsx(prefixed))[0].rows).toEqual((await readXlsx(base))[0].rows);
  });

  it('refuses a damaged file rather than read a changed value from it', async () => {
    const zip = await JSZip.loadAsync(await workbook((wb) => wb.addWorksheet('Sheet1').addRow(['张红', 110105])));
    const stored = await zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
    expect((await readXlsx(stored))[0].rows).toEqual([['张红', 110105]]);
    const damaged = Buffer.from(stored);
    const at = damaged.indexOf('<v>110105</v>');
    damaged[at + 4] = '9'.charCodeAt(0); // 110105 → 190105, the zip's checksum now disagrees
    await expect(readXlsx(damaged)).rejects.toThrow(/checksum/);
  });

  it('refuses a merge over the whole sheet with a message, and a file that is not a zip', async () => {
    await expect(readXlsx(await wholeSheetMerge())).rejects.toThrow(RefusedSheet);
    await expect(readXlsx(await wholeSheetMerge())).rejects.toThrow(/合并单元格/);
    await expect(readXlsx(Buffer.from('PK\u0003\u0004 not really a zip'))).rejects.toThrow();
    const base = await workbook((wb) => wb.addWorksheet('Sheet1').addRow(['姓名']));
    await expect(readXlsx(await rewritten(base, (xml) => xml.replace('<row r="1"', '<row r="99999999"')))).rejects.toThrow(/last row/);
  });
});
