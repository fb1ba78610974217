import { describe, expect, it } from 'vitest';
import { memberProblems, probationDueOn } from '../../../api/rules/member';

const TODAY = '2026-11-24';
const base = {
  idNumber: '11010519491231002X',
  gender: '女',
  birthDate: '1949-12-31',
  joinedOn: '1975-07-01',
  fullMemberOn: '1976-07-01',
  category: '正式党员',
};
const errors = (facts: object) => memberProblems({ ...base, ...facts }, TODAY).filter((p) => p.level === 'error');
const warnings = (facts: object) => memberProblems({ ...base, ...facts }, TODAY).filter((p) => p.level === 'warning');

describe('member cross-field rules', () => {
  it('finds nothing wrong with a consistent record', () => {
    expect(memberProblems(base, TODAY)).toEqual([]);
  });

  it('requires 出生 < 入党 ≤ 转正', () => {
    expect(errors({ joinedOn: '1949-12-31' })).toEqual([{ field: 'joinedOn', level: 'error', message: '入党日期应晚于出生日期' }]);
    expect(errors({ fullMemberOn: '1975-06-30' })).toEqual([{ field: 'fullMemberOn', level: 'error', message: '转正日期不能早于入党日期' }]);
    expect(errors({ fullMemberOn: '1975-07-01' })).toEqual([]);
  });

  it('warns, not refuses, when 性别 or 出生日期 differ from the ID number', () => {
    expect(errors({ gender: '男', birthDate: '1950-01-01' })).toEqual([]);
    expect(
      warnings({ gender: '男', birthDate: '1950-01-01' })
        .map((p) => p.field)
        .sort(),
    ).toEqual(['birthDate', 'gender']);
  });

  it('refuses a bad ID number, a 预备党员 with a 转正日期, and future dates', () => {
    expect(errors({ idNumber: '110105194912310021' }).map((p) => p.field)).toEqual(['idNumber']);
    expect(errors({ category: '预备党员' }).map((p) => p.field)).toEqual(['fullMemberOn']);
    expect(errors({ joinedOn: '2027-01-01', fullMemberOn: null }).map((p) => p.message)).toContain('入党日期不能晚于今天');
  });

  it('warns when someone joined before 18', () => {
    expect(warnings({ joinedOn: '1960-01-01', fullMemberOn: '1961-01-01' }).map((p) => p.field)).toEqual(['joinedOn']);
  });

  it('computes the 预备期 end, or the extended one', () => {
    expect(probationDueOn('2025-12-10', null)).toBe('2026-12-10');
    expect(probationDueOn('2025-12-10', '2027-06-10')).toBe('2027-06-10');
  });
});
