// Inputs and outputs of 积分, 评星定级, 民主评议 and 年度封账 calls.
import { z } from 'zod';
import { MEETING_TYPES } from '../meetingTypes';
import { APPRAISAL_GRADES, DISPOSALS, RULE_APPLIES_TO, RULE_CATEGORIES, RULE_SOURCES, type AppraisalGrade, type StarLevel } from '../points';
import { optionalChoice, optionalDate, optionalLongText, optionalRecordId, optionalText, recordId, requiredChoice, requiredDate, requiredText } from './fields';

export const yearField = z.number({ error: '请选择年度' }).int('请选择年度').min(1949, '年度不正确').max(2200, '年度不正确');
export const yearInput = z.object({ year: yearField });

const number = (label: string) => z.number({ error: `${label}应为数字` }).finite(`${label}应为数字`);

export const pointRuleInput = z.object({
  id: z
    .number()
    .int()
    .positive()
    .nullish()
    .transform((v) => v ?? null),
  year: yearField,
  code: requiredText('编码', 20).pipe(z.string().regex(/^[A-Za-z0-9_-]+$/, '编码只能包含字母、数字、- 和 _')),
  name: requiredText('名称', 40),
  category: requiredChoice('类别', RULE_CATEGORIES),
  points: number('分值').min(-100, '分值应在 -100 到 100 之间').max(100, '分值应在 -100 到 100 之间'),
  perHours: number('每多少小时')
    .positive('每多少小时应大于 0')
    .nullish()
    .transform((v) => v ?? null),
  cap: number('年度上限')
    .positive('年度上限应大于 0，不设上限请留空')
    .nullish()
    .transform((v) => v ?? null),
  source: requiredChoice('来源', RULE_SOURCES),
  meetingTypes: z.array(requiredChoice('会议类型', MEETING_TYPES)).default([]),
  appliesTo: requiredChoice('适用对象', RULE_APPLIES_TO).default('党员'),
  active: z.boolean().default(true),
});
export type PointRuleInput = z.output<typeof pointRuleInput>;

export interface PointRule {
  id: number;
  year: number;
  code: string;
  name: string;
  category: (typeof RULE_CATEGORIES)[number];
  points: number;
  perHours: number | null;
  cap: number | null;
  source: (typeof RULE_SOURCES)[number];
  meetingTypes: string[];
  appliesTo: string;
  active: boolean;
}

export const copySchemeInput = z.object({ from: yearField, to: yearField }).refine((v) => v.from !== v.to, { message: '请选择另一个年度', path: ['to'] });

export const starsInput = z.object({
  year: yearField,
  levels: z
    .array(z.object({ stars: z.number().int().min(1).max(5), minPoints: number('分数线') }))
    .min(1, '请至少设置一个星级')
    .refine((l) => new Set(l.map((x) => x.stars)).size === l.length, '星级不能重复'),
});

export const manualEntryInput = z.object({
  memberId: recordId('党员'),
  ruleId: recordId('积分规则'),
  occurredOn: requiredDate('日期'),
  points: number('分值')
    .nullish()
    .transform((v) => v ?? null),
  reason: requiredText('事由', 200),
  operator: requiredText('经办人', 30),
});

export const reverseInput = z.object({ id: recordId('积分记录'), reason: requiredText('冲销原因', 200), operator: requiredText('经办人', 30) });

export const exclusionInput = z.object({
  memberId: recordId('党员'),
  year: yearField,
  /** null removes the mark. */
  reason: optionalText('不参加积分的原因', 100),
});

export interface StandingRow {
  memberId: number;
  name: string;
  branchId: number;
  branchName: string;
  excludedReason: string | null;
  base: number;
  /** 加分 per rule id. */
  byRule: Record<number, number>;
  bonus: number;
  deductions: number;
  vetoed: boolean;
  total: number;
  rank: number | null;
  branchRank: number | null;
  stars: number | null;
}

export interface PointStandings {
  year: number;
  rules: PointRule[];
  stars: StarLevel[];
  rows: StandingRow[];
}

/** One page of the ranking: the whole community's, or one branch's with branch ranks. */
export const standingsInput = z.object({
  year: yearField,
  branchId: optionalRecordId('党支部'),
  keyword: optionalText('姓名', 20),
  page: z.number().int().min(1, '页码应从1开始').default(1),
  pageSize: z.number().int().min(1).max(200, '每页最多200条').default(50),
});
export type StandingsQuery = z.output<typeof standingsInput>;

export interface StandingsPage {
  year: number;
  rules: PointRule[];
  stars: StarLevel[];
  /** The branches that have anyone in the year's ranking, for the filter. */
  branches: { id: number; name: string }[];
  rows: StandingRow[];
  /** Rows matching the filter, over all pages. */
  total: number;
}

export interface StatementEntry {
  id: number;
  occurredOn: string;
  ruleName: string;
  category: string;
  points: number;
  running: number;
  auto: boolean;
  sourceKind: string;
  sourceId: number | null;
  sourceLabel: string | null;
  reason: string | null;
  operator: string | null;
  reversible: boolean;
  isReversal: boolean;
}

export interface PointStatement {
  memberId: number;
  name: string;
  branchName: string;
  year: number;
  entries: StatementEntry[];
  sum: number;
  vetoed: boolean;
  total: number;
}

export const appraisalCreateInput = z.object({ year: yearField, orgId: recordId('党支部'), heldOn: optionalDate('评议日期') });
export const appraisalRef = z.object({ year: yearField, orgId: recordId('党支部') });

export const appraisalEntryInput = z.object({
  appraisalId: recordId('评议批次'),
  memberId: recordId('党员'),
  absentReason: optionalText('未参评原因', 100),
  selfResult: optionalLongText('个人自评', 500),
  peerResult: optionalLongText('党员互评', 500),
  ratingResult: optionalLongText('民主测评', 500),
  grade: optionalChoice('评定等次', APPRAISAL_GRADES),
  reason: optionalText('评定理由', 200),
  disposal: optionalChoice('处置方式', DISPOSALS),
  disposalNote: optionalLongText('处置情况', 500),
});
export type AppraisalEntryInput = z.output<typeof appraisalEntryInput>;

export interface AppraisalRow {
  memberId: number;
  name: string;
  absentReason: string | null;
  attendanceRate: number | null;
  points: number | null;
  stars: number | null;
  activities: number;
  /** A 预备党员 on the appraisal's day: takes part, is not graded. */
  probationary: boolean;
  /** Null for a 预备党员. */
  suggested: AppraisalGrade | null;
  selfResult: string | null;
  peerResult: string | null;
  ratingResult: string | null;
  grade: AppraisalGrade | null;
  reason: string | null;
  disposal: string | null;
  disposalNote: string | null;
}

export interface AppraisalBatch {
  id: number;
  year: number;
  orgId: number;
  orgName: string;
  heldOn: string | null;
  rows: AppraisalRow[];
  /** Grades count 正式党员 only; `probationary` are the 预备党员 taking part without a grade. */
  counts: {
    total: number;
    appraised: number;
    absent: number;
    probationary: number;
    优秀: number;
    合格: number;
    基本合格: number;
    不合格: number;
    ungraded: number;
  };
  warning: string | null;
}

export interface AppraisalOverview {
  year: number;
  branches: { orgId: number; orgName: string; members: number; batch: AppraisalBatch | null }[];
}

export const closeYearInput = z.object({ year: yearField, operator: requiredText('经办人', 30) });
export const reopenYearInput = z.object({ year: yearField, reason: requiredText('重新开启的原因', 200), operator: requiredText('经办人', 30) });

export interface YearStatus {
  closedYears: number[];
  events: { id: number; year: number; action: string; reason: string | null; operator: string | null; at: string }[];
}
