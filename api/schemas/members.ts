import { z } from 'zod';
import { ID_NUMBER_NEEDED, REASON_NEEDED, REASON_NEEDED_CHANGES } from '../vocab/messages';
import {
  COMMUNITY_CLASSES,
  EDUCATIONS,
  GENDERS,
  LEAVE_REASONS,
  MEMBER_CATEGORIES,
  type MemberFact,
  PARTY_STATUSES,
  SORTABLE_MEMBER_FIELDS,
  STATUS_CHANGES,
  type MemberEventKind,
} from '../enums';
import { memberProblems } from '../rules/member';
import { normalizeIdNumber } from '../rules/idNumber';
import { isIsoDate } from '../rules/dates';
import { approvalProblem } from '../rules/probation';
import { PARTY_EXIT_KINDS } from '../rules/census';
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

const flag = z.boolean({ error: '应为是或否' }).default(false);

export const memberFields = z.object({
  name: requiredText('姓名', 30),
  gender: requiredChoice('性别', GENDERS),
  ethnicity: optionalText('民族', 20),
  birthDate: requiredDate('出生日期'),
  idNumber: z.string({ error: ID_NUMBER_NEEDED }).transform(normalizeIdNumber).pipe(z.string().min(1, ID_NUMBER_NEEDED)),
  education: optionalChoice('学历', EDUCATIONS),
  joinedOn: requiredDate('入党日期'),
  fullMemberOn: optionalDate('转正日期'),
  category: requiredChoice('人员类别', MEMBER_CATEGORIES),
  communityClass: requiredChoice('社区分类', COMMUNITY_CLASSES),
  branchId: recordId('所在党支部'),
  groupId: optionalRecordId('所在党小组'),
  partyPost: optionalText('党内职务', 50),
  workUnit: optionalText('工作单位及职务', 100),
  residenceCommunity: optionalText('居住小区', 50),
  building: optionalText('楼栋', 20),
  room: optionalText('房号', 20),
  phone: phone('联系电话'),
  flowDestination: optionalText('流动去向', 100),
  lostContactOn: optionalDate('失联日期'),
  isCenterHousehold: flag,
  isInDifficulty: flag,
  isVeteran: flag,
  isFrail: flag,
  duesPaidThrough: z
    .string()
    .nullish()
    .transform((v) => (v == null || v.trim() === '' ? null : v.trim()))
    .refine((v) => v === null || /^\d{4}-(0[1-9]|1[0-2])$/.test(v), '党费交纳至应为年-月，如 2026-06'),
  note: optionalLongText('备注', 1000),
});

/** Runs the shared cross-field rules; warnings do not block, errors do. */
function refineMember(value: z.output<typeof memberFields>, ctx: z.RefinementCtx) {
  for (const p of memberProblems(value)) {
    if (p.level === 'error') ctx.addIssue({ code: 'custom', path: [p.field], message: p.message });
  }
}

const transferIn = z
  .object({
    occurredOn: requiredDate('转入日期'),
    fromPlace: requiredText('转出单位（从何处转入）', 100),
    letterNo: optionalText('介绍信编号', 50),
  })
  .nullish()
  .transform((v) => v ?? null);

export const memberCreateInput = memberFields.extend({ transferIn }).superRefine(refineMember);
/** `effectiveOn`: the day a change of 支部, 党小组 or 社区分类 takes effect (today when empty). */
export const memberUpdateInput = memberFields.extend({ id: recordId('党员'), effectiveOn: optionalDate('变动日期') }).superRefine(refineMember);
export type MemberInput = z.output<typeof memberFields>;

export const memberStatusInput = z
  .object({
    id: recordId('党员'),
    change: requiredChoice('变更类型', STATUS_CHANGES),
    occurredOn: requiredDate('日期'),
    place: optionalText('转入/转出单位', 100),
    letterNo: optionalText('介绍信编号', 50),
    reason: optionalLongText('原因/说明', 500),
    extendedTo: optionalDate('延长后的预备期满日期'),
    /** 转正: recorded beside the 转正日期 (which is the day the 预备期 ends). */
    decidedOn: optionalDate('支部大会讨论日期'),
    approvedOn: optionalDate('上级党委审批日期'),
    /** 出党: which of 开除党籍, 除名, 劝退, 退党 (党内统计 counts each); optional for callers from before it was asked. */
    exitKind: optionalChoice('出党方式', PARTY_EXIT_KINDS),
  })
  .superRefine((v, ctx) => {
    const need = (ok: unknown, path: string, message: string) => {
      if (!ok) ctx.addIssue({ code: 'custom', path: [path], message });
    };
    if (v.change === '转出') need(v.place, 'place', '请填写转往的党组织');
    if (v.change === '转入') need(v.place, 'place', '请填写从哪个党组织转入');
    if (REASON_NEEDED_CHANGES.includes(v.change)) need(v.reason, 'reason', REASON_NEEDED);
    if (v.change === '延长预备期') need(v.extendedTo, 'extendedTo', '请填写延长后的预备期满日期');
    // A date that is not a calendar day (2026-02-30) already has its own message; the 3 months
    // are counted only between real days.
    if (v.change === '转正' && [v.decidedOn, v.approvedOn].every((d) => d === null || isIsoDate(d))) {
      const problem = approvalProblem(v.decidedOn, v.approvedOn);
      need(!problem, problem?.field ?? 'approvedOn', problem?.message ?? '');
    }
  });

export const memberListInput = z.object({
  view: z.enum(['roster', 'history']).default('roster'),
  branchId: optionalRecordId('党支部'),
  groupId: optionalRecordId('党小组'),
  category: optionalChoice('人员类别', MEMBER_CATEGORIES),
  partyStatus: optionalChoice('党籍状态', PARTY_STATUSES),
  communityClass: optionalChoice('社区分类', COMMUNITY_CLASSES),
  keyword: optionalText('关键词', 50),
  sortBy: z.enum(SORTABLE_MEMBER_FIELDS).default('branch'),
  sortOrder: z.enum(['asc', 'desc']).default('asc'),
  page: z.number().int().min(1, '页码应从1开始').default(1),
  pageSize: z.number().int().min(1).max(200, '每页最多200条').default(20),
});
export type MemberListQuery = z.output<typeof memberListInput>;

export interface MemberRow extends MemberInput {
  id: number;
  partyStatus: (typeof PARTY_STATUSES)[number];
  partyStatusOn: string | null;
  probationExtendedTo: string | null;
  leftOn: string | null;
  leftReason: (typeof LEAVE_REASONS)[number] | null;
  branchName: string;
  groupName: string | null;
  /** Computed as of today. */
  age: number | null;
  /** 党龄, counted from 转正日期. */
  partyYears: number | null;
}

export interface MemberEvent {
  id: number;
  kind: MemberEventKind;
  occurredOn: string;
  place: string | null;
  letterNo: string | null;
  reason: string | null;
  /** 转正: the 支部大会's date and the 上级党委's approval date. */
  decidedOn: string | null;
  approvedOn: string | null;
  /** 更正: the interval corrected, and its boundary's old and new dates. */
  factId: number | null;
  oldOn: string | null;
  newOn: string | null;
  createdAt: string;
}

/** One value a dated fact held, and when (validTo exclusive; null while it holds). */
export interface MemberFactSpan {
  id: number;
  fact: MemberFact;
  /** 所在党支部, 人员类别, … */
  label: string;
  value: string;
  /** What to show: the organisation's name for 支部 and 党小组, the value itself otherwise. */
  valueText: string;
  validFrom: string;
  validTo: string | null;
}

/** A member's timeline: every fact's intervals and every event, oldest first. */
export interface MemberHistory {
  memberId: number;
  name: string;
  facts: MemberFactSpan[];
  events: MemberEvent[];
}

/** What the 转正 dialog proposes (db/members/probation.ts). */
export interface ProbationProposal {
  memberId: number;
  joinedOn: string;
  /** 入党 + 1 year. */
  normalEnd: string;
  extendedTo: string | null;
  /** The proposed 转正日期: the day the 预备期 ends. */
  fullMemberOn: string;
  /** The 预备期 has ended by today (a 转正 dated in the future is refused). */
  canConvertNow: boolean;
  /** The range an extension may end in; null once extended (only once). */
  extension: { earliest: string; latest: string } | null;
}

export const factCorrectionInput = z.object({
  id: recordId('党员'),
  factId: recordId('变动记录'),
  /** Which end of the interval moves: its start, or its end (a 转出 or death date). */
  edge: z.enum(['from', 'to'], { error: '请选择更正起始日期还是结束日期' }).default('from'),
  newOn: requiredDate('更正后的日期'),
  reason: requiredText('更正原因', 500),
});

export interface MemberDetail extends MemberRow {
  events: MemberEvent[];
  probationDueOn: string | null;
  /**
   * 党费交纳至 derived from the dues ledger: from the typed opening (duesPaidThrough, months
   * paid before the ledger kept dues), the last month up to which every owed month is paid.
   */
  duesPaidThroughDerived: string | null;
}

export interface SaveMemberResult {
  id: number;
  /** Non-blocking findings (e.g. 性别 differs from the 身份证号) to show after saving. */
  warnings: string[];
}
