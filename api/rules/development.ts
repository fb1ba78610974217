// Time rules of 《中国共产党发展党员工作细则》(2014) for the 发展党员 steps. Pure: the record call
// refuses or warns with these messages, 首页 and the person's file show the same ones as
// reminders. Keyed by step code (api/development.ts); the step names are data and may differ.
import type { PersonStage } from '../development';
import { addMonths, addYears, daysBetween, fullYearsBetween, parseIsoDate } from './dates';
import { checkIdNumber } from './idNumber';
import { APPROVAL_MONTHS } from './probation';

export interface DevProblem {
  field: string;
  message: string;
}

/** 细则第五条: 年满十八岁 may apply. The birth date comes from the 身份证号 when one is given. */
export const MIN_APPLY_AGE = 18;

export function birthDateOf(birthDate: string | null, idNumber: string | null): string | null {
  if (idNumber) {
    const check = checkIdNumber(idNumber, '9999-12-31');
    if (check.ok) return check.birthDate;
  }
  return birthDate;
}

export function applyProblem(birthDate: string | null, on: string): DevProblem | null {
  if (!birthDate) return { field: 'doneOn', message: '请先填写申请人的出生日期或公民身份号码，以核对是否年满18周岁' };
  const age = fullYearsBetween(birthDate, on);
  if (age === null || age < MIN_APPLY_AGE) {
    return {
      field: 'doneOn',
      message: `递交入党申请书时应年满18周岁：出生日期${birthDate}，应在${addYears(birthDate, MIN_APPLY_AGE)}以后（《中国共产党发展党员工作细则》第五条）`,
    };
  }
  return null;
}

/** 细则第七条: the 党组织 talks with the applicant within one month of receiving the 申请书. */
export const talkDeadline = (appliedOn: string): string => addMonths(appliedOn, 1);

export function talkWarning(appliedOn: string, talkOn: string): string | null {
  const last = talkDeadline(appliedOn);
  return talkOn > last ? `谈话晚于收到入党申请书后一个月（应在${last}前，晚了${daysBetween(last, talkOn)}天）` : null;
}

/** 细则第十三条: 培养教育考察 every half year while 入党积极分子 or 发展对象. */
export const INSPECT_MONTHS = 6;
export const nextInspection = (lastOn: string): string => addMonths(lastOn, INSPECT_MONTHS);

/** 细则第十四条: 经过一年以上培养教育和考察 before the 积极分子 may be listed as 发展对象. */
export const candidateEarliest = (activistOn: string): string => addYears(activistOn, 1);

export function candidateProblem(activistOn: string, on: string): DevProblem | null {
  const earliest = candidateEarliest(activistOn);
  return on < earliest ? { field: 'doneOn', message: `确定为入党积极分子满一年后方可列为发展对象：积极分子确定于${activistOn}，最早${earliest}` } : null;
}

/** 细则第十五条: one or two 培养联系人; 细则第十六条: two 入党介绍人 (正式党员 both). */
export function peopleCountProblem(code: string, count: number): DevProblem | null {
  if (code === 'mentors' && (count < 1 || count > 2)) return { field: 'memberIds', message: '应指定1至2名正式党员作为培养联系人' };
  if (code === 'sponsors' && count !== 2) return { field: 'memberIds', message: '应确定2名正式党员作为入党介绍人' };
  if (code === 'talk' && count > 2) return { field: 'memberIds', message: '谈话人最多2名' };
  return null;
}

/** 细则第十八条: 集中培训 of at least three days or 24 学时. */
export const MIN_TRAINING_DAYS = 3;
export const MIN_TRAINING_HOURS = 24;

export function trainingProblem(from: string, to: string | null, hours: number | null): DevProblem | null {
  if (!to) return { field: 'endOn', message: '请填写培训结束日期' };
  if (to < from) return { field: 'endOn', message: '培训结束日期不能早于开始日期' };
  const days = daysBetween(from, to) + 1;
  if (days >= MIN_TRAINING_DAYS || (hours ?? 0) >= MIN_TRAINING_HOURS) return null;
  return { field: 'hours', message: `集中培训时间一般不少于3天（或24学时）：现为${days}天${hours === null ? '' : `、${hours}学时`}` };
}

const weekday = (date: string): number => {
  const p = parseIsoDate(date)!;
  return new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay();
};

/** Monday to Friday from `from` to `to`, both included (public holidays are not known offline). */
export function workingDays(from: string, to: string): number {
  const total = daysBetween(from, to) + 1;
  if (total <= 0) return 0;
  const full = Math.floor(total / 7);
  let count = full * 5;
  const start = weekday(from);
  for (let i = 0; i < total % 7; i++) {
    const d = (start + i) % 7;
    if (d !== 0 && d !== 6) count++;
  }
  return count;
}

/** 细则第二十一条 (公示): at least `minDays` working days (系统设置, default 5). */
export function publicityProblem(from: string, to: string | null, minDays: number): DevProblem | null {
  if (!to) return { field: 'endOn', message: '请填写公示结束日期' };
  if (to < from) return { field: 'endOn', message: '公示结束日期不能早于开始日期' };
  const days = workingDays(from, to);
  return days < minDays ? { field: 'endOn', message: `公示期不少于${minDays}个工作日：${from}至${to}只有${days}个工作日` } : null;
}

export interface VoteTally {
  dueFull: number;
  dueVoting: number;
  presentVoting: number;
  inFavour: number;
}

/**
 * 细则第二十四条: more than half the voting members present, and in favour more than half of the
 * 正式党员 due. The 转正 支部大会 is held under the same rule (细则, 预备党员的教育、考察和转正: 支部大会
 * 讨论、表决通过), so `purpose` only changes what the refusal names.
 */
export function voteProblem(v: VoteTally, purpose: 'admit' | 'regular' = 'admit'): DevProblem | null {
  const what = purpose === 'admit' ? '接收预备党员' : '预备党员转正';
  if (v.dueVoting <= 0 || v.dueFull <= 0) return { field: 'vote.dueFull', message: '请填写应到会有表决权的正式党员人数' };
  if (v.presentVoting * 2 <= v.dueVoting) {
    return {
      field: 'vote.presentVoting',
      message: `有表决权的到会人数未超过应到会人数的半数（应到${v.dueVoting}人，实到${v.presentVoting}人），不能开会讨论${what}`,
    };
  }
  if (v.inFavour * 2 <= v.dueFull) {
    return {
      field: 'vote.inFavour',
      message: `赞成票未超过应到会有表决权正式党员的半数（应到${v.dueFull}人，赞成${v.inFavour}票），不能${purpose === 'admit' ? '接收为预备党员' : '通过转正'}`,
    };
  }
  return null;
}

/**
 * 细则 (预备党员的教育、考察和转正): the 预备期 ends, then the 支部大会 discusses the 转正 — not
 * before. `probationEnd` is the roster's (1 year from 入党, or the extension's end).
 */
export function regularMeetingProblem(probationEnd: string, on: string): DevProblem | null {
  return on < probationEnd ? { field: 'doneOn', message: `支部大会讨论转正应在预备期满（${probationEnd}）之后，不能提前` } : null;
}

/** 细则第二十八条: 上级党委审批 within 3 months of the 支部大会; up to 6 with a reason. */
export const APPROVAL_EXTENDED_MONTHS = 6;

/** The last day an 审批 of the admission is valid: later, the 支部大会 must be held again. */
export const latestAdmissionApproval = (meetingOn: string): string => addMonths(meetingOn, APPROVAL_EXTENDED_MONTHS);

export interface ApprovalCheck {
  problem: DevProblem | null;
  warning: string | null;
}

/**
 * 细则第二十八条: ≤ 3 months after the 支部大会 fine; 3–6 months with a reason; more than 6 months
 * is not valid — refused, the 支部大会 is held again (its record voided and recorded anew).
 */
export function approvalCheck(meetingOn: string, approvedOn: string, reason: string | null): ApprovalCheck {
  if (approvedOn < meetingOn) return { problem: { field: 'doneOn', message: `审批日期不能早于支部大会日期${meetingOn}` }, warning: null };
  const normal = addMonths(meetingOn, APPROVAL_MONTHS);
  if (approvedOn <= normal) return { problem: null, warning: null };
  const extended = latestAdmissionApproval(meetingOn);
  if (approvedOn > extended) {
    return {
      problem: { field: 'doneOn', message: `审批超过支部大会后6个月（最晚${extended}），审批无效，须重新召开支部大会讨论（请先作废原支部大会记录）` },
      warning: null,
    };
  }
  if (!reason) {
    return { problem: { field: 'reason', message: `审批超过支部大会后3个月（${normal}），请填写延长审批原因` }, warning: null };
  }
  return { problem: null, warning: null };
}

/**
 * The steps that must be recorded before each step (the 细则's order). The date of a step may
 * not be before any of these.
 */
export const PREREQUISITES: Record<string, readonly string[]> = {
  apply: [],
  talk: ['apply'],
  activist: ['apply'],
  activistFiling: ['activist'],
  mentors: ['activist'],
  inspect: ['activist'],
  candidate: ['activist'],
  candidateFiling: ['candidate'],
  sponsors: ['candidate'],
  politicalReview: ['candidate'],
  training: ['activist'],
  publicity: ['candidate', 'sponsors', 'politicalReview', 'training'],
  preReview: ['publicity'],
  volunteerForm: ['preReview', 'sponsors'],
  branchMeeting: ['volunteerForm', 'sponsors'],
  higherTalk: ['branchMeeting'],
  // 细则第二十七条: the 上级党委 sends someone to talk with the person before it approves.
  approve: ['branchMeeting', 'higherTalk'],
  approveFiling: ['approve'],
  assign: ['approve'],
  oath: ['approve'],
  probationInspect: ['approve'],
  regularApply: ['approve'],
  regularMeeting: ['regularApply'],
  regularApprove: ['regularMeeting'],
  archive: ['regularApprove'],
};

export const REPEATING_STEPS: readonly string[] = ['inspect', 'probationInspect'];

/**
 * Order: every prerequisite recorded (named by its step name) and not after `on`.
 * `firstOn` holds the date of each step's first live record.
 */
export function orderProblem(code: string, on: string, firstOn: Readonly<Record<string, string>>, nameOf: (code: string) => string): DevProblem | null {
  for (const need of PREREQUISITES[code] ?? []) {
    const at = firstOn[need];
    if (!at) return { field: 'stepCode', message: `请先记录“${nameOf(need)}”` };
    if (on < at) return { field: 'doneOn', message: `日期不能早于“${nameOf(need)}”的日期${at}` };
  }
  return null;
}

/** The register's stage from the first live date of each step. */
export function stageOf(firstOn: Readonly<Record<string, string>>): PersonStage {
  if (firstOn.regularApprove) return '已转正';
  if (firstOn.approve) return '预备党员';
  if (firstOn.candidate) return '发展对象';
  if (firstOn.activist) return '入党积极分子';
  return '入党申请人';
}
