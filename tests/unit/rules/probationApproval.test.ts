// 转正's approval (《中国共产党发展党员工作细则》): the 上级党委 approves within 3 months of the
// 支部大会, not before it; both dates are required of a 转正 entered now.
import { describe, expect, it } from 'vitest';
import { approvalProblem, fullMembershipProblem, latestApproval } from '../../../api/rules/probation';
import { memberStatusInput } from '../../../api/schemas/members';

const probationer = { joinedOn: '2025-03-01', probationExtendedTo: null };
const TODAY = '2026-11-24';

describe('approvalProblem', () => {
  it('accepts exactly 3 months after the 支部大会 and refuses one day more, naming both fields', () => {
    expect(approvalProblem('2026-03-05', '2026-06-05')).toBeNull();
    expect(approvalProblem('2026-03-05', '2026-06-06')).toEqual({
      field: 'approvedOn',
      message: '上级党委审批日期应在支部大会讨论日期2026-03-05后3个月内，最晚2026-06-05（《中国共产党发展党员工作细则》）',
    });
  });

  it('counts calendar months to the month end: 11-30 → 02-28, or 02-29 in a leap year', () => {
    expect(latestApproval('2025-11-30')).toBe('2026-02-28');
    expect(approvalProblem('2025-11-30', '2026-02-28')).toBeNull();
    expect(approvalProblem('2025-11-30', '2026-03-01')?.field).toBe('approvedOn');
    expect(latestApproval('2027-11-30')).toBe('2028-02-29');
    expect(approvalProblem('2027-11-30', '2028-02-29')).toBeNull();
    expect(approvalProblem('2027-11-30', '2028-03-01')?.message).toContain('最晚2028-02-29');
    // 08-31 + 3 months: November has 30 days.
    expect(approvalProblem('2026-08-31', '2026-11-30')).toBeNull();
    expect(approvalProblem('2026-08-31', '2026-12-01')?.field).toBe('approvedOn');
  });

  it('accepts the same day, refuses a day before the 支部大会', () => {
    expect(approvalProblem('2026-03-05', '2026-03-05')).toBeNull();
    expect(approvalProblem('2026-03-05', '2026-03-04')).toEqual({ field: 'approvedOn', message: '上级党委审批日期不能早于支部大会讨论日期2026-03-05' });
  });

  it('requires both dates', () => {
    expect(approvalProblem(null, '2026-04-01')).toEqual({ field: 'decidedOn', message: '请填写支部大会讨论日期' });
    expect(approvalProblem('2026-03-05', null)).toEqual({ field: 'approvedOn', message: '请填写上级党委审批日期' });
  });
});

describe('fullMembershipProblem', () => {
  it('checks the 转正日期 first, then the recorded dates against 入党日期, today and each other', () => {
    expect(fullMembershipProblem(probationer, '2026-02-28', '2026-03-05', '2026-04-01', TODAY)?.field).toBe('occurredOn');
    expect(fullMembershipProblem(probationer, '2026-03-01', '2025-02-28', '2025-03-10', TODAY)?.field).toBe('decidedOn');
    expect(fullMembershipProblem(probationer, '2026-03-01', '2026-11-20', '2026-11-25', TODAY)).toEqual({
      field: 'approvedOn',
      message: '上级党委审批日期不能晚于今天',
    });
    expect(fullMembershipProblem(probationer, '2026-03-01', '2026-03-05', '2026-06-06', TODAY)?.field).toBe('approvedOn');
    expect(fullMembershipProblem(probationer, '2026-03-01', '2026-03-05', '2026-06-05', TODAY)).toBeNull();
  });
});

describe('the 转正 input with a date that is no calendar day', () => {
  it('is refused with that field’s message instead of failing while counting the 3 months (found by the contract fuzz)', () => {
    const r = memberStatusInput.safeParse({ id: 1, change: '转正', occurredOn: '2026-03-01', decidedOn: '2026-02-30', approvedOn: '2026-03-10' });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => [i.path.join('.'), i.message])).toContainEqual(['decidedOn', '支部大会讨论日期应为有效日期（年-月-日）']);
  });
});
