// Inputs and outputs of the 发展党员 calls (shared/DOMAIN.md "发展党员", docs/development.md).
// Dates are 'YYYY-MM-DD'. A person's stage is derived from their live records, never stored.
import { z } from 'zod';
import { DEV_LEAVE_REASONS, DEV_STEP_CODES, PERSON_STAGES, type DevRole, type DevStepKind, type PersonStage } from '../development';
import { EDUCATIONS, GENDERS } from '../enums';
import { normalizeIdNumber } from '../rules/idNumber';
import type { Attachment } from './reports';
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

export interface DevStep {
  code: string;
  /** The 细则's stage, 1..5 (DEV_STAGE_NAMES). */
  stage: number;
  seq: number;
  name: string;
  /** The shipped name, so the UI can offer 恢复默认. */
  defaultName: string;
  kind: DevStepKind;
  role: DevRole | null;
}

const count = (label: string) =>
  z
    .number({ error: `请填写${label}` })
    .int(`${label}应为整数`)
    .min(0, `${label}不能为负数`)
    .max(100000, `${label}过大`);

const personFields = z.object({
  name: requiredText('姓名', 30),
  gender: requiredChoice('性别', GENDERS),
  ethnicity: optionalText('民族', 20),
  birthDate: optionalDate('出生日期'),
  idNumber: z
    .string({ error: '公民身份号码应为文字' })
    .nullish()
    .transform((v) => (v == null ? null : normalizeIdNumber(v)))
    .transform((v) => (v === '' ? null : v)),
  education: optionalChoice('学历', EDUCATIONS),
  workUnit: optionalText('工作单位及职务', 100),
  phone: phone('联系电话'),
  /** The branch that receives and trains the person. */
  orgId: recordId('所在党支部'),
  note: optionalLongText('备注', 1000),
});
export const devCreateInput = personFields;
export type DevPersonInput = z.output<typeof personFields>;
export const devUpdateInput = personFields.extend({ id: recordId('发展对象') });

export const devListInput = z.object({
  stage: z
    .enum(PERSON_STAGES, { error: '请从列表中选择发展阶段' })
    .nullish()
    .transform((v) => v ?? null),
  orgId: optionalRecordId('组织'),
  includeLeft: z.boolean().default(false),
});
export type DevListQuery = z.output<typeof devListInput>;

export const devVoteInput = z
  .object({
    /** 应到会有表决权的正式党员 (the admission needs more than half of them in favour). */
    dueFull: count('应到会正式党员人数'),
    /** 应到会有表决权的人数 (more than half must attend). */
    dueVoting: count('应到会有表决权人数'),
    presentVoting: count('实到会有表决权人数'),
    inFavour: count('赞成票'),
    against: count('反对票'),
    abstain: count('弃权票'),
  })
  .refine((v) => v.presentVoting <= v.dueVoting, { message: '实到会人数不能多于应到会人数', path: ['presentVoting'] })
  .refine((v) => v.inFavour + v.against + v.abstain <= v.presentVoting, { message: '赞成、反对、弃权票之和不能多于实到会有表决权人数', path: ['inFavour'] });
export type DevVote = z.output<typeof devVoteInput>;

export const devRecordInput = z.object({
  personId: recordId('发展对象'),
  stepCode: z.enum(DEV_STEP_CODES, { error: '请选择步骤' }),
  doneOn: requiredDate('日期'),
  /** The last day of a range (集中培训, 公示). */
  endOn: optionalDate('结束日期'),
  hours: z
    .number({ error: '学时应为数字' })
    .min(0, '学时不能为负数')
    .max(1000, '学时过大')
    .nullish()
    .transform((v) => v ?? null),
  /** 入党志愿书编号. */
  docNo: optionalText('志愿书编号', 50),
  /** Roster members in the step's role (培养联系人, 入党介绍人, 谈话人). */
  memberIds: z.array(recordId('党员')).max(10, '人数过多').default([]),
  /** 谈话人 typed by name (not on this roster: the 上级党委's 组织员 …), separated by 、 or commas. */
  typedPeople: optionalText('谈话人姓名', 60),
  vote: devVoteInput.nullish().transform((v) => v ?? null),
  /** 延长审批原因: required when the 上级党委 approves 3 to 6 months after the 支部大会. */
  reason: optionalText('原因', 200),
  note: optionalLongText('备注', 1000),
});
export type DevRecordInput = z.output<typeof devRecordInput>;

export const devVoidInput = z.object({ id: recordId('步骤记录'), reason: requiredText('作废原因', 200) });
export const devLeaveInput = z.object({
  id: recordId('发展对象'),
  on: requiredDate('退出日期'),
  reason: requiredChoice('退出原因', DEV_LEAVE_REASONS),
  note: optionalText('说明', 200),
});

export const devPlanInput = z.object({ year: yearField });
export const devSavePlanInput = z.object({
  year: yearField,
  /** null = the whole community's quota. */
  orgId: optionalRecordId('组织'),
  quota: count('发展计划名额'),
  note: optionalText('备注', 200),
});
export const devStepNameInput = z.object({ code: z.enum(DEV_STEP_CODES, { error: '请选择步骤' }), name: requiredText('步骤名称', 40) });
export const devProposeVoteInput = z.object({ personId: recordId('发展对象'), on: requiredDate('支部大会日期') });
export const devPersonInput = z.object({ id: recordId('发展对象') });

export interface DevRecordPerson {
  /** null: a 谈话人 typed by name, not on the roster. */
  memberId: number | null;
  name: string;
  role: DevRole;
}

export interface DevRecord {
  id: number;
  stepCode: string;
  stepName: string;
  doneOn: string;
  endOn: string | null;
  hours: number | null;
  docNo: string | null;
  reason: string | null;
  /** Stored when the step was recorded late (谈话 after a month, 审批 after six months). */
  warning: string | null;
  note: string | null;
  people: DevRecordPerson[];
  vote: DevVote | null;
  voidedAt: string | null;
  voidReason: string | null;
  createdAt: string;
}

/** A step the person is due for (or overdue with): the file's "下一步" and 首页's reminders. */
export interface DevDue {
  code: string;
  name: string;
  /** The last day (谈话, 审批, 转正) or the day it falls due (考察, 满一年). */
  dueOn: string;
  overdue: boolean;
  message: string;
}

export interface DevPersonRow {
  id: number;
  name: string;
  gender: string;
  ethnicity: string | null;
  birthDate: string | null;
  education: string | null;
  workUnit: string | null;
  orgId: number;
  orgName: string;
  stage: PersonStage;
  appliedOn: string | null;
  activistOn: string | null;
  candidateOn: string | null;
  /** 支部大会 date = 入党日期 once approved. */
  admittedOn: string | null;
  approvedOn: string | null;
  regularOn: string | null;
  mentors: string[];
  sponsors: string[];
  memberId: number | null;
  leftOn: string | null;
  leftReason: string | null;
  next: DevDue | null;
}

export interface DevPersonFile {
  person: DevPersonRow & { idNumber: string | null; phone: string | null; note: string | null; leftNote: string | null; createdAt: string };
  /** Every record, voided ones included (marked), in step order then date. */
  records: DevRecord[];
  documents: Attachment[];
  due: DevDue[];
}

export interface DevRecordResult {
  file: DevPersonFile;
  /** The warning stored on the record just made, to show once. */
  warning: string | null;
}

export interface DevPlanRow {
  orgId: number | null;
  orgName: string;
  quota: number;
  note: string | null;
}

export interface DevYearCounts {
  applied: number;
  activists: number;
  candidates: number;
  /** Admitted as 预备党员 (上级党委审批) in the year. */
  admitted: number;
  regular: number;
  left: number;
}

export interface DevPlan {
  year: number;
  closed: boolean;
  plans: DevPlanRow[];
  /** The whole community's quota (its own row, else the sum of the branches'). */
  quota: number;
  /** The year's new entries at each step. */
  counts: DevYearCounts;
  /** People at each stage at the end of the year (today for the current year). */
  byStage: Record<PersonStage, number>;
}

export interface DevVoteProposal {
  on: string;
  orgId: number;
  dueFull: number;
  dueVoting: number;
}

export interface HomeDevReminder extends DevDue {
  personId: number;
  personName: string;
  orgName: string;
}

/** home.developmentReminders: due this month or overdue, most urgent first. */
export interface HomeDevReminders {
  asOf: string;
  items: HomeDevReminder[];
  total: number;
}

export const devRosterInput = z.object({
  stage: z.enum(PERSON_STAGES, { error: '请选择发展阶段' }),
  orgId: optionalRecordId('组织'),
});
export const devProgressInput = z.object({ orgId: optionalRecordId('组织') });
export const devStatsInput = z.object({ year: yearField });
export const devRecordExportInput = z.object({ personId: recordId('发展对象') });
