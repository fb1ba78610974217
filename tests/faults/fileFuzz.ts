// 1,000 malformed or mutated spreadsheets through upload → preview → commit: the host must
// answer every one (no crash, no hang), and a commit writes exactly what its preview promised
// or nothing; upload and preview never write.
import JSZip from 'jszip';
import { ALL_FIXTURES, asXls, bigRoster, csv, dateShapes, mergedTitle } from '../fixtures/rosterFixtures';
import { basicTree, memoryLedger, routerFor } from '../support/testLedger';
import type { Rng } from '../../db/sample/random';

export interface FileFuzzReport {
  files: number;
  crashes: number;
  hangs: number;
  refusedAtUpload: number;
  previewed: number;
  committed: number;
  rowsWritten: number;
  wrongWrites: number;
  failures: string[];
}

const JUNK = [
  '<',
  '>',
  '&',
  '"',
  '\u0000',
  '\uFFFF',
  '𠮷',
  '1E+308',
  '-1',
  '<row r="999999999">',
  '<c r="ZZZZ1" t="s"><v>99999</v></c>',
  '<mergeCell ref="A1:XFD1048576"/>',
  ']]>',
  '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]>',
];

function mutateBytes(r: Rng, bytes: Buffer): Buffer {
  const out = Buffer.from(bytes);
  const kind = r.int(4);
  if (kind === 0) for (let i = 0; i < 1 + r.int(20); i++) out[r.int(out.length)] = r.int(256);
  if (kind === 1) return out.subarray(0, r.int(out.length));
  if (kind === 2) {
    const at = r.int(out.length);
    return Buffer.concat([out.subarray(0, at), Buffer.from(Array.from({ length: 1 + r.int(200) }, () => r.int(256))), out.subarray(at)]);
  }
  if (kind === 3) {
    const start = r.int(out.length);
    out.fill(r.int(256), start, Math.min(out.length, start + r.int(64)));
  }
  return out;
}

async function mutateZipXml(r: Rng, bytes: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const xmlFiles = Object.keys(zip.files).filter((n) => n.endsWith('.xml') || n.endsWith('.rels'));
  const target = r.pick(xmlFiles);
  let xml = await zip.file(target)!.async('string');
  const edits = 1 + r.int(4);
  for (let e = 0; e < edits; e++) {
    const at = r.int(xml.length);
    const op = r.int(5);
    if (op === 0) xml = xml.slice(0, at) + xml.slice(at + 1 + r.int(40));
    else if (op === 1) xml = xml.slice(0, at) + r.pick(JUNK) + xml.slice(at);
    else if (op === 2) xml = xml.replace(/\d+/, String(r.pick([0, -1, 2 ** 31, 1e21, 99999999])));
    else if (op === 3) xml = xml.replace(/<\/?[a-zA-Z:]+/, '');
    else xml = xml.slice(0, at) + xml.slice(at - r.int(200), at) + xml.slice(at);
  }
  if (r.chance(0.1)) zip.remove(r.pick(xmlFiles));
  else zip.file(target, xml);
  return zip.generateAsync({ type: 'nodebuffer', compression: r.chance(0.5) ? 'DEFLATE' : 'STORE' });
}

function mutateCsv(r: Rng, bytes: Buffer): Buffer {
  let text = bytes.toString('utf8');
  const op = r.int(5);
  if (op === 0) text = text.replaceAll(',', r.pick([';', '\t', '，', '"']));
  if (op === 1) text += '\r\n' + '"'.repeat(r.int(5)) + 'x'.repeat(r.int(100_000));
  if (op === 2) return Buffer.concat([bytes, Buffer.from([0xff, 0xfe, 0x00, 0xc3, 0x28])]);
  if (op === 3)
    text = text
      .split('\r\n')
      .map((l) => l + ','.repeat(r.int(300)))
      .join('\n');
  if (op === 4) return mutateBytes(r, bytes);
  return Buffer.from(text);
}

const withTimeout = <T>(p: Promise<T>, ms: number) => Promise.race([p, new Promise<'hang'>((resolve) => setTimeout(() => resolve('hang'), ms))]);

export async function fileFuzz(r: Rng, count: number): Promise<FileFuzzReport> {
  const seeds: { name: string; bytes: Buffer }[] = [];
  for (const f of ALL_FIXTURES) seeds.push({ name: f.fileName, bytes: await f.bytes() });
  seeds.push({ name: '大表.xlsx', bytes: await bigRoster(40) }, { name: 'utf8.csv', bytes: csv('utf8-bom') }, { name: 'gbk.csv', bytes: csv('gbk') });
  // The old binary formats go through SheetJS (excel/import/readLegacy.ts): mutated bytes only.
  seeds.push({ name: '花名册.xls', bytes: asXls(await mergedTitle.bytes()) }, { name: '日期.et', bytes: asXls(await dateShapes.bytes()) });
  const report: FileFuzzReport = {
    files: count,
    crashes: 0,
    hangs: 0,
    refusedAtUpload: 0,
    previewed: 0,
    committed: 0,
    rowsWritten: 0,
    wrongWrites: 0,
    failures: [],
  };
  const ledger = memoryLedger();
  basicTree(ledger);
  const { router } = routerFor(ledger);
  const members = () => (ledger.sqlite.prepare('SELECT count(*) AS n FROM members').get() as { n: number }).n;
  const changes = () => (ledger.sqlite.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
  for (let i = 0; i < count; i++) {
    const seed = r.pick(seeds);
    const isCsv = seed.name.endsWith('.csv');
    const zipped = seed.name.endsWith('.xlsx');
    const bytes = isCsv
      ? mutateCsv(r, seed.bytes)
      : !zipped || r.chance(0.5)
        ? mutateBytes(r, seed.bytes)
        : await mutateZipXml(r, seed.bytes).catch(() => mutateBytes(r, seed.bytes));
    try {
      const before = changes();
      const up = await withTimeout(router.handle('import.upload', { fileName: seed.name, data: bytes.toString('base64') }), 60_000);
      if (up === 'hang') {
        report.hangs++;
        continue;
      }
      if (!up.ok) {
        if (up.error.code === 'INTERNAL') {
          report.crashes++;
          report.failures.push(`#${i} upload: ${up.error.message}`);
        }
        report.refusedAtUpload++;
        continue;
      }
      const uploadId = (up.value as { uploadId: string }).uploadId;
      const preview = await withTimeout(router.handle('import.preview', { uploadId }), 60_000);
      if (preview === 'hang') {
        report.hangs++;
        continue;
      }
      if (changes() !== before) report.wrongWrites++; // upload and preview must not write
      if (!preview.ok) {
        if (preview.error.code === 'INTERNAL') {
          report.crashes++;
          report.failures.push(`#${i} preview: ${preview.error.message}`);
        }
        continue;
      }
      report.previewed++;
      const promised = (preview.value as { counts: { create: number; update: number } }).counts;
      const had = members();
      const commit = await withTimeout(router.handle('import.commit', { uploadId }), 60_000);
      if (commit === 'hang') {
        report.hangs++;
        continue;
      }
      const written = members() - had;
      if (commit.ok) {
        report.committed++;
        report.rowsWritten += written;
        if (written !== promised.create) {
          report.wrongWrites++;
          report.failures.push(`#${i}: preview promised ${promised.create}, wrote ${written}`);
        }
      } else {
        if (commit.error.code === 'INTERNAL') {
          report.crashes++;
          report.failures.push(`#${i} commit: ${commit.error.message}`);
        }
        if (written !== 0) {
          report.wrongWrites++;
          report.failures.push(`#${i}: refused commit wrote ${written}`);
        }
      }
    } catch (error) {
      report.crashes++;
      report.failures.push(`#${i} threw: ${(error as Error).message}`);
    }
    // Each file starts from an empty roster, so "promised" means the same thing every time.
    ledger.sqlite.exec("DELETE FROM member_events; DELETE FROM member_facts; DELETE FROM members; DELETE FROM settings WHERE key LIKE 'import.%'");
  }
  ledger.close();
  return report;
}
