// A seeded community with its 系统设置 filled, and the zip surgery the package tests do to a
// written 上报包 (edit one file, patch a header) to check what the street's verifier says.
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import type { PackagePeriod } from '../../../api/schemas/reportPackage';
import { LedgerError } from '../../../db/ledgerError';
import type { Ledger } from '../../../db/open';
import { scaleFor, seedLedger } from '../../../db/sample/generate';
import { putSettings } from '../../../db/settings';
import { writePackage } from '../../../excel/package/write';
import { memoryLedger, tempDir } from '../../support/testLedger';

export const TODAY = '2026-11-26';

export function seededCommunity(): Ledger {
  const ledger = memoryLedger();
  seedLedger(ledger, scaleFor('sample', TODAY), TODAY);
  putSettings(ledger, { communityName: '幸福里社区', streetName: '和平街道' });
  return ledger;
}

/** Writes a package and answers its bytes and name. */
export async function makePackage(ledger: Ledger, period: PackagePeriod, fullIdNumbers = false): Promise<{ bytes: Buffer; fileName: string }> {
  const dir = tempDir('dangwu-package-');
  const { fileName } = await writePackage(ledger, dir, period, TODAY, { fullIdNumbers, appVersion: '1.0.0-test' });
  return { bytes: fs.readFileSync(path.join(dir, fileName)), fileName };
}

/** The same zip with some entries' contents replaced (the others, manifest included, kept as they are). */
export async function rezip(bytes: Buffer, replace: Record<string, (content: Buffer) => Buffer | Promise<Buffer>>): Promise<Buffer> {
  const source = await JSZip.loadAsync(bytes);
  const out = new JSZip();
  for (const entry of Object.values(source.files)) {
    if (entry.dir) continue;
    const content = await entry.async('nodebuffer');
    out.file(entry.name, replace[entry.name] ? await replace[entry.name]!(content) : content, { createFolders: false });
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

export async function rejected(promise: Promise<unknown>): Promise<LedgerError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof LedgerError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

/** Offset of an entry's local header (PK\3\4 followed, 26 bytes on, by its name). */
export function localHeaderOf(bytes: Buffer, name: string): number {
  const wanted = Buffer.from(name, 'utf8');
  for (let at = bytes.indexOf('PK\x03\x04', 0, 'latin1'); at >= 0; at = bytes.indexOf('PK\x03\x04', at + 4, 'latin1')) {
    const nameLength = bytes.readUInt16LE(at + 26);
    if (nameLength === wanted.length && bytes.subarray(at + 30, at + 30 + nameLength).equals(wanted)) return at;
  }
  throw new Error(`no entry ${name}`);
}

/** Offset of an entry's central directory header (PK\1\2, name at 46). */
export function centralHeaderOf(bytes: Buffer, name: string): number {
  const wanted = Buffer.from(name, 'utf8');
  for (let at = bytes.indexOf('PK\x01\x02', 0, 'latin1'); at >= 0; at = bytes.indexOf('PK\x01\x02', at + 4, 'latin1')) {
    const nameLength = bytes.readUInt16LE(at + 28);
    if (nameLength === wanted.length && bytes.subarray(at + 46, at + 46 + nameLength).equals(wanted)) return at;
  }
  throw new Error(`no central entry ${name}`);
}
