import { z } from 'zod';
import { fillIn, LECTURE_TITLE_NEEDED, MEETING_TYPE_NEEDED, MEETING_TYPES_NEEDED } from '../vocab/messages';
import { ATTENDANCE_STATUSES, EXCLUDED, MEETING_TYPES, PERIODS, type AttendanceStatus, type MeetingRule, type MeetingType } from '../meetingTypes';
import { optionalDate, optionalLongText, optionalRecordId, optionalText, recordId, requiredDate, requiredText } from './fields';
import type { MeetingGuest } from './care';
import { parseMakeUpPeriod } from '../rules/makeUpPeriod';

const attendanceEntry = z.object({
  memberId: recordId('党员'),
  status: z.enum(ATTENDANCE_STATUSES, { error: '出勤情况应为出席、请假、缺席或不计应到' }),
  reason: optionalText('原因', 200),
  /** 不计应到 at an election: the 上级党组织 has agreed (选举工作条例). Ignored for other statuses. */
  approvedByHigher: z.boolean().default(false),
});

export const meetingInput = z
  .object({
    id: optionalRecordId('会议记录'),
    orgId: recordId('组织'),
    types: z.array(z.enum(MEETING_TYPES, { error: MEETING_TYPE_NEEDED })).min(1, MEETING_TYPES_NEEDED),
    seq: z
      .number()
      .int()
      .positive('第几次应为正整数')
      .nullish()
      .transform((v) => v ?? null),
    plannedOn: optionalDate('计划日期'),
    heldOn: requiredDate('召开日期'),
    startTime: optionalText('开始时间', 10).refine((v) => v === null || /^\d{1,2}:\d{2}$/.test(v), '开始时间应写作 14:30'),
    durationMinutes: z
      .number()
      .int()
      .min(1, '时长应大于0')
      .max(1440)
      .nullish()
      .transform((v) => v ?? null),
    place: optionalText('地点', 100),
    host: optionalText('主持人', 30),
    recorder: optionalText('记录人', 30),
    lecturer: optionalText('授课人', 30),
    lectureTitle: optionalText('党课题目', 100),
    agenda: optionalLongText('议题', 2000),
    content: optionalLongText('内容/发言要点', 20000),
    dissent: optionalLongText('不同意见', 2000),
    resolution: optionalLongText('决议', 2000),
    observers: optionalText('列席人员', 200),
    isElection: z.boolean().default(false),
    // Typed as people say it (2026年第1季度, 2026年3月), kept as the compliance period's key (2026-Q1, 2026-03).
    makeUpFor: optionalText('补开的期间', 16)
      .transform((v) => (v === null ? null : (parseMakeUpPeriod(v) ?? v)))
      .refine((v) => v === null || /^\d{4}(-Q[1-4]|-\d{2})?$/.test(v), '补开的期间应写作 2026年第1季度 或 2026年3月'),
    attendance: z.array(attendanceEntry).default([]),
    /** 流入党员 (care.flowIns ids) listed at the meeting as guests: never in 应到, 实到 or 出勤率. */
    guests: z.array(recordId('流入党员')).max(200, '列席的流入党员最多200人').default([]),
  })
  .superRefine((v, ctx) => {
    if (v.types.includes('党课') && !v.lectureTitle) ctx.addIssue({ code: 'custom', path: ['lectureTitle'], message: LECTURE_TITLE_NEEDED });
    // 不计应到 without a reason is refused by the ledger, which knows the person's name.
    const absentWithoutReason = v.attendance.find((a) => a.status !== '出席' && a.status !== EXCLUDED && !a.reason);
    if (absentWithoutReason) ctx.addIssue({ code: 'custom', path: ['attendance'], message: '请假或缺席的人员请填写原因' });
  });
export type MeetingInput = z.output<typeof meetingInput>;

/** 作废: a meeting record is never deleted; it is voided with the reason, kept and shown. */
export const meetingVoidInput = z.object({ id: recordId('会议记录'), reason: requiredText('作废原因', 200) });

export const meetingListInput = z.object({
  year: z.number().int().min(1949).max(2200),
  orgId: optionalRecordId('组织'),
  type: z
    .enum(MEETING_TYPES)
    .nullish()
    .transform((v) => v ?? null),
});

export const expectedInput = z.object({
  orgId: recordId('组织'),
  types: z.array(z.enum(MEETING_TYPES)).min(1, MEETING_TYPES_NEEDED),
  heldOn: requiredDate('召开日期'),
});

export const complianceInput = z.object({ year: z.number().int().min(1949).max(2200) });

export const exemptionInput = z.object({
  orgId: recordId('组织'),
  type: z.enum(MEETING_TYPES, { error: MEETING_TYPE_NEEDED }),
  year: z
    .number()
    .int()
    .nullish()
    .transform((v) => v ?? null),
  reason: z.string().trim().min(1, fillIn('豁免原因')).max(200),
});

export const rulesInput = z.object({
  rules: z.array(z.object({ type: z.enum(MEETING_TYPES), period: z.enum(PERIODS), minCount: z.number().int().min(0, '次数不能为负').max(31) })),
});

export interface ExpectedPerson {
  memberId: number;
  name: string;
  category: string;
}

export interface AttendanceRow {
  memberId: number;
  name: string;
  category: string;
  status: AttendanceStatus;
  reason: string | null;
  /** Only for 不计应到: the 上级党组织 agreed, which an election needs. */
  approvedByHigher: boolean;
}

export interface MeetingSummary {
  id: number;
  orgId: number;
  orgName: string;
  types: MeetingType[];
  seq: number | null;
  heldOn: string;
  place: string | null;
  host: string | null;
  makeUpFor: string | null;
  /** 应到: the attendance list less those marked 不计应到. */
  expected: number;
  present: number;
  /** 0..1, null when nobody was expected. */
  rate: number | null;
  /** 作废: kept and listed as such, counted nowhere (compliance, attendance, points, forms). */
  voidedAt: string | null;
  voidReason: string | null;
}

export interface MeetingDetail extends Omit<MeetingInput, 'attendance' | 'id' | 'guests'> {
  id: number;
  orgName: string;
  attendance: AttendanceRow[];
  /** 流入党员 listed as guests, outside 应到/实到. */
  guests: MeetingGuest[];
  expected: number;
  present: number;
  rate: number | null;
  /** 作废 with its reason: shown as such, counted nowhere. */
  voidedAt: string | null;
  voidReason: string | null;
  warnings: string[];
}

/**
 * notRequired: the rule does not apply to the organisation in that period (a 支委会 of a branch with fewer than 7 正式党员).
 * beforeStart: the period ended before the ledger's 三会一课 start (建账前, docs/ledgerStart.md): not owed, not counted.
 */
export type CellStatus = 'held' | 'makeUp' | 'missing' | 'exempt' | 'notRequired' | 'due' | 'notYet' | 'beforeStart';

export interface ComplianceCell {
  period: string;
  label: string;
  required: number;
  held: number;
  status: CellStatus;
  /** Why a cell is notRequired, in words for the user. */
  note?: string;
}

export interface ComplianceRow {
  orgId: number;
  orgName: string;
  type: MeetingType;
  rule: MeetingRule;
  cells: ComplianceCell[];
  required: number;
  held: number;
  exemptReason: string | null;
}

export interface ComplianceMatrix {
  year: number;
  today: string;
  rows: ComplianceRow[];
  totals: { required: number; held: number; missing: number; due: number };
  /** The ledger's 三会一课 start (建账日期); null or absent: owed from the beginning. */
  meetingsFrom?: string | null;
}
