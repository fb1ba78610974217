// 导入上报包: each file verified (excel/package/verify.ts: a package, undamaged, unchanged since
// it was made, not from a newer app), then the street's own checks (this street's, a period it
// takes, not already imported, one per community and period in the batch), then every accepted
// file stored in one transaction. A refused file stops the whole batch: nothing half-imported.
import type { PackageData, PackageManifest } from '../../api/schemas/reportPackage';
import type { FigureChange, PackagePreview, PackagesImported, PackagesPreview } from '../../api/schemas/street';
import { percentText } from '../../api/rules/streetSums';
import { periodLabel, periodProblem } from '../../api/rules/streetPeriods';
import { LedgerError, refuse } from '../../db/ledgerError';
import type { Ledger } from '../../db/open';
import { getSettingValues } from '../../db/settings';
import { communityByName } from '../../db/street/communities';
import { ledgerKind } from '../../db/street/kind';
import { livePackageOf, storedWithSha, storePackages, type PackageToStore } from '../../db/street/packages';
import { duesFigures, meetingFigures } from '../../api/rules/streetSums';
import { findPackageUpload } from './uploads';

export type Verifier = (bytes: Buffer, fileName: string) => Promise<{ manifest: PackageManifest; data: PackageData }>;

/** A file read and verified (outside any transaction: unzipping and hashing take a while). */
interface Opened {
  uploadId: string;
  fileName: string;
  verified: { manifest: PackageManifest; data: PackageData } | null;
  reason: string | null;
}

async function openAll(uploadIds: readonly string[], verify: Verifier): Promise<Opened[]> {
  const opened: Opened[] = [];
  for (const uploadId of uploadIds) {
    const upload = findPackageUpload(uploadId);
    if (!upload) {
      opened.push({ uploadId, fileName: '（未知文件）', verified: null, reason: '（未知文件）：文件已失效，请重新选择' });
      continue;
    }
    try {
      opened.push({ uploadId, fileName: upload.fileName, verified: await verify(upload.bytes, upload.fileName), reason: null });
    } catch (e) {
      if (!(e instanceof LedgerError)) throw e;
      opened.push({ uploadId, fileName: upload.fileName, verified: null, reason: e.message });
    }
  }
  return opened;
}

interface Checked {
  preview: PackagePreview;
  item: PackageToStore | null;
}

const yuan = (fen: number) => (fen / 100).toFixed(2);

/** The totals a replacement changes, before → after (only those that differ). */
export function figureChanges(before: PackageData, after: PackageData): FigureChange[] {
  const m0 = meetingFigures(before.meetings);
  const m1 = meetingFigures(after.meetings);
  const d0 = duesFigures(before.dues);
  const d1 = duesFigures(after.dues);
  const pairs: [string, string, string][] = [
    ['党员总数', String(before.members.total), String(after.members.total)],
    ['正式党员', String(before.members.full), String(after.members.full)],
    ['预备党员', String(before.members.probationary), String(after.members.probationary)],
    ['三会一课完成率', percentText(m0.completion), percentText(m1.completion)],
    ['三会一课平均出勤率', percentText(m0.attendance), percentText(m1.attendance)],
    ['双报到党员', String(before.dual.registered), String(after.dual.registered)],
    ['党费应交（元）', yuan(d0.dueFen), yuan(d1.dueFen)],
    ['党费实交（元）', yuan(d0.paidFen), yuan(d1.paidFen)],
    ['积分人数', String(before.points?.length ?? 0), String(after.points?.length ?? 0)],
  ];
  return pairs.filter(([, a, b]) => a !== b).map(([label, a, b]) => ({ label, before: a, after: b }));
}

function blank(uploadId: string, fileName: string): PackagePreview {
  return { uploadId, fileName, accepted: false, reason: null, community: null, period: null, periodLabel: null, createdAt: null, newCommunity: false, replaces: null };
}

/** Verifies and checks each file against the ledger as it is now; nothing is written. */
function check(ledger: Ledger, opened: readonly Opened[], today: string): Checked[] {
  if (ledgerKind(ledger) !== '街道') throw refuse('当前是社区台账，只有街道台账可以导入上报包');
  const street = getSettingValues(ledger, ['streetName']).streetName;
  if (!street) throw refuse('请先在系统设置中填写街道名称，再导入上报包');
  const checked: Checked[] = opened.map((file) => {
    const preview = blank(file.uploadId, file.fileName);
    const no = (reason: string): Checked => ({ preview: { ...preview, reason: `${preview.fileName}：${reason}` }, item: null });
    if (!file.verified) return { preview: { ...preview, reason: file.reason }, item: null };
    const { manifest, data } = file.verified;
    Object.assign(preview, { community: manifest.community, period: manifest.period, periodLabel: periodLabel(manifest.period), createdAt: manifest.createdAt });
    if (manifest.street !== street) return no(`不是本街道的上报包（${manifest.street}）`);
    if (data.period.year !== manifest.period.year || data.period.quarter !== manifest.period.quarter) return no('文件已损坏：清单与数据的报送期间不一致');
    const problem = periodProblem(manifest.period, today);
    if (problem) return no(problem);
    const community = communityByName(ledger, manifest.community);
    if (community?.closedOn) return no(`${manifest.community}已于${community.closedOn}撤销，不再接收其上报包`);
    const same = storedWithSha(ledger, manifest.sha256);
    if (same) return no(`该上报包已于${same.importedAt.slice(0, 10)}导入过${same.replaced ? '（后来已被替换）' : ''}`);
    preview.newCommunity = !community;
    preview.accepted = true;
    if (community) {
      const old = livePackageOf(ledger, community.id, manifest.period.year, manifest.period.quarter);
      if (old) {
        preview.replaces = { packageId: old.id, importedOn: old.importedAt.slice(0, 10), createdAt: old.createdAt, changes: figureChanges(JSON.parse(old.data) as PackageData, data) };
      }
    }
    return { preview, item: { fileName: file.fileName, manifest, data } };
  });
  // Two files for one community and period: the later-made one stands, the other is refused.
  const keyOf = (c: Checked) => `${c.item!.manifest.community}|${c.item!.manifest.period.year}|${c.item!.manifest.period.quarter}`;
  const winners = new Map<string, Checked>();
  for (const c of checked.filter((x) => x.item)) {
    const prev = winners.get(keyOf(c));
    if (!prev || c.item!.manifest.createdAt >= prev.item!.manifest.createdAt) winners.set(keyOf(c), c);
  }
  for (const c of checked) {
    if (!c.item) continue;
    const winner = winners.get(keyOf(c))!;
    if (winner === c) continue;
    c.preview = {
      ...c.preview,
      accepted: false,
      replaces: null,
      newCommunity: false,
      reason: `${c.preview.fileName}：同一批中${winner.preview.fileName}是${c.preview.community}${c.preview.periodLabel}较新的上报包（${winner.item!.manifest.createdAt}生成），以它为准，本文件不导入`,
    };
    c.item = null;
  }
  // Two new files naming one new community: only the first adds it.
  const seen = new Set<string>();
  for (const c of checked) {
    if (!c.preview.newCommunity) continue;
    if (seen.has(c.preview.community!)) c.preview.newCommunity = false;
    seen.add(c.preview.community!);
  }
  return checked;
}

export async function previewPackages(ledger: Ledger, uploadIds: readonly string[], verify: Verifier, today: string): Promise<PackagesPreview> {
  const opened = await openAll(uploadIds, verify);
  const files = check(ledger, opened, today).map((c) => c.preview);
  const accepted = files.filter((f) => f.accepted).length;
  return { files, accepted, refused: files.length - accepted };
}

export async function importPackages(ledger: Ledger, uploadIds: readonly string[], verify: Verifier, today: string): Promise<PackagesImported> {
  const opened = await openAll(uploadIds, verify);
  return ledger.tx(() => {
    // Checked inside the transaction: the ledger may have changed since the preview.
    const checked = check(ledger, opened, today);
    const refused = checked.filter((c) => !c.item);
    if (refused.length) {
      throw refuse(`以下上报包未通过检查，本次没有导入任何文件，请去掉它们后重试：${refused.map((c) => c.preview.reason).join('；')}`);
    }
    const summary = storePackages(ledger, checked.map((c) => c.item!));
    return { ...summary, files: checked.map((c) => c.preview) };
  });
}
