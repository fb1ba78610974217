// The 细则's time rules for 发展党员, each at its edge (api/rules/development.ts).
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../api/rules/dates';
import {
  applyProblem,
  approvalCheck,
  birthDateOf,
  candidateProblem,
  latestAdmissionApproval,
  orderProblem,
  peopleCountProblem,
  publicityProblem,
  regularMeetingProblem,
  stageOf,
  talkWarning,
  trainingProblem,
  voteProblem,
  workingDays,
} from '../../../api/rules/development';
import { makeId } from '../../support/testLedger';

describe('发展党员 time rules', () => {
  it('申请 at 18 or older on the day, the birth date taken from the 身份证号', () => {
    expect(applyProblem('2008-06-15', '2026-06-14')?.message).toMatch(/年满18周岁.*2026-06-15/);
    expect(applyProblem('2008-06-15', '2026-06-15')).toBeNull();
    expect(applyProblem(null, '2026-06-15')?.message).toMatch(/出生日期或公民身份号码/);
    // Born 29 February: in a common year the 18th birthday is counted from 1 March.
    expect(applyProblem('2008-02-29', '2026-02-27')).not.toBeNull();
    expect(applyProblem('2008-02-29', '2026-03-01')).toBeNull();
    expect(birthDateOf('1999-01-01', makeId('2001-03-04', '女'))).toBe('2001-03-04');
    expect(birthDateOf('1999-01-01', null)).toBe('1999-01-01');
  });

  it('谈话 within one calendar month of 申请: 29/30/31 days on time, 32 late (a 31-day month)', () => {
    const applied = '2026-03-01';
    for (const days of [29, 30, 31]) expect(talkWarning(applied, addDays(applied, days)), `${days}`).toBeNull();
    expect(talkWarning(applied, addDays(applied, 32))).toMatch(/晚于.*2026-04-01.*晚了1天/);
    // From 31 January the month ends on 28 February (clamped): 28 days on time, 29 late.
    expect(talkWarning('2026-01-31', '2026-02-28')).toBeNull();
    expect(talkWarning('2026-01-31', addDays('2026-01-31', 29))).toMatch(/2026-02-28/);
    // A 30-day month: 30 days on time, 31 late.
    expect(talkWarning('2026-04-01', addDays('2026-04-01', 30))).toBeNull();
    expect(talkWarning('2026-04-01', addDays('2026-04-01', 31))).not.toBeNull();
  });

  it('发展对象 one full year after 积极分子: 364 days refused, 365 accepted', () => {
    const activist = '2025-03-01';
    expect(candidateProblem(activist, addDays(activist, 364))?.message).toBe(
      '确定为入党积极分子满一年后方可列为发展对象：积极分子确定于2025-03-01，最早2026-03-01',
    );
    expect(candidateProblem(activist, addDays(activist, 365))).toBeNull();
    // Across a 29 February the year has 366 days: day 365 is still too early.
    expect(candidateProblem('2023-03-01', addDays('2023-03-01', 365))).not.toBeNull();
    expect(candidateProblem('2023-03-01', addDays('2023-03-01', 366))).toBeNull();
    expect(candidateProblem('2024-02-29', '2025-02-28')).toBeNull();
  });

  it('1–2 培养联系人, exactly 2 入党介绍人', () => {
    expect(peopleCountProblem('mentors', 0)).not.toBeNull();
    expect(peopleCountProblem('mentors', 1)).toBeNull();
    expect(peopleCountProblem('mentors', 2)).toBeNull();
    expect(peopleCountProblem('mentors', 3)).not.toBeNull();
    expect(peopleCountProblem('sponsors', 1)?.message).toBe('应确定2名正式党员作为入党介绍人');
    expect(peopleCountProblem('sponsors', 2)).toBeNull();
    expect(peopleCountProblem('sponsors', 3)).not.toBeNull();
  });

  it('集中培训 of 3 days or 24 学时', () => {
    expect(trainingProblem('2026-05-01', '2026-05-03', null)).toBeNull();
    expect(trainingProblem('2026-05-01', '2026-05-02', null)?.message).toMatch(/不少于3天.*现为2天/);
    expect(trainingProblem('2026-05-01', '2026-05-02', 24)).toBeNull();
    expect(trainingProblem('2026-05-01', '2026-05-02', 23.5)).not.toBeNull();
    expect(trainingProblem('2026-05-01', '2026-05-01', 24)).toBeNull();
    expect(trainingProblem('2026-05-01', null, 30)?.field).toBe('endOn');
    expect(trainingProblem('2026-05-03', '2026-05-01', 30)?.field).toBe('endOn');
  });

  it('公示 counts Monday to Friday', () => {
    expect(workingDays('2026-12-07', '2026-12-11')).toBe(5); // Mon–Fri
    expect(workingDays('2026-12-07', '2026-12-10')).toBe(4);
    expect(workingDays('2026-12-04', '2026-12-10')).toBe(5); // Fri, then Mon–Thu
    expect(workingDays('2026-12-05', '2026-12-06')).toBe(0); // a weekend
    expect(workingDays('2026-12-01', '2026-12-31')).toBe(23);
    expect(publicityProblem('2026-12-04', '2026-12-10', 5)).toBeNull();
    expect(publicityProblem('2026-12-04', '2026-12-09', 5)?.message).toBe('公示期不少于5个工作日：2026-12-04至2026-12-09只有4个工作日');
    expect(publicityProblem('2026-12-07', '2026-12-09', 3)).toBeNull();
  });

  it('支部大会: quorum of more than half, in favour more than half of the 正式党员 due', () => {
    const tally = { dueFull: 10, dueVoting: 10, presentVoting: 6, inFavour: 6 };
    expect(voteProblem(tally)).toBeNull();
    expect(voteProblem({ ...tally, presentVoting: 5 })?.field).toBe('vote.presentVoting');
    expect(voteProblem({ ...tally, inFavour: 5 })?.message).toBe('赞成票未超过应到会有表决权正式党员的半数（应到10人，赞成5票），不能接收为预备党员');
    expect(voteProblem({ dueFull: 9, dueVoting: 9, presentVoting: 5, inFavour: 5 })).toBeNull();
    expect(voteProblem({ dueFull: 9, dueVoting: 9, presentVoting: 4, inFavour: 4 })).not.toBeNull();
    expect(voteProblem({ dueFull: 0, dueVoting: 0, presentVoting: 0, inFavour: 0 })).not.toBeNull();
    // The 转正 支部大会: the same rule, its own words.
    expect(voteProblem({ ...tally, inFavour: 5 }, 'regular')?.message).toBe('赞成票未超过应到会有表决权正式党员的半数（应到10人，赞成5票），不能通过转正');
    expect(voteProblem({ ...tally, presentVoting: 5 }, 'regular')?.message).toMatch(/不能开会讨论预备党员转正$/);
    expect(voteProblem(tally, 'regular')).toBeNull();
  });

  it('the 转正 支部大会 is held when the 预备期 ends, not before', () => {
    expect(regularMeetingProblem('2026-07-01', '2026-06-30')?.message).toBe('支部大会讨论转正应在预备期满（2026-07-01）之后，不能提前');
    expect(regularMeetingProblem('2026-07-01', '2026-07-01')).toBeNull();
    expect(latestAdmissionApproval('2026-08-31')).toBe('2027-02-28');
  });

  it('审批 needs the 上级党委派人谈话 first', () => {
    const names = (code: string) => ({ higherTalk: '上级党委派人谈话' })[code] ?? code;
    expect(orderProblem('approve', '2026-03-01', { branchMeeting: '2026-01-10' }, names)?.message).toBe('请先记录“上级党委派人谈话”');
    expect(orderProblem('approve', '2026-03-01', { branchMeeting: '2026-01-10', higherTalk: '2026-03-02' }, names)?.field).toBe('doneOn');
    expect(orderProblem('approve', '2026-03-02', { branchMeeting: '2026-01-10', higherTalk: '2026-03-02' }, names)).toBeNull();
  });

  it('上级党委审批 within 3 months; 3–6 months with a reason; more than 6 months refused (the 支部大会 is held again)', () => {
    const meeting = '2026-01-31';
    expect(approvalCheck(meeting, '2026-04-30', null)).toEqual({ problem: null, warning: null });
    expect(approvalCheck(meeting, '2026-05-01', null).problem?.field).toBe('reason');
    expect(approvalCheck(meeting, '2026-05-01', '党委换届')).toEqual({ problem: null, warning: null });
    expect(approvalCheck(meeting, '2026-07-31', '党委换届')).toEqual({ problem: null, warning: null });
    expect(approvalCheck(meeting, '2026-08-01', '党委换届').problem?.message).toBe(
      '审批超过支部大会后6个月（最晚2026-07-31），审批无效，须重新召开支部大会讨论（请先作废原支部大会记录）',
    );
    expect(approvalCheck(meeting, '2026-08-01', null).problem?.field).toBe('doneOn');
    expect(approvalCheck(meeting, '2026-01-30', null).problem?.field).toBe('doneOn');
  });

  it('order: a missing prerequisite is named, an earlier date refused; the stage follows the records', () => {
    const names = (code: string) => ({ activist: '推荐和确定入党积极分子', apply: '递交入党申请书' })[code] ?? code;
    expect(orderProblem('candidate', '2026-01-01', { apply: '2024-01-01' }, names)?.message).toBe('请先记录“推荐和确定入党积极分子”');
    expect(orderProblem('talk', '2023-12-31', { apply: '2024-01-01' }, names)?.message).toBe('日期不能早于“递交入党申请书”的日期2024-01-01');
    expect(orderProblem('talk', '2024-01-01', { apply: '2024-01-01' }, names)).toBeNull();
    expect(orderProblem('apply', '2024-01-01', {}, names)).toBeNull();
    expect(stageOf({ apply: 'x' })).toBe('入党申请人');
    expect(stageOf({ apply: 'x', activist: 'x' })).toBe('入党积极分子');
    expect(stageOf({ apply: 'x', activist: 'x', candidate: 'x', branchMeeting: 'x' })).toBe('发展对象');
    expect(stageOf({ approve: 'x' })).toBe('预备党员');
    expect(stageOf({ approve: 'x', regularApprove: 'x' })).toBe('已转正');
  });
});
