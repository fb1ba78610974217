// The old binary workbooks (.xls, WPS .et) go through the same import as .xlsx and .csv: the
// same cells from the reader, the same preview from the pipeline, and a clear word for what
// cannot be read.
import fs from 'node:fs';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import type { RawSheet } from '../../../excel/import/book';
import { fileKind } from '../../../excel/import/parseFile';
import { readLegacy } from '../../../excel/import/readLegacy';
import { readXlsx } from '../../../excel/import/readXlsx';
import * as F from '../../fixtures/rosterFixtures';
import { SAME_ROSTER, sameRosterFiles } from '../../fixtures/sameRoster';
import { basicTree, memoryLedger, routerFor } from '../../support/testLedger';

const LEGACY_DIR = path.resolve('tests/fixtures/legacy');

/** An empty string and an empty cell read the same downstream; trailing empties are not cells. */
const plain = (sheets: RawSheet[]) =>
  sheets.map((s) => ({
    ...s,
    rows: s.rows.map((r) => {
      const cells = r.map((v) => (v === '' ? null : v));
      while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
      return cells;
    }),
  }));

async function importer() {
  const ledger = memoryLedger();
  basicTree(ledger);
  const { router, call } = routerFor(ledger);
  const refusal = async (fileName: string, bytes: Buffer) => {
    const r = await router.handle('import.upload', { fileName, data: bytes.toString('base64') });
    return r.ok ? null : r.error.message;
  };
  /** What the user is shown for a file: its sheets, then the preview of every row. */
  const preview = async (fileName: string, bytes: Buffer) => {
    const { uploadId, sheets } = await call('import.upload', { fileName, data: bytes.toString('base64') });
    const p = await call('import.preview', { uploadId });
    return { sheets, headerRow: p.headerRow, fields: p.fields, counts: p.counts, rows: p.rows, full: p };
  };
  return { preview, refusal };
}

describe('.xls and .et files', () => {
  it('are told apart by their bytes, whatever the name says', () => {
    const ole = F.encryptedWorkbook();
    expect(fileKind('花名册.xls', ole)).toBe('xls');
    expect(fileKind('花名册.et', ole)).toBe('xls');
    expect(fileKind('花名册.xlsx', ole)).toBe('xls'); // saved as .xls, renamed by hand
    expect(fileKind('花名册.xls', Buffer.from('PK\x03\x04'))).toBe('xlsx');
    expect(fileKind('花名册.xls', Buffer.from('<table><tr><td>姓名</td></tr></table>'))).toBe('xls'); // an "Excel export" that is HTML
    expect(fileKind('花名册.txt', Buffer.from('姓名'))).toEqual({ refused: expect.stringContaining('.xls') });
  });

  it('written by another program (LibreOffice) read as the .xlsx they were made from', async () => {
    const made = fs.readdirSync(LEGACY_DIR).filter((f) => f.endsWith('.xls'));
    expect(made.length).toBeGreaterThanOrEqual(3);
    for (const file of made) {
      const fixture = F.ALL_FIXTURES.find((f) => f.fileName === file.replace(/\.xls$/, '.xlsx'));
      if (!fixture) throw new Error(`${file} has no fixture`);
      expect(plain(readLegacy(fs.readFileSync(path.join(LEGACY_DIR, file)))), file).toEqual(plain(await readXlsx(await fixture.bytes())));
    }
  });

  it('keep dates as calendar days, numbers as numbers, merges once, and hidden sheets hidden', () => {
    const ws = XLSX.utils.aoa_to_sheet([['幸福里社区党员花名册'], ['姓名', '入党日期', '序号', '身份证号'], ['张三', 37073, 1, '110105198001010011']]);
    ws.C3.z = '0';
    ws.B3.z = 'yyyy"年"m"月"d"日"';
    ws['!merges'] = [XLSX.utils.decode_range('A1:D1')];
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, ws, '花名册');
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['旧']]), '旧数据');
    book.Workbook = { Sheets: [{ Hidden: 0 }, { Hidden: 1 }] };
    const sheets = readLegacy(new Uint8Array(XLSX.write(book, { type: 'buffer', bookType: 'xls' }) as Buffer));
    expect(sheets).toEqual([
      {
        name: '花名册',
        hidden: false,
        rows: [['幸福里社区党员花名册'], ['姓名', '入党日期', '序号', '身份证号'], ['张三', { date: '2001-07-01' }, 1, '110105198001010011']],
      },
      { name: '旧数据', hidden: true, rows: [['旧']] },
    ]);
  });

  it.each(F.ALL_FIXTURES.map((f) => [f.name, f] as const))('preview as the .xlsx does: %s', async (_, fixture) => {
    const t = await importer();
    const xlsx = await fixture.bytes();
    const xls = F.asXls(xlsx);
    const expected = await t.preview(fixture.fileName, xlsx);
    expect(await t.preview(fixture.fileName.replace(/\.xlsx$/, '.xls'), xls)).toEqual(expected);
    expect(await t.preview(fixture.fileName.replace(/\.xlsx$/, '.et'), xls)).toEqual(expected);
  });

  it('the same roster as .xlsx, .xls, .et and .csv in UTF-8 and GBK previews alike', async () => {
    const t = await importer();
    const csv = F.csv('utf8-bom');
    const book = XLSX.read(csv, { type: 'buffer', raw: true });
    const xlsx = Buffer.from(XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    const xls = Buffer.from(XLSX.write(book, { type: 'buffer', bookType: 'xls' }) as Buffer);
    const fromCsv = await t.preview('花名册.csv', csv);
    expect(fromCsv.counts).toMatchObject({ total: 1, create: 1, error: 0 });
    const rowsOnly = (p: typeof fromCsv) => ({ headerRow: p.headerRow, fields: p.fields, counts: p.counts, rows: p.rows });
    for (const [name, bytes] of [
      ['花名册-GBK.csv', F.csv('gbk')],
      ['花名册.xlsx', xlsx],
      ['花名册.xls', xls],
      ['花名册.et', xls],
    ] as const) {
      expect(rowsOnly(await t.preview(name, bytes)), name).toEqual(rowsOnly(fromCsv));
    }
  });

  it('a whole roster (dates as date cells, numbers as numbers, a title, a wrong 身份证号, a 制表人 line) reads alike in all five ways', async () => {
    const t = await importer();
    // Everything the user is shown but the sheet's own name (a .csv has none).
    const shown = async (name: string, bytes: Buffer) => {
      const { sheet: _sheet, ...rest } = (await t.preview(name, bytes)).full;
      return rest;
    };
    const [[firstName, firstBytes], ...others] = await sameRosterFiles();
    const expected = await shown(firstName!, firstBytes!);
    expect(expected.counts).toMatchObject({ total: SAME_ROSTER.people, create: SAME_ROSTER.people - 1, error: 1 });
    expect(expected.rows.filter((r) => r.action === 'error').map((r) => r.name)).toEqual([SAME_ROSTER.refused]);
    expect(expected.headerRow).toBe(2);
    expect(expected.footerRow).toBe(3 + SAME_ROSTER.people);
    for (const [name, bytes] of others) expect(await shown(name, bytes), name).toEqual(expected);
  });

  it('the same roster imported from each of the five ways stores the same records', async () => {
    /** Every table's rows after importing one file into a new ledger, but when it happened and the log of it. */
    const stored = async (fileName: string, bytes: Buffer) => {
      const ledger = memoryLedger();
      basicTree(ledger);
      const { call } = routerFor(ledger);
      const { uploadId } = await call('import.upload', { fileName, data: bytes.toString('base64') });
      const result = await call('import.commit', { uploadId });
      const tables = ledger.sqlite
        .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%migrations%' ORDER BY name`)
        .all() as { name: string }[];
      const rows: Record<string, unknown[]> = {};
      for (const { name } of tables) {
        if (/audit/.test(name)) continue;
        const all = ledger.sqlite.prepare(`SELECT * FROM "${name}"`).all() as Record<string, unknown>[];
        const kept = all.map((r) => JSON.stringify(Object.fromEntries(Object.entries(r).filter(([k]) => !/(_at|At)$/.test(k)))));
        if (kept.length) rows[name] = kept.sort();
      }
      return { result, rows };
    };
    const [[firstName, firstBytes], ...others] = await sameRosterFiles();
    const expected = await stored(firstName!, firstBytes!);
    expect(expected.result).toMatchObject({ created: SAME_ROSTER.people - 1 });
    const all = JSON.stringify(expected.rows);
    for (const fact of ['1975-03-12', '2001-07-01', '1996-12-20', '11010519680201005X', '王喆', '赵赟', '13800138000', '住址：幸福里, 1号楼'])
      expect(all).toContain(fact);
    expect(all).not.toContain(SAME_ROSTER.refused);
    for (const [name, bytes] of others) expect(await stored(name, bytes), name).toEqual(expected);
  });

  it('an encrypted workbook is refused with what to do, not as a damaged file', async () => {
    const t = await importer();
    expect(await t.refusal('花名册.xlsx', F.encryptedWorkbook())).toMatch(/密码.*取消密码/);
  });
});
