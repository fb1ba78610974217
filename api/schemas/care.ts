// Inputs and outputs of the 流动党员 / 失联 / 关怀慰问 / 光荣在党50年 / 党员中心户 calls
// (shared/DOMAIN.md "流动党员, care and the people around the roster", docs/care.md).
// Money crosses the contract as integer 分 only.
import { z } from 'zod';
import { GENDERS } from '../enums';
import { fenField } from './dues';
import {
  optionalChoice,
  optionalDate,
  optionalLongText,
  optionalRecordId,
  optionalText,
  phone,
  recordId,
  requiredChoice,
  requiredDate,
  requiredText,
} from './fields';
import { yearField } from './points';
import { fillIn } from '../vocab/messages';
import {
  CARE_OCCASIONS,
  FLOW_CONTACT_METHODS,
  FLOW_DIRECTIONS,
  type CareGroup,
  type CareOccasion,
  type FlowContactMethod,
  type FlowDirection,
  type LostStage,
} from '../vocab/care';

// The vocabularies live in api/vocab/care.ts (zod-free, so the renderer's forms offer the same lists).
export { CARE_GROUPS, CARE_OCCASIONS, FLOW_CONTACT_METHODS, FLOW_DIRECTIONS, LOST_STAGES } from '../vocab/care';
export type { CareGroup, CareOccasion, FlowContactMethod, FlowDirection, LostStage } from '../vocab/care';

const asOfField = optionalDate('统计日期');
const voidInput = (label: string) => z.object({ id: recordId(label), reason: requiredText('作废原因', 200) });
const later = (from: string, to: string, message: string) => (v: Record<string, unknown>, ctx: z.RefinementCtx) => {
  const a = v[from];
  const b = v[to];
  if (typeof a === 'string' && typeof b === 'string' && b < a) ctx.addIssue({ code: 'custom', path: [to], message });
};

// ---- 流出 ----------------------------------------------------------------------------

export const flowsInput = z.object({
  /** The day the list is about (today when empty): 流出 on D ⇔ left_on ≤ D < returned_on. */
  asOf: asOfField,
  /** Also the records that ended (returned) or were voided before that day. */
  includeEnded: z.boolean().default(false),
  memberId: optionalRecordId('党员'),
});

export const flowOutInput = z
  .object({
    /** Present: edits that record (e.g. records the return); absent: a new 流出. */
    id: optionalRecordId('流出记录'),
    memberId: recordId('党员'),
    leftOn: requiredDate('外出日期'),
    place: requiredText('流向地点', 100),
    /** 市内, 省内 or 省外 for the 党内统计; older records (and the roster form's 流动去向) have none. */
    direction: optionalChoice('流向', FLOW_DIRECTIONS),
    unit: optionalText('流入单位', 100),
    contact: phone('联系电话'),
    cardNo: optionalText('流动党员活动证编号', 50),
    joinsLifeThere: z.boolean({ error: '应为是或否' }).default(false),
    returnedOn: optionalDate('返回日期'),
    note: optionalLongText('备注', 500),
  })
  .superRefine(later('leftOn', 'returnedOn', '返回日期不能早于外出日期'));
export type FlowOutInput = z.output<typeof flowOutInput>;
export const voidFlowOutInput = voidInput('流出记录');

export const flowContactInput = z.object({
  flowOutId: recordId('流出记录'),
  contactedOn: requiredDate('联系日期'),
  method: requiredChoice('联系方式', FLOW_CONTACT_METHODS),
  note: optionalLongText('联系情况', 500),
});
export type FlowContactInput = z.output<typeof flowContactInput>;

export interface FlowContact {
  id: number;
  contactedOn: string;
  method: FlowContactMethod;
  note: string | null;
}

export interface FlowOutRow {
  id: number;
  memberId: number;
  name: string;
  gender: (typeof GENDERS)[number];
  birthDate: string;
  branchId: number;
  branchName: string;
  leftOn: string;
  place: string;
  direction: FlowDirection | null;
  unit: string | null;
  contact: string | null;
  cardNo: string | null;
  joinsLifeThere: boolean;
  returnedOn: string | null;
  note: string | null;
  voidedAt: string | null;
  voidReason: string | null;
  /** Newest first. */
  contacts: FlowContact[];
  lastContactOn: string | null;
  /** Out on the list's day and not contacted for 6 months (counted from 外出日期 when never). */
  contactOverdue: boolean;
}

export interface FlowsPage {
  asOf: string;
  rows: FlowOutRow[];
}

// ---- 流入 ----------------------------------------------------------------------------

export const flowInsInput = z.object({ asOf: asOfField, includeEnded: z.boolean().default(false) });

export const flowInInput = z
  .object({
    id: optionalRecordId('流入记录'),
    name: requiredText('姓名', 30),
    gender: requiredChoice('性别', GENDERS),
    phone: phone('联系电话'),
    fromPlace: requiredText('来自', 100),
    homeOrg: requiredText('组织关系所在党组织', 100),
    /** The branch here whose organisational life they take part in. */
    orgId: recordId('参加活动的党支部'),
    arrivedOn: requiredDate('流入日期'),
    leftOn: optionalDate('离开日期'),
    note: optionalLongText('备注', 500),
  })
  .superRefine(later('arrivedOn', 'leftOn', '离开日期不能早于流入日期'));
export type FlowInInput = z.output<typeof flowInInput>;

export interface FlowInRow {
  id: number;
  name: string;
  gender: (typeof GENDERS)[number];
  phone: string | null;
  fromPlace: string;
  homeOrg: string;
  orgId: number;
  orgName: string;
  arrivedOn: string;
  leftOn: string | null;
  note: string | null;
  /** Meetings they were listed at as a guest. */
  meetings: number;
}

// ---- 失联 ----------------------------------------------------------------------------

export const lostInput = z.object({ asOf: asOfField, includeFound: z.boolean().default(false) });

export const lostSaveInput = z
  .object({
    id: optionalRecordId('失联记录'),
    memberId: recordId('党员'),
    lostOn: requiredDate('失联日期'),
    searchMade: optionalLongText('查找情况', 1000),
    foundOn: optionalDate('恢复联系日期'),
    note: optionalLongText('备注', 500),
  })
  .superRefine(later('lostOn', 'foundOn', '恢复联系日期不能早于失联日期'));
export type LostSaveInput = z.output<typeof lostSaveInput>;

export interface LostRow {
  id: number;
  memberId: number;
  name: string;
  branchName: string;
  partyStatus: string;
  lostOn: string;
  searchMade: string | null;
  foundOn: string | null;
  note: string | null;
  stage: LostStage;
  /** A 预备党员 on the list's day (取消预备党员资格, not 停止党籍). */
  probationary: boolean;
  /** The 停止党籍 decision in force on the list's day, if any. */
  stoppedOn: string | null;
  /** The day it may be put under 停止党籍 (lostOn + the local rule's months). */
  suspendFrom: string;
  /** The day 自行脱党 handling is due: 2 years after the recorded 停止党籍 (null until one is recorded). */
  lapseFrom: string | null;
}

export interface LostPage {
  asOf: string;
  lostMonths: number;
  rows: LostRow[];
}

// ---- 关怀慰问 ------------------------------------------------------------------------

export const visitsInput = z.object({ year: yearField, memberId: optionalRecordId('党员') });

export const visitInput = z.object({
  memberId: recordId('党员'),
  visitedOn: requiredDate('慰问日期'),
  occasion: requiredChoice('慰问时机', CARE_OCCASIONS),
  visitors: requiredText('慰问人', 100),
  moneyFen: fenField('慰问金'),
  goods: optionalText('慰问物品', 200),
  fundSource: optionalText('经费来源', 100),
  note: optionalLongText('备注', 500),
});
export type VisitInput = z.output<typeof visitInput>;
export const voidVisitInput = voidInput('慰问记录');

export interface VisitRow {
  id: number;
  memberId: number;
  name: string;
  branchName: string;
  visitedOn: string;
  occasion: CareOccasion;
  visitors: string;
  moneyFen: number;
  goods: string | null;
  fundSource: string | null;
  note: string | null;
  voidedAt: string | null;
  voidReason: string | null;
}

export interface VisitsPage {
  year: number;
  /** Voided rows are listed, never summed. */
  rows: VisitRow[];
  count: number;
  members: number;
  totalFen: number;
}

export const notVisitedInput = z.object({ year: yearField });

export interface NotVisitedRow {
  memberId: number;
  name: string;
  branchName: string;
  birthDate: string;
  /** Age on 12-31 of the year. */
  age: number | null;
  groups: CareGroup[];
  phone: string | null;
}

export interface NotVisitedPage {
  year: number;
  veteranAge: number;
  rows: NotVisitedRow[];
}

// ---- 光荣在党50年 --------------------------------------------------------------------

/** One page of a year's list: at street scale (43,000 members) it holds ~5,000 people. */
export const honorInput = z.object({
  year: yearField,
  page: z.number().int().min(1, '页码应从1开始').default(1),
  pageSize: z.number().int().min(1).max(200, '每页最多200条').default(50),
});

export const medalInput = z.object({
  memberId: recordId('党员'),
  year: yearField,
  presentedOn: requiredDate('颁发日期'),
});
export type MedalInput = z.output<typeof medalInput>;

export interface HonorRow {
  memberId: number;
  name: string;
  gender: (typeof GENDERS)[number];
  birthDate: string;
  branchName: string;
  joinedOn: string;
  /** Null for a member admitted without a 预备期 (1969-04-14 … 1977-08-17) whose 转正日期 was never typed. */
  fullMemberOn: string | null;
  /** The day 党龄 runs from: 转正日期, or 入党 for those admitted without a 预备期 (api/rules/care.ts). */
  partyFrom: string;
  /** partyFrom + 50 years: the day 党龄 reaches 50. */
  reachedOn: string;
  partyYears: number;
  /** The 纪念章, when presented (possibly in an earlier year's list). */
  medalYear: number | null;
  presentedOn: string | null;
}

/** The whole year's list (the export, the package, 关怀提醒); the page reads one page of it. */
export interface HonorList {
  year: number;
  /** Members reaching 50 years by 07-01 of the year and not awarded in an earlier year. */
  rows: HonorRow[];
  /**
   * 待核对: 正式党员 on the roster on 07-01 with 党籍 正常, 入党 50 years or more before it, but no
   * 转正日期 — their 党龄 cannot be counted, so they are listed for the secretary to complete.
   */
  toCheck: HonorCheckRow[];
}

export interface HonorPage {
  year: number;
  /** One page of the list (HonorList.rows), in its order. */
  rows: HonorRow[];
  page: number;
  pageSize: number;
  /** The whole list: how many, and how many of them have their 纪念章. */
  total: number;
  presented: number;
  /** HonorList.toCheck, whole: the people whose 转正日期 is to be completed. */
  toCheck: HonorCheckRow[];
}

export interface HonorCheckRow {
  memberId: number;
  name: string;
  gender: (typeof GENDERS)[number];
  birthDate: string;
  branchName: string;
  joinedOn: string;
  /** Full years from 入党 to 07-01. */
  joinedYears: number;
}

// ---- 党员中心户 ----------------------------------------------------------------------

export const centersInput = z.object({ asOf: asOfField, includeEnded: z.boolean().default(false) });

export const centerInput = z
  .object({
    id: optionalRecordId('中心户记录'),
    memberId: recordId('党员'),
    building: requiredText('楼栋', 50),
    households: z
      .number({ error: fillIn('联系户数') })
      .int('联系户数应为整数')
      .min(0, '联系户数不能为负数')
      .max(999, '联系户数过大'),
    householdNames: optionalLongText('联系户名单', 2000),
    fromOn: requiredDate('设立日期'),
    toOn: optionalDate('撤销日期'),
    note: optionalLongText('备注', 500),
  })
  .superRefine(later('fromOn', 'toOn', '撤销日期不能早于设立日期'));
export type CenterInput = z.output<typeof centerInput>;

export interface CenterRow {
  id: number;
  memberId: number;
  name: string;
  branchId: number;
  branchName: string;
  phone: string | null;
  building: string;
  households: number;
  householdNames: string | null;
  fromOn: string;
  toOn: string | null;
  note: string | null;
}

export interface CentersPage {
  asOf: string;
  rows: CenterRow[];
  /** 党员中心户 and 联系户 per branch, on the list's day. */
  byBranch: { orgId: number; orgName: string; centers: number; households: number }[];
}

// ---- local rules (系统设置) -----------------------------------------------------------

export interface CareRules {
  /** 失联 months after which 停止党籍 may be considered (本地默认值 6). */
  lostMonths: number;
  /** Age from which a member counts as 老党员 for the 未慰问 list (本地默认值 80). */
  veteranAge: number;
  /** Which values are still the shipped defaults (the UI says 本地默认值). */
  isDefault: { lostMonths: boolean; veteranAge: boolean };
}

export const careRulesInput = z.object({
  lostMonths: z.number({ error: '请填写失联月数' }).int('失联月数应为整数').min(1, '失联月数为1到60').max(60, '失联月数为1到60'),
  veteranAge: z.number({ error: '请填写老党员年龄' }).int('老党员年龄应为整数').min(50, '老党员年龄为50到100').max(100, '老党员年龄为50到100'),
});

// ---- 首页 ----------------------------------------------------------------------------

export interface CareReminders {
  today: string;
  /** 流出 members out today with no contact for 6 months, longest first. */
  uncontacted: { memberId: number; name: string; branchName: string; flowOutId: number; place: string; lastContactOn: string | null; since: string }[];
  uncontactedTotal: number;
  /** 失联 records past the 停止党籍 point. */
  lost: { memberId: number; name: string; branchName: string; lostId: number; lostOn: string; stage: LostStage }[];
  lostTotal: number;
  /** This year's 光荣在党50年 members without a presented 纪念章. */
  honorPending: number;
  /** This year's 未慰问 困难党员, 老党员 and 年老体弱 members. */
  notVisited: number;
}

// ---- forms ---------------------------------------------------------------------------

export const flowRegisterInput = z.object({ asOf: asOfField, maskPhones: z.boolean().default(false) });
export const careVisitsExportInput = z.object({ year: yearField });
export const honorExportInput = z.object({ year: yearField });
export const centersExportInput = z.object({ asOf: asOfField, maskPhones: z.boolean().default(false) });

/** The meeting-side view of a 流入 person listed as a guest. */
export interface MeetingGuest {
  flowInId: number;
  name: string;
  homeOrg: string;
}

/** Everything the registers hold about one member (the member drawer's 关怀 section). */
export const memberCareInput = z.object({ memberId: recordId('党员') });
export interface MemberCare {
  memberId: number;
  flows: FlowOutRow[];
  lost: LostRow[];
  visits: VisitRow[];
  medal: { year: number; presentedOn: string } | null;
  /** 光荣在党50年: the year the member reaches (or reached) 50 years, when 转正 is known. */
  honorYear: number | null;
  centers: CenterRow[];
}
