// The dated rules of the care registers at each edge (api/rules/care.ts, docs/care.md).
import { describe, expect, it } from 'vitest';
import {
  ageAtYearEnd,
  contactDueOn,
  contactOverdue,
  honorPartyYears,
  honorReachedOn,
  honorYear,
  isOutOn,
  joinedWithoutProbation,
  lostMilestones,
  lostStage,
  partyAgeFrom,
  reachesHonorBy,
} from '../../api/rules/care';

describe('流出 on a day: left_on ≤ D < returned_on', () => {
  const flow = { leftOn: '2025-12-31', returnedOn: '2026-01-02' };
  it('is out from the day of leaving, and back on the day of return', () => {
    expect(isOutOn(flow, '2025-12-30')).toBe(false);
    expect(isOutOn(flow, '2025-12-31')).toBe(true);
    expect(isOutOn(flow, '2026-01-01')).toBe(true);
    expect(isOutOn(flow, '2026-01-02')).toBe(false);
  });
  it('stays out while no return is recorded', () => {
    expect(isOutOn({ leftOn: '2020-03-01', returnedOn: null }, '2030-01-01')).toBe(true);
  });
});

describe('流出 contact: 6 calendar months without one', () => {
  it('counts from 外出日期 when never contacted, from the last contact otherwise', () => {
    expect(contactDueOn('2026-01-15', null)).toBe('2026-07-15');
    expect(contactOverdue('2026-01-15', null, '2026-07-14')).toBe(false);
    expect(contactOverdue('2026-01-15', null, '2026-07-15')).toBe(true);
    expect(contactDueOn('2026-01-15', '2026-03-10')).toBe('2026-09-10');
    expect(contactOverdue('2026-01-15', '2026-03-10', '2026-09-09')).toBe(false);
  });
  it('takes the month end when the month is shorter (08-31 → 02-28)', () => {
    expect(contactDueOn('2025-08-31', null)).toBe('2026-02-28');
  });
});

describe('失联 reminders: 停止党籍 after the local months, 自行脱党 2 years after the recorded 停止党籍', () => {
  const lost = (lostOn: string, stoppedOn: string | null = null, probationary = false) => ({ lostOn, stoppedOn, probationary });
  it('moves stage on the very day', () => {
    expect(lostMilestones('2024-03-31', 6)).toEqual({ suspendFrom: '2024-09-30', lapseFrom: null });
    expect(lostStage(lost('2024-03-31'), 6, '2024-09-29')).toBe('失联');
    expect(lostStage(lost('2024-03-31'), 6, '2024-09-30')).toBe('可停止党籍');
    // No 停止党籍 recorded: no 自行脱党 however long ago contact was lost (条例 第二十四条).
    expect(lostStage(lost('2024-03-31'), 6, '2030-01-01')).toBe('可停止党籍');
  });
  it('runs the 2 years from the 停止党籍 decision, not from the day contact was lost', () => {
    expect(lostMilestones('2024-03-31', 6, '2025-02-28')).toEqual({ suspendFrom: '2024-09-30', lapseFrom: '2027-02-28' });
    expect(lostStage(lost('2024-03-31', '2025-02-28'), 6, '2027-02-27')).toBe('已停止党籍');
    expect(lostStage(lost('2024-03-31', '2025-02-28'), 6, '2027-02-28')).toBe('按自行脱党处理');
    expect(lostMilestones('2024-01-01', 6, '2024-02-29').lapseFrom).toBe('2026-02-28');
  });
  it('gives a 预备党员 the 取消预备党员资格 path', () => {
    expect(lostStage(lost('2026-01-01', null, true), 6, '2026-06-30')).toBe('失联');
    expect(lostStage(lost('2026-01-01', null, true), 6, '2026-07-01')).toBe('可取消预备党员资格');
  });
  it('follows the local rule when it is changed', () => {
    expect(lostStage(lost('2026-01-01'), 12, '2026-07-01')).toBe('失联');
    expect(lostStage(lost('2026-01-01'), 12, '2027-01-01')).toBe('可停止党籍');
  });
});

describe('光荣在党50年: 转正 + 50 years ≤ 1 July of the year', () => {
  it('党龄 runs from 入党 for those admitted 1969-04-14 … 1977-08-17 (九大/十大党章 had no 预备期), else from 转正', () => {
    expect(partyAgeFrom({ joinedOn: '1969-04-13', fullMemberOn: '1970-04-13' })).toBe('1970-04-13');
    expect(partyAgeFrom({ joinedOn: '1969-04-14', fullMemberOn: '1970-04-14' })).toBe('1969-04-14');
    expect(partyAgeFrom({ joinedOn: '1977-08-17', fullMemberOn: null })).toBe('1977-08-17');
    expect(partyAgeFrom({ joinedOn: '1977-08-18', fullMemberOn: '1978-08-18' })).toBe('1978-08-18');
    expect(partyAgeFrom({ joinedOn: '1977-08-18', fullMemberOn: null })).toBeNull();
    expect(joinedWithoutProbation('1969-04-14')).toBe(true);
    expect(joinedWithoutProbation('1977-08-18')).toBe(false);
  });
  it('a 转正 of 1977-06 reaches 50 in 2027, not 2026', () => {
    expect(reachesHonorBy('1977-06-15', 2026)).toBe(false);
    expect(reachesHonorBy('1977-06-15', 2027)).toBe(true);
    expect(honorYear('1977-06-15')).toBe(2027);
  });
  it('1 July is inside, 2 July the next year', () => {
    expect(reachesHonorBy('1976-07-01', 2026)).toBe(true);
    expect(honorYear('1976-07-01')).toBe(2026);
    expect(reachesHonorBy('1976-07-02', 2026)).toBe(false);
    expect(honorYear('1976-07-02')).toBe(2027);
  });
  it('党龄 on 1 July in full years, a birthday-like edge on 07-01/07-02', () => {
    expect(honorPartyYears('1976-07-01', 2026)).toBe(50);
    expect(honorPartyYears('1976-07-02', 2026)).toBe(49);
    expect(honorPartyYears('1976-02-29', 2026)).toBe(50);
    expect(honorPartyYears('1968-12-31', 2026)).toBe(57);
  });
  it('a 29 February 转正 reaches 50 on 28 February', () => {
    expect(reachesHonorBy('1976-02-29', 2026)).toBe(true);
    expect(honorReachedOn('1976-02-29')).toBe('2026-02-28');
    expect(honorYear('1976-02-29')).toBe(2026);
  });
});

describe('age for the 老党员 list: on 12-31 of the year', () => {
  it('counts a birthday on the last day', () => {
    expect(ageAtYearEnd('1946-12-31', 2026)).toBe(80);
    expect(ageAtYearEnd('1947-01-01', 2026)).toBe(79);
  });
});
