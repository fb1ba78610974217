// 街道 mode: a street ledger keeps its communities and the 上报包 they sent, and sums them
// (shared/DOMAIN.md, "The street (街道) and its communities"; docs/street.md).
import { z } from 'zod';
import { STREET_MEASURES } from '../street';
import { optionalLongText, optionalText, phone, recordId, requiredDate, requiredText } from './fields';
import { yearField } from './points';
import type { PackagePeriod } from './reportPackage';
import type { CensusTable } from './census';

export const LEDGER_KINDS = ['社区', '街道'] as const;
export type LedgerKind = (typeof LEDGER_KINDS)[number];

export interface LedgerKindInfo {
  kind: LedgerKind;
  /** Only an empty ledger (no organisations, members or street packages) may change its kind. */
  canChange: boolean;
  /** The user has picked a kind (a ledger made before 街道 mode, or never asked, has not). */
  chosen: boolean;
  /** settings.streetName: a street ledger's 街道名称, which every package must name. */
  streetName: string | null;
}
export const ledgerKindInput = z.object({ kind: z.enum(LEDGER_KINDS, { error: '请选择社区或街道' }) });

// ---- communities ----

export const communityInput = z.object({
  name: requiredText('社区名称', 60),
  contact: optionalText('联系人', 30),
  phone: phone('联系电话'),
  note: optionalLongText('备注', 500),
});
export const communityUpdateInput = communityInput.extend({ id: recordId('社区') });
export const communityCloseInput = z.object({ id: recordId('社区'), closedOn: requiredDate('撤销日期') });
export const communityIdInput = z.object({ id: recordId('社区') });
/** Two records of one community (a duplicate): `fromId`'s packages move to `intoId`, `fromId` closes on `on`. */
export const communityMergeInput = z.object({ fromId: recordId('要并入的社区'), intoId: recordId('保留的社区'), on: requiredDate('合并日期') });
export const packageVoidInput = z.object({ id: recordId('上报包'), reason: requiredText('作废原因', 200) });
export const packageIdInput = z.object({ id: recordId('上报包') });
export const packageFormInput = z.object({ id: recordId('上报包'), name: z.string().min(1).max(200) });
export interface PackageForms {
  packageId: number;
  /** The workbooks inside (报表/…xlsx); empty for a package stored before the street kept the files. */
  forms: string[];
}

export interface StreetCommunity {
  id: number;
  name: string;
  /** The community ledger's stable id, from its first package carrying one; null for one added by hand and not yet reported. */
  uid: string | null;
  /** Names it had before (曾用名), oldest first, each with the day the newer name arrived. */
  formerNames: { name: string; until: string }[];
  /** The 接入码 the street gave it ('K7QD-3M9X-…'), null until given. */
  accessCode: string | null;
  /** Merged into that record (its packages moved there). */
  mergedInto: number | null;
  contact: string | null;
  phone: string | null;
  note: string | null;
  createdAt: string;
  /** A community merged or dissolved stays listed with this date; nothing is deleted. */
  closedOn: string | null;
  /** Live (not replaced) packages it sent. */
  packages: number;
  lastImportedAt: string | null;
}

// ---- packages and import ----

/** Bytes of one package file, base64 (the same limit as an import upload). */
export const streetUploadInput = z.object({
  fileName: z.string().min(1, '请选择文件').max(200),
  data: z.string().min(1, '文件是空的').max(30_000_000, '文件超过 20 MB，请确认是上报包'),
});
export interface StreetUpload {
  uploadId: string;
  fileName: string;
  bytes: number;
}
/** Upload ids from street.upload, in the order the user picked the files. */
export const PACKAGE_ASKS = ['older', 'street', 'unsigned', 'match'] as const;
/** What the user must confirm before a file goes in: an older package, another street's name, 未签名 from a community with a 接入码, or which community. */
export type PackageAskKind = (typeof PACKAGE_ASKS)[number];
export const packageDecision = z.object({
  uploadId: z.string().min(1).max(100),
  /** The street's community this package is (a community added by hand, or the record a name clash needs); null = as matched. */
  communityId: z
    .number()
    .int()
    .positive()
    .nullish()
    .transform((v) => v ?? null),
  /** The asks the user confirmed for this file. */
  confirm: z.array(z.enum(PACKAGE_ASKS)).max(4).default([]),
});
export type PackageDecision = z.output<typeof packageDecision>;
export const packageFilesInput = z.object({
  files: z.array(z.string().min(1).max(100)).min(1, '请选择上报包').max(100, '一次最多导入100个上报包'),
  decisions: z.array(packageDecision).max(100).default([]),
});

export interface FigureChange {
  /** '党员总数', '三会一课完成率', '党费实交（元）', … */
  label: string;
  before: string;
  after: string;
}

export interface PackagePreview {
  uploadId: string;
  fileName: string;
  accepted: boolean;
  /** Why it is refused, naming the file; null when accepted. */
  reason: string | null;
  community: string | null;
  period: PackagePeriod | null;
  /** '2026年' or '2026年第一季度'. */
  periodLabel: string | null;
  /** manifest.createdAt. */
  createdAt: string | null;
  /** The community is not in the street's list yet: importing adds it. */
  newCommunity: boolean;
  /** A package for the same community and period is already in: this one replaces it. */
  replaces: { packageId: number; importedOn: string; createdAt: string; changes: FigureChange[] } | null;
  /** The street's community record it goes to (null: a new one, or not decided). */
  communityId: number | null;
  /** The record's name before this package renames it (matched by the community's identity). */
  renamedFrom: string | null;
  /** data.asOf: the figures' 截至日期. */
  asOf: string | null;
  /** Made before its period ended. */
  early: boolean;
  /** Its 接入码 signature held. */
  signed: boolean;
  /** What the user should know but need not confirm (早于期末, 未签名, 街道名称写法不同, 更名). */
  warnings: string[];
  /** What the user must confirm (decisions[].confirm) before it goes in; the file is not accepted until then. */
  asks: { kind: PackageAskKind; text: string }[];
  /** Communities the street added by hand that no package matched yet: the user may say this package is one of them. */
  candidates: CommunityRef[];
}
export interface PackagesPreview {
  files: PackagePreview[];
  accepted: number;
  refused: number;
}
export interface PackagesImported {
  imported: number;
  replaced: number;
  newCommunities: number;
  files: PackagePreview[];
}

export const packageListInput = z.object({
  communityId: z
    .number()
    .int()
    .positive()
    .nullish()
    .transform((v) => v ?? null),
  /** Also list the packages a later one replaced. */
  withReplaced: z.boolean().default(false),
});
export interface StreetPackageRow {
  id: number;
  communityId: number;
  community: string;
  year: number;
  quarter: number | null;
  periodLabel: string;
  fileName: string;
  sha256: string;
  createdAt: string;
  appVersion: string;
  fullIdNumbers: boolean;
  importedAt: string;
  replacedAt: string | null;
  replacedBy: number | null;
  voidedAt: string | null;
  voidReason: string | null;
  /** The community's name as the package wrote it (differs after a rename). */
  packageCommunity: string;
  asOf: string;
  early: boolean;
  signed: boolean;
  /** The file itself is kept, so its forms can be opened. */
  hasFile: boolean;
}

// ---- views: one row per community that reported, a 合计 row, and who has not reported ----

export const streetPeriodInput = z.object({
  year: yearField,
  /** null = the whole year. */
  quarter: z
    .number()
    .int()
    .min(1, '季度不正确')
    .max(4, '季度不正确')
    .nullish()
    .transform((v) => v ?? null),
});
export type StreetPeriod = z.output<typeof streetPeriodInput>;
/** 积分, 民主评议 and 党内统计 are yearly: they read the year's packages. */
export const streetYearInput = z.object({ year: yearField });

export interface CommunityRef {
  id: number;
  name: string;
}
export interface RowHead {
  communityId: number;
  community: string;
  packageId: number;
  /** From when the community's ledger covers what ("建账日期…；党费自…起记录"), null when it covers everything (docs/ledgerStart.md). */
  coverage?: string | null;
  /** data.asOf: the day the row's figures are as of (截至日期); before the period's end when made early. */
  asOf: string;
  /** Made before its period ended: the figures are not the whole period's. */
  early: boolean;
  /** Carried a valid 接入码 signature (false: 未签名, an older version or a community without a code). */
  signed: boolean;
}
export interface StreetView<R> {
  rows: (RowHead & R)[];
  total: R;
  /** Open communities with no live package for the period. */
  notReported: CommunityRef[];
}

export interface MembersFigures {
  total: number;
  full: number;
  probationary: number;
  female: number;
  minority: number;
  /** 停止党籍, outside total. */
  suspended: number;
  branches: number;
}

/** The 合计 of a 三会一课开展情况统计表: rates from sums, never an average of averages. */
export interface MeetingFigures {
  required: number;
  held: number;
  satisfied: number;
  rateSum: number;
  rateCount: number;
  /** satisfied ÷ required; null when nothing was required. */
  completion: number | null;
  /** rateSum ÷ rateCount; null when no meeting had an 应到. */
  attendance: number | null;
}
export const streetMeetingsInput = streetPeriodInput.extend({
  /** When set: that community's branches (one row per 党组织) instead of one row per community. */
  communityId: z
    .number()
    .int()
    .positive()
    .nullish()
    .transform((v) => v ?? null),
});
export interface BranchMeetingRow extends MeetingFigures {
  orgName: string;
}
export interface StreetMeetingsView extends StreetView<MeetingFigures> {
  /** Filled when a community was picked: its branches. Their 合计 is that community's row in `rows` (`total` stays the street's). */
  branches: BranchMeetingRow[] | null;
}

export interface DualFigures {
  registered: number;
  units: number;
  activities: number;
  participations: number;
  hours: number;
}

export interface AppraisalFigures {
  members: number;
  appraised: number;
  absent: number;
  probationary: number;
  excellent: number;
  qualified: number;
  basic: number;
  unqualified: number;
  /** Graded = 优秀 + 合格 + 基本合格 + 不合格; 优秀 may be at most a third of it (db/appraisal.ts). */
  graded: number;
  overThird: boolean;
}

export interface DuesFigures {
  owingMembers: number;
  dueFen: number;
  paidFen: number;
  arrearsMembers: number;
  arrearsFen: number;
  /** 支部上缴: what the branches handed to their 社区党委 (the form's 支部合计). */
  handedFen: number;
  /** 社区上缴街道: the 社区党委's own line. */
  toStreetFen: number;
  /** 应交/欠交人数 are the branch lines' sum (a package of an older version carries no community-level heads). */
  headsSummed: boolean;
}

export interface PointsFigures {
  /** People in the year's ranking (ranked and excluded). */
  people: number;
  ranked: number;
  excluded: number;
  pointsSum: number;
  /** pointsSum ÷ people, 1 decimal; null with nobody. */
  average: number | null;
  highest: number | null;
  /** 一星 … 五星. */
  stars: [number, number, number, number, number];
}

export const pointsRankingInput = streetYearInput.extend({
  communityId: z
    .number()
    .int()
    .positive()
    .nullish()
    .transform((v) => v ?? null),
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(200).default(50),
});
export interface StreetRankRow {
  /** Rank across the street (or in the community when filtered), ties share a rank; null when excluded. */
  rank: number | null;
  communityRank: number | null;
  community: string;
  name: string;
  /** As the package carries it: masked unless the community ticked 包含完整身份证号. */
  idNumber: string | null;
  branchName: string;
  total: number;
  stars: number | null;
}
export interface StreetRankingPage {
  rows: StreetRankRow[];
  total: number;
  notReported: CommunityRef[];
}

/**
 * 年初 + 增加 − 减少 (± 实有数与应有数之差) = 年末 of a community's 党内统计 as its package carries it, and its
 * 年初 checked against the 年末 of its previous year's package: a mismatch is shown, never absorbed.
 */
export interface CensusBalance {
  start: number;
  added: number;
  removed: number;
  /** 实有数与应有数之差 the community reported (0 when none). */
  difference: number;
  end: number;
  /** The community's own check (its records, member by member). */
  holds: boolean;
  /** 年末 of the community's live package of the previous year; null when there is none. */
  previousEnd: number | null;
  /** start = previousEnd; null with no previous package. */
  startMatches: boolean | null;
}

export interface StreetCensusView {
  /** The tables as the communities' packages carry them (keys from api/schemas/census.ts). */
  tables: (Pick<CensusTable, 'key' | 'title' | 'unit'> & { figures: { key: string; label: string }[] })[];
  /** `${table}:${key}` → value. */
  rows: (RowHead & { values: Record<string, number>; identityHolds: boolean; balance: CensusBalance })[];
  total: Record<string, number>;
  /** The street's sums; startMatches is false when any community's 年初 differs from its previous 年末. */
  balanceTotal: CensusBalance;
  notReported: CommunityRef[];
}

export const streetExportInput = streetPeriodInput.extend({
  measure: z.enum(STREET_MEASURES, { error: '请选择报表' }),
});

export { STREET_MEASURES, STREET_MEASURE_LABEL, type StreetMeasure } from '../street';
