// 预备期 rules (党章第七条, 《中国共产党发展党员工作细则》): the 转正 dialog shows these
// messages as the user types and the ledger refuses with the same words.
import { addMonths, addYears } from './dates';
import { fillIn } from '../vocab/messages';

export interface ProbationFacts {
  joinedOn: string;
  /** Set once the 预备期 has been extended. */
  probationExtendedTo: string | null;
}

/** 预备期 is one year from 入党日期 (the day the 支部大会 admitted them). */
export const normalProbationEnd = (joinedOn: string): string => addYears(joinedOn, 1);

/** The day the 预备期 ends: one year on, or the end of its extension. This is the 转正日期. */
export const probationEnd = (m: ProbationFacts): string => m.probationExtendedTo ?? normalProbationEnd(m.joinedOn);

/** An extension is at least half a year and at most one year beyond the normal end. */
export function extensionBounds(joinedOn: string): { earliest: string; latest: string } {
  const normalEnd = normalProbationEnd(joinedOn);
  return { earliest: addMonths(normalEnd, 6), latest: addYears(normalEnd, 1) };
}

export interface RuleProblem {
  field: string;
  message: string;
}

/** How long the 上级党委 has to approve a 转正 after the 支部大会 decided it. */
export const APPROVAL_MONTHS = 3;

/** The last day the 上级党委 may approve: 3 calendar months after the 支部大会 (11-30 → 02-28/29). */
export const latestApproval = (decidedOn: string): string => addMonths(decidedOn, APPROVAL_MONTHS);

/**
 * 《中国共产党发展党员工作细则》 (预备党员的教育、考察和转正): the 支部大会 discusses the 转正 when
 * the 预备期 ends and the 上级党委 approves it within three months. Both dates are required of a
 * 转正 entered now; 转正 events recorded before they were asked for have neither and are
 * never checked again.
 */
export function approvalProblem(decidedOn: string | null, approvedOn: string | null): RuleProblem | null {
  if (!decidedOn) return { field: 'decidedOn', message: fillIn('支部大会讨论日期') };
  if (!approvedOn) return { field: 'approvedOn', message: fillIn('上级党委审批日期') };
  if (approvedOn < decidedOn) return { field: 'approvedOn', message: `上级党委审批日期不能早于支部大会讨论日期${decidedOn}` };
  const latest = latestApproval(decidedOn);
  if (approvedOn > latest) {
    return { field: 'approvedOn', message: `上级党委审批日期应在支部大会讨论日期${decidedOn}后3个月内，最晚${latest}（《中国共产党发展党员工作细则》）` };
  }
  return null;
}

/**
 * 转正 is dated the day the 预备期 ends, not the day the 支部大会 discussed it nor the day the
 * 上级党委 approved it (those are recorded beside it, approvalProblem): a date before the end
 * is refused, and neither recorded date may lie after `today`.
 */
export function fullMembershipProblem(m: ProbationFacts, on: string, decidedOn: string | null, approvedOn: string | null, today: string): RuleProblem | null {
  const end = probationEnd(m);
  if (on < end) return { field: 'occurredOn', message: `转正日期应为预备期满之日${end}，不能早于该日${m.probationExtendedTo ? '（预备期已延长）' : ''}` };
  if (decidedOn && decidedOn < m.joinedOn) return { field: 'decidedOn', message: `支部大会讨论日期不能早于入党日期${m.joinedOn}` };
  if (decidedOn && decidedOn > today) return { field: 'decidedOn', message: '支部大会讨论日期不能晚于今天' };
  if (approvedOn && approvedOn > today) return { field: 'approvedOn', message: '上级党委审批日期不能晚于今天' };
  return approvalProblem(decidedOn, approvedOn);
}

/** 延长预备期: once only, at least half a year, at most one year. */
export function extensionProblem(m: ProbationFacts, to: string): RuleProblem | null {
  if (m.probationExtendedTo) return { field: 'extendedTo', message: `预备期已延长至${m.probationExtendedTo}，只能延长一次` };
  const { earliest, latest } = extensionBounds(m.joinedOn);
  if (to < earliest) return { field: 'extendedTo', message: `延长预备期至少半年：延长后的期满日期不能早于${earliest}` };
  if (to > latest) return { field: 'extendedTo', message: `延长预备期不能超过一年：延长后的期满日期不能晚于${latest}` };
  return null;
}
