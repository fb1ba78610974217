// 导入上报包: each file verified (excel/package/verify.ts: a package, undamaged, unchanged since
// it was made, not from a newer app), then the street's own checks: its 接入码 signature, which
// community it is (by the 接入码, the ledger's stable id, then the name; a renamed community
// stays one record), this street's (by identity, or the user confirms), a period it takes, not
// already imported, not older than the one in use unless confirmed, one per community and period
// in the batch. Then every accepted file stored in one transaction: nothing half-imported.
import type { PackageData, PackageManifest } from '../../api/schemas/reportPackage';
import type { PackageDecision, PackagePreview, PackagesImported, PackagesPreview } from '../../api/schemas/street';
import { periodEnd, periodLabel, periodProblem } from '../../api/rules/streetPeriods';
import { LedgerError, refuse } from '../../db/ledgerError';
import type { Ledger } from '../../db/open';
import { getSettingValues } from '../../db/settings';
import {
  handAddedCandidates,
  identityById,
  openCommunities,
  identityByKeyId,
  identityByName,
  identityByUid,
  standing,
  type CommunityIdentity,
} from '../../db/street/identity';
import { ledgerKind } from '../../db/street/kind';
import { livePackages } from '../../db/street/live';
import { livePackageOf, newestCreatedAt, storedWithSha, storePackages, type PackageToStore } from '../../db/street/packages';
import { signatureHolds } from '../package/signature';
import { figureChanges } from './figureChanges';
import { findPackageUpload } from './uploads';

export type Verifier = (bytes: Buffer, fileName: string) => Promise<{ manifest: PackageManifest; data: PackageData }>;

/** A file read and verified (outside any transaction: unzipping and hashing take a while). */
interface Opened {
  uploadId: string;
  fileName: string;
  bytes: Buffer | null;
  verified: { manifest: PackageManifest; data: PackageData } | null;
  reason: string | null;
}

async function openAll(uploadIds: readonly string[], verify: Verifier): Promise<Opened[]> {
  const opened: Opened[] = [];
  for (const uploadId of uploadIds) {
    const upload = findPackageUpload(uploadId);
    if (!upload) {
      opened.push({ uploadId, fileName: '（未知文件）', bytes: null, verified: null, reason: '（未知文件）：文件已失效，请重新选择' });
      continue;
    }
    try {
      opened.push({ uploadId, fileName: upload.fileName, bytes: upload.bytes, verified: await verify(upload.bytes, upload.fileName), reason: null });
    } catch (e) {
      if (!(e instanceof LedgerError)) throw e;
      opened.push({ uploadId, fileName: upload.fileName, bytes: null, verified: null, reason: e.message });
    }
  }
  return opened;
}

interface Checked {
  preview: PackagePreview;
  item: PackageToStore | null;
}

function blank(uploadId: string, fileName: string): PackagePreview {
  return {
    uploadId,
    fileName,
    accepted: false,
    reason: null,
    community: null,
    period: null,
    periodLabel: null,
    createdAt: null,
    newCommunity: false,
    replaces: null,
    communityId: null,
    renamedFrom: null,
    asOf: null,
    early: false,
    signed: false,
    warnings: [],
    asks: [],
    candidates: [],
  };
}

/** The record a package belongs to, and whether it was known by identity (its 接入码 or its ledger's id) rather than by name. */
interface Match {
  community: CommunityIdentity | null;
  byIdentity: boolean;
  signed: boolean;
  refusal: string | null;
  ask: string | null;
}

function matchCommunity(ledger: Ledger, manifest: PackageManifest, picked: number | null): Match {
  const none: Match = { community: null, byIdentity: false, signed: false, refusal: null, ask: null };
  let signer: CommunityIdentity | null = null;
  if (manifest.signature) {
    const key = identityByKeyId(ledger, manifest.signature.keyId);
    if (!key) return { ...none, refusal: '签名所用的接入码不是本街道发放的，请核对该社区“系统设置”中的接入码后重新生成上报包' };
    if (!signatureHolds(key.code, manifest)) return { ...none, refusal: '签名不符：上报包生成后被修改过（校验值被重新计算过），请让社区重新生成上报包' };
    signer = key.community;
  }
  if (picked !== null) {
    const chosen = standing(ledger, identityById(ledger, picked));
    if (!chosen) return { ...none, refusal: '所选的社区不存在' };
    if (signer && signer.id !== chosen.id) return { ...none, refusal: `上报包由发给“${signer.name}”的接入码签名，不能计入“${chosen.name}”` };
    if (!signer && chosen.uid && manifest.communityUid && chosen.uid !== manifest.communityUid) {
      return { ...none, refusal: `“${chosen.name}”已对应另一个社区台账的上报包，不能计入；如两条记录是同一社区，请先在“社区”页合并` };
    }
    return { community: chosen, byIdentity: signer !== null || chosen.uid === manifest.communityUid, signed: signer !== null, refusal: null, ask: null };
  }
  if (signer) return { community: signer, byIdentity: true, signed: true, refusal: null, ask: null };
  const byUid = manifest.communityUid ? identityByUid(ledger, manifest.communityUid) : null;
  if (byUid) return { community: byUid, byIdentity: true, signed: false, refusal: null, ask: null };
  const byName = identityByName(ledger, manifest.community);
  if (byName?.uid && manifest.communityUid && byName.uid !== manifest.communityUid) {
    return { ...none, ask: `本街道已有“${manifest.community}”，但它的上报包来自另一个社区台账，请选择本文件对应的社区` };
  }
  return { ...none, community: byName ? standing(ledger, byName) : null };
}

/** One file against the ledger as it is now. */
function checkOne(
  ledger: Ledger,
  file: Opened,
  street: string,
  today: string,
  decision: PackageDecision | undefined,
  candidates: PackagePreview['candidates'],
): Checked {
  const preview = blank(file.uploadId, file.fileName);
  const no = (reason: string): Checked => ({ preview: { ...preview, accepted: false, asks: [], reason: `${preview.fileName}：${reason}` }, item: null });
  if (!file.verified) return { preview: { ...preview, reason: file.reason }, item: null };
  const { manifest, data } = file.verified;
  const early = data.asOf < periodEnd(manifest.period);
  Object.assign(preview, {
    community: manifest.community,
    period: manifest.period,
    periodLabel: periodLabel(manifest.period),
    createdAt: manifest.createdAt,
    asOf: data.asOf,
    early,
  });
  if (data.period.year !== manifest.period.year || data.period.quarter !== manifest.period.quarter) return no('文件已损坏：清单与数据的报送期间不一致');
  const problem = periodProblem(manifest.period, today);
  if (problem) return no(problem);
  const match = matchCommunity(ledger, manifest, decision?.communityId ?? null);
  if (match.refusal) return no(match.refusal);
  const community = match.community;
  preview.signed = match.signed;
  preview.communityId = community?.id ?? null;
  if (match.ask) {
    preview.asks.push({ kind: 'match', text: match.ask });
    preview.candidates = openCommunities(ledger);
  }
  if (manifest.street !== street) {
    // 和平街道 / 和平街道党工委: a community the street knows by its 接入码 or ledger id is its own, however the name is worded.
    if (match.byIdentity) preview.warnings.push(`上报包写的街道是“${manifest.street}”，已按${match.signed ? '接入码' : '社区台账标识'}确认是本街道的社区`);
    else preview.asks.push({ kind: 'street', text: `不是本街道的上报包（${manifest.street}）？本街道名称是“${street}”，如确是报给本街道的，请勾选确认` });
  }
  if (community?.closedOn) return no(`${community.name}已于${community.closedOn}撤销，不再接收其上报包`);
  const same = storedWithSha(ledger, manifest.sha256);
  if (same) return no(`该上报包已于${same.importedAt.slice(0, 10)}导入过${same.replaced ? '（后来已被替换）' : ''}`);
  if (!match.signed) {
    if (community?.accessCode) {
      preview.asks.push({
        kind: 'unsigned',
        text: `未签名：${community.name}已领取接入码，但本上报包没有用它签名（旧版本生成或未填写接入码），无法确认生成后未被改动`,
      });
    } else preview.warnings.push('未签名：该社区还没有接入码，校验值只能发现意外损坏，不能发现有意改动');
  }
  if (early) preview.warnings.push(`截至${data.asOf}生成：${periodLabel(manifest.period)}尚未结束时的数据，不是全期数据`);
  let rename = false;
  if (community) {
    const old = livePackageOf(ledger, community.id, manifest.period.year, manifest.period.quarter);
    if (old) {
      preview.replaces = {
        packageId: old.id,
        importedOn: old.importedAt.slice(0, 10),
        createdAt: old.createdAt,
        changes: figureChanges(JSON.parse(old.data) as PackageData, data),
      };
      if (manifest.createdAt < old.createdAt) {
        preview.asks.push({
          kind: 'older',
          text: `比正在使用的上报包旧：本文件生成于${manifest.createdAt}，正在使用的生成于${old.createdAt}，导入将以较旧的数据替换较新的数据`,
        });
      }
    }
    // Only the community's newest package renames it: an old year's file keeps the name it had.
    rename = community.name !== manifest.community && manifest.createdAt >= (newestCreatedAt(ledger, community.id) ?? '');
    if (rename) {
      preview.renamedFrom = community.name;
      preview.warnings.push(`社区已更名：原名“${community.name}”，导入后显示为“${manifest.community}”，原名记为曾用名`);
    }
  } else if (!match.ask) {
    preview.newCommunity = true;
    preview.candidates = candidates;
  }
  const confirmed = new Set(decision?.confirm ?? []);
  const open = preview.asks.filter((a) => (a.kind === 'match' ? !decision?.communityId : !confirmed.has(a.kind)));
  if (open.length) return { preview: { ...preview, reason: `${preview.fileName}：${open.map((a) => a.text).join('；')}` }, item: null };
  preview.accepted = true;
  return { preview, item: { fileName: file.fileName, manifest, data, communityId: community?.id ?? null, rename, signed: match.signed, bytes: file.bytes! } };
}

/** Verifies and checks each file against the ledger as it is now; nothing is written. */
function check(ledger: Ledger, opened: readonly Opened[], today: string, decisions: readonly PackageDecision[]): Checked[] {
  if (ledgerKind(ledger) !== '街道') throw refuse('当前是社区台账，只有街道台账可以导入上报包');
  const street = getSettingValues(ledger, ['streetName']).streetName;
  if (!street) throw refuse('请先在系统设置中填写街道名称，再导入上报包');
  // A hand-added record a file of this batch names is that file's; the others are offered for the rest.
  const named = new Set(opened.map((o) => o.verified?.manifest.community));
  const candidates = handAddedCandidates(ledger).filter((c) => !named.has(c.name));
  const checked = opened.map((file) =>
    checkOne(
      ledger,
      file,
      street,
      today,
      decisions.find((d) => d.uploadId === file.uploadId),
      candidates,
    ),
  );
  // Two files for one community and period: the later-made one stands, the other is refused.
  const keyOf = (c: Checked) => {
    const { manifest, communityId } = c.item!;
    return `${communityId ?? `new:${manifest.communityUid ?? manifest.community}`}|${manifest.period.year}|${manifest.period.quarter}`;
  };
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
      reason:
        `${c.preview.fileName}：同一批中${winner.preview.fileName}是${c.preview.community}${c.preview.periodLabel}较新的上报包` +
        `（${winner.item!.manifest.createdAt}生成），以它为准，本文件不导入`,
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

export async function previewPackages(
  ledger: Ledger,
  uploadIds: readonly string[],
  verify: Verifier,
  today: string,
  decisions: readonly PackageDecision[] = [],
): Promise<PackagesPreview> {
  const opened = await openAll(uploadIds, verify);
  const files = check(ledger, opened, today, decisions).map((c) => c.preview);
  const accepted = files.filter((f) => f.accepted).length;
  return { files, accepted, refused: files.length - accepted };
}

export async function importPackages(
  ledger: Ledger,
  uploadIds: readonly string[],
  verify: Verifier,
  today: string,
  decisions: readonly PackageDecision[] = [],
): Promise<PackagesImported> {
  const opened = await openAll(uploadIds, verify);
  const done = ledger.tx(() => {
    // Checked inside the transaction: the ledger may have changed since the preview.
    const checked = check(ledger, opened, today, decisions);
    const refused = checked.filter((c) => !c.item);
    if (refused.length) {
      throw refuse(`以下上报包未通过检查，本次没有导入任何文件，请去掉它们后重试：${refused.map((c) => c.preview.reason).join('；')}`);
    }
    const summary = storePackages(
      ledger,
      checked.map((c) => c.item!),
    );
    return { ...summary, files: checked.map((c) => c.preview) };
  });
  // Parse the imported periods now, while the user waits for the import anyway, rather than on
  // the first view they open after it (about 150 ms for 30 communities of 1,500 members).
  const periods = new Set(done.files.filter((f) => f.accepted).map((f) => `${f.period!.year}|${f.period!.quarter}`));
  for (const key of periods) {
    const [year, quarter] = key.split('|');
    livePackages(ledger, Number(year), quarter === 'null' ? null : Number(quarter));
  }
  return done;
}
