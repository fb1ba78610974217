// A community imports its street's 下发文件 (issue 30, docs/street.md "Down"): one call, one transaction. The file
// fills 系统设置 (所属街道, the ledger's id, 接入码; 社区名称 when empty) and the year's 发展计划, and keeps the 报送
// deadlines. Refused, with the reason in Chinese: not such a file, damaged or edited, from a newer version, for
// another community (naming both), signed with another 接入码, or not newer than the file already taken.
import JSZip from 'jszip';
import { normalizeAccessCode } from '../../api/rules/accessCode';
import { STREET_FILE_FORMAT, STREET_FILE_KIND, streetFile, type StreetFile, type StreetFileImported } from '../../api/schemas/streetPlan';
import { refuse } from '../../db/ledgerError';
import type { Ledger } from '../../db/open';
import { getSetting, getSettings, putSettings } from '../../db/settings';
import { ledgerKind } from '../../db/street/kind';
import { DEADLINES_KEY, keptDeadlines, quotaKey, STREET_FILE_AT_KEY, takeStreetQuota } from '../../db/streetDown';
import { isYearClosed } from '../../db/yearClosing';
import { COMMUNITY_UID_KEY } from '../package/identity';
import { checksumHolds, streetSignatureHolds } from './seal';

const notOurs = (fileName: string) => refuse(`“${fileName}”不是街道下发文件，请选择街道发来的“……街道下发文件.json”`, 'file');

/** A .zip of every community's files: the one for this ledger (by its id, else by its name). */
async function pickFromZip(ledger: Ledger, bytes: Buffer, fileName: string): Promise<{ text: string; name: string }> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw notOurs(fileName);
  }
  const entries = Object.values(zip.files)
    .filter((e) => !e.dir && e.name.endsWith('.json'))
    .slice(0, 200);
  const uid = getSetting(ledger, COMMUNITY_UID_KEY);
  const own = getSettings(ledger).communityName?.trim();
  const parsed: { name: string; text: string; file: Partial<StreetFile> | null }[] = [];
  for (const e of entries) {
    const text = await e.async('string');
    let file: Partial<StreetFile> | null = null;
    try {
      file = JSON.parse(text) as Partial<StreetFile>;
    } catch {
      file = null;
    }
    parsed.push({ name: e.name, text, file });
  }
  const hit = parsed.find((p) => uid && p.file?.community?.uid === uid) ?? parsed.find((p) => own && p.file?.community?.name === own);
  if (hit) return { text: hit.text, name: hit.name };
  if (parsed.length === 0) throw notOurs(fileName);
  throw refuse(
    `“${fileName}”中没有发给“${own || '本社区'}”的文件（其中有：${parsed.map((p) => p.file?.community?.name ?? p.name).join('、')}），请向街道核对社区名称`,
    'file',
  );
}

/** Parsed and checked against itself: its kind, format, shape, checksum and the signature by the code it carries. */
export function readStreetFile(text: string, fileName: string): StreetFile {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw notOurs(fileName);
  }
  const head = raw as { kind?: unknown; format?: unknown; appVersion?: unknown };
  if (head?.kind !== STREET_FILE_KIND) throw notOurs(fileName);
  if (typeof head.format === 'number' && head.format > STREET_FILE_FORMAT) {
    throw refuse(`“${fileName}”由较新版本的软件（${String(head.appVersion)}）生成，请先升级本软件再导入`, 'file');
  }
  const parsed = streetFile.safeParse(raw);
  if (!parsed.success) throw refuse(`“${fileName}”已损坏（内容不完整），请向街道重新索取`, 'file');
  const file = parsed.data;
  if (!checksumHolds(file)) throw refuse(`“${fileName}”生成后被修改过（校验值不符），不能导入，请向街道重新索取`, 'file');
  if (!streetSignatureHolds(file.accessCode, file)) throw refuse(`“${fileName}”签名不符：生成后被修改过（校验值被重新计算过），不能导入`, 'file');
  return file;
}

export async function importStreetFile(ledger: Ledger, input: { fileName: string; data: string }): Promise<StreetFileImported> {
  if (ledgerKind(ledger) === '街道') throw refuse('这是街道台账：下发文件由社区导入，请在社区的台账中导入', 'file');
  const bytes = Buffer.from(input.data, 'base64');
  const isZip = bytes.subarray(0, 2).toString('latin1') === 'PK';
  const picked = isZip ? await pickFromZip(ledger, bytes, input.fileName) : { text: bytes.toString('utf8'), name: input.fileName };
  return ledger.tx(() => {
    const settings = getSettings(ledger);
    const file = readStreetFile(picked.text, picked.name);
    const ownUid = getSetting(ledger, COMMUNITY_UID_KEY);
    const ownName = settings.communityName?.trim() || null;
    const theirs = file.community.name;
    // An id the street assigned before any package of this ledger reached it: the same community by name takes it.
    const assignedToUs = !file.community.uidFromPackage && ownName === theirs;
    if (ownUid && ownUid !== file.community.uid && !assignedToUs) {
      throw refuse(`这是“${file.street}”发给“${theirs}”的下发文件，本台账是“${ownName ?? '未填写社区名称'}”（台账标识不同），不能导入`, 'file');
    }
    if (!ownUid && ownName && ownName !== theirs) {
      throw refuse(`这是“${file.street}”发给“${theirs}”的下发文件，本台账是“${ownName}”，不能导入。如社区已更名，请先在系统设置中改正社区名称`, 'file');
    }
    // Once the community holds a code, a file must carry (and be signed with) that code: the first file brought it.
    const own = normalizeAccessCode(settings.accessCode);
    if (own && own !== normalizeAccessCode(file.accessCode)) {
      throw refuse(
        `“${picked.name}”中的接入码与本台账已有的接入码不同，不是街道发给本社区的文件，不能导入。如街道更换了接入码，请先在系统设置中清空接入码`,
        'file',
      );
    }
    const last = getSetting(ledger, STREET_FILE_AT_KEY);
    if (last && file.createdAt <= last) {
      throw refuse(`“${picked.name}”生成于${file.createdAt}，不晚于已导入的下发文件（生成于${last}），未导入。请使用街道最新下发的文件`, 'file');
    }
    if (file.quota && isYearClosed(ledger, file.year)) throw refuse(`${file.year}年度已封账，不能再导入该年度的发展计划`, 'file');
    // Deadlines of other years stay; the file's year is replaced by what the street now says.
    const deadlines = [...keptDeadlines(ledger).filter((d) => d.year !== file.year), ...file.deadlines];
    putSettings(ledger, {
      streetName: file.street,
      [COMMUNITY_UID_KEY]: file.community.uid,
      accessCode: file.accessCode,
      ...(ownName ? {} : { communityName: theirs }),
      [STREET_FILE_AT_KEY]: file.createdAt,
      [DEADLINES_KEY]: JSON.stringify(deadlines),
      ...(file.quota ? { [quotaKey(file.year)]: JSON.stringify(file.quota) } : {}),
    });
    if (file.quota) {
      const note = `街道下达（${file.createdAt.slice(0, 10)}）`;
      takeStreetQuota(ledger, file.year, file.quota.admitted, note);
    }
    return { street: file.street, community: theirs, year: file.year, quota: file.quota, deadlines: file.deadlines.length, createdAt: file.createdAt };
  });
}
