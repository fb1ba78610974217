// Three seeded communities of one street, each writing its year package with the community
// side's own writePackage, and a street ledger that imports them through the router.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { PackagePeriod } from '../../../api/schemas/reportPackage';
import type { Ledger } from '../../../db/open';
import { scaleFor, seedLedger } from '../../../db/sample/generate';
import { getSettings, saveSettings } from '../../../db/settings';
import { setLedgerKind } from '../../../db/street/kind';
import { canonicalJson, manifestSha256, sha256Hex } from '../../../excel/package/checksum';
import { writePackage } from '../../../excel/package/write';
import { memoryLedger, routerFor, tempDir, TODAY } from '../../support/testLedger';
import type { FileCall, InputArgs } from '../../support/callRouter';
import { exported } from '../../support/readBack';

export const STREET = '幸福街道';
export const YEAR = 2026;
export const YEAR_PERIOD: PackagePeriod = { year: YEAR, quarter: null };

export interface Community {
  name: string;
  ledger: Ledger;
  router: ReturnType<typeof routerFor>;
}

export function community(name: string, seed: number, street = STREET): Community {
  const ledger = memoryLedger();
  seedLedger(ledger, scaleFor('sample', TODAY), TODAY, seed);
  saveSettings(ledger, { ...getSettings(ledger), communityName: name, streetName: street, preparer: '王芳', reviewer: '刘明', phone: '010-12345678' });
  return { name, ledger, router: routerFor(ledger, TODAY) };
}

/** The package's bytes, as the community hands it over. */
export async function packageOf(c: Community, period: PackagePeriod = YEAR_PERIOD): Promise<{ fileName: string; bytes: Buffer }> {
  const dir = tempDir('dangwu-pkg-');
  const file = await writePackage(c.ledger, dir, period, TODAY, { appVersion: 'test', fullIdNumbers: false });
  return { fileName: file.fileName, bytes: readFileSync(path.join(dir, file.fileName)) };
}

/** Rewrites a package (a different community, an edited figure) with consistent checksums: what a forger with the app's source could do. */
export async function rewritePackage(
  bytes: Buffer,
  change: { manifest?: Record<string, unknown>; data?: (d: Record<string, unknown>) => void },
): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const manifest = JSON.parse(await zip.file('manifest.json')!.async('string')) as Record<string, unknown> & {
    files: { name: string; bytes: number; sha256: string }[];
  };
  if (change.data) {
    const data = JSON.parse(await zip.file('data.json')!.async('string')) as Record<string, unknown>;
    change.data(data);
    const text = Buffer.from(JSON.stringify(data), 'utf8');
    zip.file('data.json', text);
    manifest.files = manifest.files.map((f) => (f.name === 'data.json' ? { name: f.name, bytes: text.length, sha256: sha256Hex(text) } : f));
  }
  const { sha256: _old, ...rest } = { ...manifest, ...(change.manifest ?? {}) };
  const next = { ...rest, sha256: manifestSha256(rest as never) };
  zip.file('manifest.json', canonicalJson(next));
  return Buffer.from(await zip.generateAsync({ type: 'uint8array' }));
}

export function streetLedger() {
  const ledger = memoryLedger();
  setLedgerKind(ledger, '街道');
  saveSettings(ledger, { ...getSettings(ledger), streetName: STREET, preparer: '张华', reviewer: '李强', phone: '010-87654321' });
  const { router, exportsDir, call } = routerFor(ledger, TODAY);
  const upload = async (files: { fileName: string; bytes: Buffer }[]): Promise<string[]> => {
    const ids: string[] = [];
    for (const f of files) ids.push((await call('street.upload', { fileName: f.fileName, data: f.bytes.toString('base64') })).uploadId);
    return ids;
  };
  const workbook = <K extends FileCall>(name: K, ...input: InputArgs<K>) => exported({ call }, exportsDir, name, ...input);
  return { ledger, router, exportsDir, call, upload, workbook };
}

/** The data rows of a form sheet (row 4 on), each cell's value, without exceljs's leading hole. */
export function sheetRows(sheet: ExcelJS.Worksheet): unknown[][] {
  const out: unknown[][] = [];
  for (let r = 4; r <= sheet.rowCount; r++) out.push((sheet.getRow(r).values as unknown[]).slice(1));
  return out;
}

export function communityWorkbook<K extends FileCall>(c: Community, name: K, ...input: InputArgs<K>): Promise<ExcelJS.Workbook> {
  return exported(c.router, c.router.exportsDir, name, ...input);
}
