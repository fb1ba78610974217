// What the street's verifier says of a package changed after it was made: a figure edited in
// Excel, one byte flipped, data.json edited, a newer format, a file that is no package, a path
// that climbs out, a header that lies about its size.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PackageManifest } from '../../../api/schemas/reportPackage';
import { canonicalJson, manifestSha256 } from '../../../excel/package/checksum';
import { verifyPackage } from '../../../excel/package/verify';
import { centralHeaderOf, localHeaderOf, makePackage, rejected, rezip, seededCommunity } from './support';
import { readWorkbook } from '../../support/readBack';

const NAME = '幸福里社区2026年上报包.zip';
const STATS = '报表/三会一课开展情况统计表.xlsx';

describe('verifyPackage refuses', () => {
  let bytes: Buffer;
  beforeAll(async () => {
    ({ bytes } = await makePackage(seededCommunity(), { year: 2026, quarter: null }));
  });

  it('a figure edited in Excel after export, naming that workbook', async () => {
    const edited = await rezip(bytes, {
      [STATS]: async (content) => {
        const wb = await readWorkbook(content);
        const sheet = wb.worksheets[0]!;
        // The first number in the table: an 应开次数 or 实开次数.
        let done = false;
        sheet.eachRow((row) =>
          row.eachCell((cell) => {
            if (!done && typeof cell.value === 'number') {
              cell.value += 1;
              done = true;
            }
          }),
        );
        expect(done).toBe(true);
        return Buffer.from(await wb.xlsx.writeBuffer());
      },
    });
    const error = await rejected(verifyPackage(edited, NAME));
    expect(error.message).toContain(NAME);
    expect(error.message).toContain('生成后被修改过');
    expect(error.message).toContain(STATS);
  });

  it('data.json edited and the zip made again with the same manifest', async () => {
    const edited = await rezip(bytes, {
      'data.json': (content) => {
        const data = JSON.parse(content.toString('utf8'));
        data.members.total += 1;
        return Buffer.from(JSON.stringify(data));
      },
    });
    const error = await rejected(verifyPackage(edited, NAME));
    expect(error.message).toMatch(/生成后被修改过.*data\.json/);
  });

  it('a manifest edited by hand (its own checksum no longer holds)', async () => {
    const edited = await rezip(bytes, {
      'manifest.json': (content) => Buffer.from(content.toString('utf8').replace('和平街道', '胜利街道')),
    });
    expect((await rejected(verifyPackage(edited, NAME))).message).toMatch(/生成后被修改过.*manifest\.json/);
  });

  it('one byte changed in the file', async () => {
    // Inside the manifest's and data.json's compressed bytes, and in the middle of the file. (The
    // zip's own bookkeeping, e.g. a date in a header, is not content and is not checked.)
    const contentStart = (name: string) => {
      const header = localHeaderOf(bytes, name);
      return header + 30 + bytes.readUInt16LE(header + 26) + bytes.readUInt16LE(header + 28);
    };
    for (const at of [contentStart('manifest.json') + 10, contentStart('data.json') + 100, Math.floor(bytes.length / 2)]) {
      const flipped = Buffer.from(bytes);
      flipped[at] = flipped[at]! ^ 0x01;
      const error = await rejected(verifyPackage(flipped, NAME));
      expect(error.message, `byte ${at}`).toMatch(/文件已损坏|生成后被修改过/);
    }
  });

  it('a package from a newer version, naming that version', async () => {
    const newer = await rezip(bytes, {
      'manifest.json': (content) => {
        const m = JSON.parse(content.toString('utf8')) as PackageManifest;
        const next = { ...m, format: m.format + 1, appVersion: '9.0.0' };
        return Buffer.from(canonicalJson({ ...next, sha256: manifestSha256(next) }));
      },
    });
    const error = await rejected(verifyPackage(newer, NAME));
    expect(error.message).toContain('由较新版本的软件生成');
    expect(error.message).toContain('9.0.0');
    expect(error.message).toContain('升级');
  });

  it('a file that is not a zip, and a zip without a manifest', async () => {
    expect((await rejected(verifyPackage(Buffer.from('这不是压缩文件'), 'a.zip'))).message).toMatch(/“a\.zip”不是上报包/);
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('表');
    // A workbook is a zip too, but carries no manifest.
    const xlsx = Buffer.from(await wb.xlsx.writeBuffer());
    expect((await rejected(verifyPackage(xlsx, 'b.zip'))).message).toMatch(/“b\.zip”不是上报包.*manifest/);
    const plain = new JSZip();
    plain.file('data.json', '{}');
    expect((await rejected(verifyPackage(await plain.generateAsync({ type: 'nodebuffer' }), 'c.zip'))).message).toContain('不是上报包');
  });

  it('an entry whose path climbs out of the package', async () => {
    const evil = new JSZip();
    evil.file('manifest.json', '{}');
    evil.file('../../outside.txt', 'x', { createFolders: false });
    expect((await rejected(verifyPackage(await evil.generateAsync({ type: 'nodebuffer' }), 'd.zip'))).message).toMatch(/不是上报包.*不安全/);
  });

  it('a zip whose entries declare more than 200 MB unpacked, before unpacking them', async () => {
    const patched = Buffer.from(bytes);
    patched.writeUInt32LE(300 * 1024 * 1024, centralHeaderOf(patched, 'data.json') + 24);
    expect((await rejected(verifyPackage(patched, NAME))).message).toMatch(/不是上报包.*200 MB/);
  });

  it('an entry that unpacks to more than its header declares, stopping there', async () => {
    const patched = Buffer.from(bytes);
    patched.writeUInt32LE(10, centralHeaderOf(patched, 'manifest.json') + 24);
    expect((await rejected(verifyPackage(patched, NAME))).message).toContain('文件已损坏');
  });
});
