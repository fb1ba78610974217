// What goes down from a street to its communities and what it checks coming up (issue 30; docs/street.md
// "Down: the 下发文件", docs/package.md "发展计划"): the yearly 发展计划 quota, the 报送 deadlines, the
// 下发文件 that carries them with the community's identity and 接入码, and the 党费 the street received.
import { z } from 'zod';
import { optionalText, recordId, requiredDate } from './fields';
import { yearField } from './points';
import type { DevQuotaKey } from '../streetPlanKeys';
import type { CommunityRef } from './street';

const quotaCount = (label: string) =>
  z
    .number({ error: `${label}应为整数` })
    .int(`${label}应为整数`)
    .min(0, `${label}不能为负数`)
    .max(100000, `${label}过大`);

/** The four figures of a 发展计划, each a count of people in the year. */
export const devQuota = z.object({
  applied: quotaCount('入党申请人'),
  activists: quotaCount('入党积极分子'),
  candidates: quotaCount('发展对象'),
  admitted: quotaCount('发展党员'),
});
export type DevQuota = z.output<typeof devQuota>;

export const streetQuotaInput = devQuota.extend({ communityId: recordId('社区'), year: yearField });
export const streetPlanYearInput = z.object({ year: yearField });

const quarterField = z.number({ error: '请选择季度' }).int().min(1, '季度应为1至4').max(4, '季度应为1至4').nullable();
export const streetDeadlineInput = z.object({ year: yearField, quarter: quarterField, dueOn: requiredDate('截止日期') });

/** null communityId = one file per open community, in one zip. */
export const streetFileExportInput = z.object({ year: yearField, communityId: recordId('社区').nullable() });
export const streetFileImportInput = z.object({
  fileName: z.string().min(1, '请选择文件').max(200),
  data: z.string().min(1, '文件是空的').max(2_000_000, '文件过大，不是街道下发文件'),
});

export const duesReceivedInput = z.object({
  communityId: recordId('社区'),
  receivedOn: requiredDate('到账日期'),
  amountFen: z
    .number({ error: '金额应为数字' })
    .int('金额应精确到分')
    .refine((v) => v !== 0, '金额不能为0'),
  note: optionalText('备注', 200),
  /** The record this one corrects: its amount is what to add (negative to take off). */
  corrects: recordId('被更正的记录').nullable().default(null),
});
export const streetDuesInput = z.object({ year: yearField });

export const STREET_FILE_KIND = '社区党务台账街道下发文件';
export const STREET_FILE_FORMAT = 1;
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const streetFileDeadline = z.object({ year: yearField, quarter: z.number().int().min(1).max(4).nullable(), dueOn: day });
export type StreetFileDeadline = z.output<typeof streetFileDeadline>;

/** The 下发文件: JSON, canonical (keys sorted), with a SHA-256 over itself and an HMAC keyed by the 接入码 it carries. */
export const streetFile = z.object({
  kind: z.literal(STREET_FILE_KIND),
  format: z.number().int().min(1),
  appVersion: z.string().min(1).max(40),
  street: z.string().min(1).max(100),
  /**
   * `uidFromPackage`: the street learned this id from one of the community's packages; false when the street assigned it
   * (no package had reached it), so a community ledger that made an id of its own, under the same name, takes this one.
   */
  community: z.object({ name: z.string().min(1).max(100), uid: z.string().regex(/^[0-9a-f-]{36}$/), uidFromPackage: z.boolean() }),
  accessCode: z.string().min(1).max(40),
  year: yearField,
  quota: devQuota.nullable(),
  deadlines: z.array(streetFileDeadline).max(50),
  /** Local time 'YYYY-MM-DD HH:mm:ss': a later file wins, an older one is refused. */
  createdAt: z.string().regex(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/),
  signature: z.object({ keyId: z.string().regex(/^[0-9a-f]{16}$/), hmac: z.string().regex(/^[0-9a-f]{64}$/) }),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type StreetFile = z.output<typeof streetFile>;

// Outputs (types only: the renderer imports them with `import type`).

export interface StreetPlanRow {
  communityId: number;
  community: string;
  closedOn: string | null;
  hasAccessCode: boolean;
  quota: DevQuota | null;
}
export interface StreetDeadline {
  year: number;
  quarter: number | null;
  dueOn: string;
}
export interface StreetPlanView {
  year: number;
  rows: StreetPlanRow[];
  /** `missing`: once the day has passed, the communities with no live package for the period (逾期未报送). */
  deadlines: (StreetDeadline & { missing: CommunityRef[] })[];
}

/** What the community took from a 下发文件. */
export interface StreetFileImported {
  street: string;
  community: string;
  year: number;
  quota: DevQuota | null;
  deadlines: number;
  createdAt: string;
}

/** 首页: the next 报送 deadline and whether that period's package was made. */
export interface NextDeadline {
  year: number;
  quarter: number | null;
  dueOn: string;
  /** Days from today (negative = overdue). */
  daysLeft: number;
  /** When this ledger last made the period's 上报包, or null. */
  madeAt: string | null;
  street: string | null;
}

/** One of the four figures: plan, done, rate (null when there is no plan to divide by). */
export interface QuotaFigure {
  plan: number | null;
  done: number;
  rate: number | null;
}
export type DevProgressFigures = Record<DevQuotaKey, QuotaFigure>;

export interface DuesReceivedRecord {
  id: number;
  communityId: number;
  community: string;
  receivedOn: string;
  amountFen: number;
  note: string | null;
  corrects: number | null;
  createdAt: string;
  operator: string | null;
}
export interface DuesCheckFigures {
  /** What the community's year package says its 社区党委 handed to the street (上缴街道). */
  reportedFen: number | null;
  /** Σ of the street's records received in the year, corrections included. */
  receivedFen: number;
  /** receivedFen − reportedFen; null when the community has not reported. */
  differenceFen: number | null;
}
export interface DuesCheckRow extends DuesCheckFigures {
  communityId: number;
  community: string;
  asOf: string | null;
}
export interface DuesCheckView {
  year: number;
  rows: DuesCheckRow[];
  total: DuesCheckFigures;
  records: DuesReceivedRecord[];
}

/** data.json's `development` (year packages): the community's 发展计划 (null: none) and its 完成 in the year. */
export const packageDevelopment = z.object({ quota: devQuota.nullable(), done: devQuota });
export type PackageDevelopment = z.output<typeof packageDevelopment>;

export const streetMonthInput = z.object({ year: yearField, month: z.number({ error: '请选择月份' }).int().min(1, '月份应为1至12').max(12, '月份应为1至12') });
