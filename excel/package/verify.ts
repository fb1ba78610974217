// The street's check of a 上报包 before anything in it is believed: it is a zip, its manifest is
// ours and of a format this app reads, the manifest's own SHA-256 holds, every file inside is
// the one the manifest names (size and SHA-256), nothing was added, and data.json matches the
// schema. data.json is parsed only after its checksum passed. A checksum is not a signature:
// it catches a file edited by hand or damaged on the way, not someone who rewrites the manifest
// with new checksums on purpose (docs/package.md).
import type { Readable } from 'node:stream';
import JSZip from 'jszip';
import { PACKAGE_FORMAT, PACKAGE_KIND, packageData, packageManifest, type PackageData, type PackageManifest } from '../../api/schemas/reportPackage';
import { LedgerError } from '../../db/ledgerError';
import { manifestSha256, sha256Hex } from './checksum';

export const MANIFEST_NAME = 'manifest.json';
export const DATA_NAME = 'data.json';
/** A package of 1,500 members is well under 5 MB; anything this big is not one of ours. */
export const MAX_PACKAGE_BYTES = 100 * 1024 * 1024;
/** What the entries may unpack to in total, as their headers declare it (a zip bomb is refused before it is unpacked). */
export const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;
const MAX_MANIFEST_BYTES = 1024 * 1024;

export interface VerifiedPackage {
  manifest: PackageManifest;
  data: PackageData;
}

const fail = (fileName: string, reason: string, detail: string) => new LedgerError('VALIDATION', `“${fileName}”${reason}：${detail}`);

/** The size an entry's header declares; jszip keeps it on a field its types do not name. */
const declaredSize = (entry: JSZip.JSZipObject): number =>
  (entry as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? Number.POSITIVE_INFINITY;

/** '..', an absolute path, a drive letter or a backslash: a name that could point outside the package. */
const unsafeName = (name: string) => name.startsWith('/') || name.includes('\\') || /^[a-zA-Z]:/.test(name) || name.split('/').some((part) => part === '..');

/** Unpacks one entry, stopping as soon as it passes `cap` bytes (a header may lie about the size). */
function unpack(entry: JSZip.JSZipObject, cap: number): Promise<Buffer | 'tooBig'> {
  return new Promise((resolve, reject) => {
    const stream = entry.nodeStream('nodebuffer') as Readable;
    const chunks: Buffer[] = [];
    let size = 0;
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > cap) {
        stream.destroy();
        resolve('tooBig');
        return;
      }
      chunks.push(chunk);
    });
    stream.on('error', reject);
    stream.on('end', () => resolve(Buffer.concat(chunks)));
  });
}

export async function verifyPackage(bytes: Buffer, fileName: string): Promise<VerifiedPackage> {
  const notPackage = (detail: string) => fail(fileName, '不是上报包', detail);
  const damaged = (detail: string) => fail(fileName, '文件已损坏', detail);
  const modified = (inner: string) => fail(fileName, '生成后被修改过', `其中的“${inner}”与生成时不一致，请让社区重新生成上报包`);

  if (bytes.length > MAX_PACKAGE_BYTES) throw notPackage('文件超过 100 MB');
  // A zip starts with a local file header; anything else (a workbook renamed, a photo) is not a package.
  const isZip = bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  if (!isZip) throw notPackage('不是本软件生成的 .zip 文件');
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw damaged('压缩文件无法读取');
  }

  const entries = Object.values(zip.files).filter((e) => !e.dir);
  for (const e of Object.values(zip.files))
    if (unsafeName(e.unsafeOriginalName ?? e.name)) throw notPackage(`其中的文件路径“${e.unsafeOriginalName ?? e.name}”不安全`);
  const declared = entries.reduce((sum, e) => sum + declaredSize(e), 0);
  if (declared > MAX_UNPACKED_BYTES) throw notPackage('解压后超过 200 MB');

  const read = async (entry: JSZip.JSZipObject, cap: number): Promise<Buffer> => {
    let content: Buffer | 'tooBig';
    try {
      content = await unpack(entry, Math.min(cap, declaredSize(entry)));
    } catch {
      throw damaged(`其中的“${entry.name}”无法解压`);
    }
    if (content === 'tooBig') throw damaged(`其中的“${entry.name}”大小与压缩文件记录的不一致`);
    return content;
  };

  const manifestEntry = zip.files[MANIFEST_NAME];
  if (!manifestEntry || manifestEntry.dir) throw notPackage('缺少清单文件 manifest.json');
  let raw: unknown;
  try {
    raw = JSON.parse((await read(manifestEntry, MAX_MANIFEST_BYTES)).toString('utf8'));
  } catch (error) {
    if (error instanceof LedgerError) throw error;
    throw damaged('清单文件 manifest.json 无法读取');
  }
  const head = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  if (head.kind !== PACKAGE_KIND) throw notPackage('清单文件不是社区党务台账上报包的清单');
  // Checked before the schema: a newer format may have fields this version cannot read.
  if (typeof head.format === 'number' && head.format > PACKAGE_FORMAT) {
    const version = typeof head.appVersion === 'string' ? head.appVersion : '未知版本';
    throw new LedgerError('VALIDATION', `“${fileName}”由较新版本的软件生成（${version}），本软件读不了，请升级本软件后再导入`);
  }
  const parsed = packageManifest.safeParse(raw);
  if (!parsed.success) throw damaged('清单文件 manifest.json 的内容不完整');
  const manifest = parsed.data;
  if (manifestSha256(manifest) !== manifest.sha256) throw modified(MANIFEST_NAME);

  const listed = new Set(manifest.files.map((f) => f.name));
  const extra = entries.find((e) => e.name !== MANIFEST_NAME && !listed.has(e.name));
  if (extra) throw fail(fileName, '生成后被修改过', `其中多出了清单没有的“${extra.name}”，请让社区重新生成上报包`);
  if (!listed.has(DATA_NAME)) throw damaged('缺少数据文件 data.json');

  let dataBytes: Buffer | null = null;
  for (const file of manifest.files) {
    const entry = zip.files[file.name];
    if (!entry || entry.dir) throw damaged(`缺少“${file.name}”`);
    if (declaredSize(entry) !== file.bytes) throw modified(file.name);
    const content = await read(entry, file.bytes);
    if (content.length !== file.bytes || sha256Hex(content) !== file.sha256) throw modified(file.name);
    if (file.name === DATA_NAME) dataBytes = content;
  }

  let data: unknown;
  try {
    data = JSON.parse(dataBytes!.toString('utf8'));
  } catch {
    throw damaged('数据文件 data.json 无法读取');
  }
  const checked = packageData.safeParse(data);
  if (!checked.success) throw damaged('数据文件 data.json 的内容不符合上报包格式');
  const { year, quarter } = checked.data.period;
  if (year !== manifest.period.year || quarter !== manifest.period.quarter) throw damaged('数据文件与清单的报送期间不一致');
  return { manifest, data: checked.data };
}
