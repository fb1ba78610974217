// 上报包: one file a community sends its street for a period (shared/DOMAIN.md, "The street (街道)
// and its communities"). A .zip holding manifest.json, data.json (the figures the street's app
// reads, checked by these schemas) and 报表/*.xlsx (the same period's forms, for people to read).
// The manifest names every file with its SHA-256 and carries a SHA-256 over itself, so a package
// edited after it was made (a figure changed in Excel, one byte flipped) is refused at the street.
import { z } from 'zod';
import { censusReport } from './census';
import { packageRegisters } from './packageRegisters';
import { yearField } from './points';
import { packageDevelopment } from './streetPlan';

export const PACKAGE_KIND = '社区党务台账上报包';
/**
 * The shape of data.json and manifest.json. A street app refuses a package of a higher format: it cannot read it.
 * 2 (issue 31): the manifest carries communityUid and an optional 接入码 signature. An older street app would strip
 * those fields and see a changed manifest, so it must say "a newer version" instead.
 */
export const PACKAGE_FORMAT = 2;

const count = z.number().int().min(0);
const fen = z.number().int();
const name = z.string().min(1).max(100);

export const packagePeriod = z.object({
  year: yearField,
  /** null = the whole year. */
  quarter: z.number().int().min(1).max(4).nullable(),
});
export type PackagePeriod = z.output<typeof packagePeriod>;

export const packageFile = z.object({
  /** Path inside the zip, e.g. 'data.json', '报表/三会一课开展情况统计表.xlsx'. */
  name: z.string().min(1).max(200),
  bytes: count,
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

export const packageManifest = z.object({
  kind: z.literal(PACKAGE_KIND),
  format: z.number().int().min(1),
  appVersion: z.string().min(1).max(40),
  /** 社区名称 and 所属街道 from the community's 系统设置. */
  community: name,
  street: name,
  period: packagePeriod,
  /** Local time 'YYYY-MM-DD HH:mm:ss'. */
  createdAt: z.string().regex(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/),
  /** The user ticked 包含完整身份证号; otherwise every 身份证号 in the package is masked. */
  fullIdNumbers: z.boolean(),
  files: z.array(packageFile).min(1).max(100),
  /** The community ledger's stable id (settings communityUid), the same across renames; absent in format 1. */
  communityUid: z
    .string()
    .regex(/^[0-9a-f-]{36}$/)
    .optional(),
  /**
   * HMAC-SHA256 (hex) keyed by the 接入码 the street gave the community, over the canonical JSON of this manifest
   * without `signature` and `sha256` (which lists every file's SHA-256); keyId names the code. Absent = 未签名.
   */
  signature: z.object({ keyId: z.string().regex(/^[0-9a-f]{16}$/), hmac: z.string().regex(/^[0-9a-f]{64}$/) }).optional(),
  /** SHA-256 (hex) of the canonical JSON of this manifest without this field (keys sorted). */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type PackageManifest = z.output<typeof packageManifest>;

/** Members as of the period's last day (or the day it was made, while the period runs), counted as the 党内统计 counts them. */
export const packageMembers = z.object({
  total: count,
  full: count,
  probationary: count,
  female: count,
  minority: count,
  /** 停止党籍 members on the roster that day, outside total (as in the 党内统计); absent from older packages. */
  suspended: count.default(0),
  branches: z.array(z.object({ orgName: name, total: count, full: count, probationary: count })).max(500),
});

/** One row of the community's 三会一课开展情况统计表 (a branch × a meeting type), with what its rates come from. */
export const packageMeetingRow = z.object({
  orgName: name,
  type: z.string().min(1).max(20),
  required: count,
  held: count,
  /** 按要求已开的应开次数: 完成率 = satisfied ÷ required. */
  satisfied: count,
  /** Sum and number of the meetings' 出勤率 (实到 ÷ 应到): 平均出勤率 = rateSum ÷ rateCount. */
  rateSum: z.number().min(0),
  rateCount: count,
  note: z.string().max(500),
});

export const packageDual = z.object({
  /** 报到的在职党员 and their units in the period. */
  registered: count,
  units: count,
  activities: count,
  participations: count,
  /** 服务时长, hours. */
  hours: z.number().min(0),
});

export const packagePointsRow = z.object({
  name,
  /** Masked (first 6 and last 4 kept) unless the manifest says fullIdNumbers. */
  idNumber: z.string().max(18).nullable(),
  branchName: name,
  total: z.number(),
  /** Rank in the community; null when excluded (一票否决, 不参加). */
  rank: z.number().int().min(1).nullable(),
  stars: z.number().int().min(0).nullable(),
});

/** One branch of the 民主评议党员情况汇总表. */
export const packageAppraisalRow = z.object({
  orgName: name,
  members: count,
  appraised: count,
  absent: count,
  probationary: count,
  excellent: count,
  qualified: count,
  basic: count,
  unqualified: count,
});

/** One line of the 党费收缴情况统计表 for the whole period (the community's own line has community: true). */
export const packageDuesRow = z.object({
  orgName: name,
  community: z.boolean(),
  owingMembers: count,
  dueFen: fen,
  paidFen: fen,
  arrearsMembers: count,
  arrearsFen: fen,
  handedFen: fen,
});

/** The 支部合计's head counts, each person once at the community level (a member who moved between branches is one). */
export const packageDuesHeads = z.object({ owingMembers: count, paidMembers: count, arrearsMembers: count });
/** The period's months up to asOf, each with the 党费收缴情况统计表 (月)'s lines for it (issue 30: the street reads 党费 monthly). */
/** One month's rows of the 三会一课开展情况统计表: the types required monthly (支委会, 党小组会, 主题党日 …), each month's cell. */
export const packageMeetingMonth = z.object({ month: z.string().regex(/^\d{4}-\d{2}$/), rows: z.array(packageMeetingRow).max(5000) });

export const packageDuesMonth = z.object({
  month: z.string().regex(/^\d{4}-\d{2}$/),
  lines: z.array(packageDuesRow).max(500),
  /** The month's 支部合计 heads, each person once (as duesHeads for the period). */
  heads: packageDuesHeads.optional(),
});

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
export const packageCoverage = z.object({
  startDate: day.nullable(),
  meetingsFrom: day.nullable(),
  duesFromMonth: z
    .string()
    .regex(/^\d{4}-\d{2}$/)
    .nullable(),
});

export const packageData = z.object({
  period: packagePeriod,
  /** The day the figures are as of: the period's last day, or the day the package was made if earlier. */
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  members: packageMembers,
  meetings: z.array(packageMeetingRow).max(5000),
  dual: packageDual,
  /** Year packages only (积分 and 民主评议 are yearly); null in a quarter's. */
  points: z.array(packagePointsRow).max(10000).nullable(),
  appraisal: z.array(packageAppraisalRow).max(500).nullable(),
  dues: z.array(packageDuesRow).max(500),
  /** Absent in packages of older versions: the street then sums the branch lines' heads and says so. */
  duesHeads: packageDuesHeads.optional(),
  /** 党内统计: year packages only. */
  census: censusReport.nullable(),
  /**
   * From when the community's ledger covers what (建账日期, docs/ledgerStart.md); periods before
   * are not counted, not zero. Absent in packages of older versions: they cover everything.
   */
  coverage: packageCoverage.optional(),
  /** 光荣在党50年, 慰问, 失联, 流动党员, 换届 (packageRegisters.ts); absent in older packages: 该包无此项, not zero. */
  registers: packageRegisters.optional(),
  /** 发展计划 and its 完成 (year packages, issue 30); absent in older packages and null in a quarter's. */
  development: packageDevelopment.nullish(),
  /** 党费 by month (issue 30); absent in older packages. */
  duesMonths: z.array(packageDuesMonth).max(12).optional(),
  /** 三会一课 by month (issue 30): the monthly types' cells; absent in older packages. */
  meetingMonths: z.array(packageMeetingMonth).max(12).optional(),
});
export type PackageData = z.output<typeof packageData>;
