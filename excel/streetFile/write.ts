// 街道下发文件 (issue 30, docs/street.md "Down"): what a community imports once a year, and again when
// the street changes something — its identity (the ledger id the street will know its packages by), its
// 接入码, the street's name, the year's 发展计划 quota and the 报送 deadlines. One .json per community;
// for every open community at once, a .zip of them. Making a file gives the community a uid and a
// 接入码 when it has none yet (the same ever after, as 发放接入码 does).
import path from 'node:path';
import JSZip from 'jszip';
import { STREET_FILE_FORMAT, STREET_FILE_KIND, type StreetFile } from '../../api/schemas/streetPlan';
import type { ExportedFile } from '../../api/schemas/reports';
import { refuse } from '../../db/ledgerError';
import type { Ledger } from '../../db/open';
import { getSettings } from '../../db/settings';
import { getCommunity } from '../../db/street/communities';
import { issueAccessCode } from '../../db/street/identity';
import { deadlinesOf, ensureCommunityUid, openCommunityIds, quotaOf, uidFromPackage } from '../../db/street/plan';
import { writeFileAtomic } from '../../db/writeFileAtomic';
import { localStamp } from '../package/write';
import { sealStreetFile } from './seal';

const safe = (name: string) => name.replace(/[\\/:*?"<>|]/g, '_');
export const streetFileName = (community: string, year: number): string => `${safe(community)}${year}年街道下发文件.json`;

/** The sealed text of one community's file; gives it a uid and a 接入码 first when it has none (inside the caller's transaction). */
function fileText(ledger: Ledger, communityId: number, year: number, street: string, appVersion: string, createdAt: string): { name: string; text: string } {
  let c = getCommunity(ledger, communityId);
  if (c.closedOn) throw refuse(`“${c.name}”已于${c.closedOn}撤销，不再给它下发文件`, 'communityId');
  if (c.mergedInto) throw refuse(`“${c.name}”已并入其他社区记录，请给保留的记录下发文件`, 'communityId');
  ensureCommunityUid(ledger, communityId);
  if (!c.accessCode) issueAccessCode(ledger, communityId);
  c = getCommunity(ledger, communityId);
  const body: Omit<StreetFile, 'sha256' | 'signature'> = {
    kind: STREET_FILE_KIND,
    format: STREET_FILE_FORMAT,
    appVersion,
    street,
    community: { name: c.name, uid: c.uid!, uidFromPackage: uidFromPackage(ledger, communityId, c.uid!) },
    accessCode: c.accessCode!,
    year,
    quota: quotaOf(ledger, communityId, year),
    deadlines: deadlinesOf(ledger, year),
    createdAt,
  };
  return { name: streetFileName(c.name, year), text: sealStreetFile(c.accessCode!, body) };
}

export async function writeStreetFiles(
  ledger: Ledger,
  exportsDir: string,
  input: { year: number; communityId: number | null },
  appVersion: string,
): Promise<ExportedFile> {
  const street = getSettings(ledger).streetName?.trim();
  if (!street) throw refuse('请先在“系统设置”中填写街道名称，下发文件要写明是哪个街道发的', 'streetName');
  const createdAt = localStamp();
  const files = ledger.tx(() => {
    if (input.communityId !== null) return [fileText(ledger, input.communityId, input.year, street, appVersion, createdAt)];
    const open = openCommunityIds(ledger);
    if (open.length === 0) throw refuse('还没有社区：请先在“社区”页添加社区');
    return open.map((id) => fileText(ledger, id, input.year, street, appVersion, createdAt));
  });
  if (input.communityId !== null) {
    writeFileAtomic(path.join(exportsDir, files[0].name), Buffer.from(files[0].text, 'utf8'));
    return { fileName: files[0].name, rows: 1 };
  }
  const zip = new JSZip();
  for (const f of files) zip.file(f.name, f.text, { createFolders: false });
  const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  const fileName = `${safe(street)}${input.year}年街道下发文件（${files.length}个社区）.zip`;
  writeFileAtomic(path.join(exportsDir, fileName), bytes);
  return { fileName, rows: files.length };
}
