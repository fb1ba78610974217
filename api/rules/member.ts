// Cross-field rules for a member record. The form runs them as the user types and the
// contract runs them again before anything is written, so both show the same words.
import { checkIdNumber, MIN_BIRTH_YEAR } from './idNumber';
import { addYears, fullYearsBetween, isIsoDate, todayIso } from './dates';

export interface MemberFacts {
  idNumber?: string | null;
  gender?: string | null;
  birthDate?: string | null;
  joinedOn?: string | null;
  fullMemberOn?: string | null;
  category?: string | null;
}

export interface Problem {
  field: keyof MemberFacts;
  level: 'error' | 'warning';
  message: string;
}

const usable = (d: string | null | undefined): d is string => !!d && isIsoDate(d);

export function memberProblems(facts: MemberFacts, today: string = todayIso()): Problem[] {
  const problems: Problem[] = [];
  const add = (field: keyof MemberFacts, level: Problem['level'], message: string) => problems.push({ field, level, message });

  if (facts.idNumber) {
    const id = checkIdNumber(facts.idNumber, today);
    if (!id.ok) add('idNumber', 'error', id.message);
    else {
      if (facts.gender && facts.gender !== id.gender) {
        add('gender', 'warning', `性别与公民身份号码不一致（身份证号显示为${id.gender}），请核对`);
      }
      if (usable(facts.birthDate) && facts.birthDate !== id.birthDate) {
        add('birthDate', 'warning', `出生日期与公民身份号码不一致（身份证号显示为${id.birthDate}），请核对`);
      }
    }
  }

  // Each date checked once: this runs for every row of a 10,000-row import.
  const birthDate = usable(facts.birthDate) ? facts.birthDate : null;
  const joinedOn = usable(facts.joinedOn) ? facts.joinedOn : null;
  const fullMemberOn = usable(facts.fullMemberOn) ? facts.fullMemberOn : null;
  for (const [field, label, value] of [
    ['birthDate', '出生日期', birthDate],
    ['joinedOn', '入党日期', joinedOn],
    ['fullMemberOn', '转正日期', fullMemberOn],
  ] as const) {
    if (value && value > today) add(field, 'error', `${label}不能晚于今天`);
  }
  if (birthDate && birthDate < `${MIN_BIRTH_YEAR}-01-01`) add('birthDate', 'error', `出生日期不能早于${MIN_BIRTH_YEAR}年，请核对`);
  if (birthDate && joinedOn) {
    if (joinedOn <= birthDate) add('joinedOn', 'error', '入党日期应晚于出生日期');
    else if ((fullYearsBetween(birthDate, joinedOn) ?? 0) < 18) add('joinedOn', 'warning', '入党时未满18周岁，请核对入党日期');
  }
  if (joinedOn && fullMemberOn && fullMemberOn < joinedOn) {
    add('fullMemberOn', 'error', '转正日期不能早于入党日期');
  }
  if (facts.category === '预备党员' && facts.fullMemberOn) {
    add('fullMemberOn', 'error', '预备党员不应填写转正日期；转正请在党员详情中办理“转正”');
  }
  if (facts.category === '正式党员' && !facts.fullMemberOn && joinedOn && joinedOn >= '1990-01-01') {
    add('fullMemberOn', 'warning', '正式党员应填写转正日期（党龄从转正日期算起）');
  }
  if (facts.category === '正式党员' && joinedOn && addYears(joinedOn, 1) > today && !facts.fullMemberOn) {
    add('category', 'warning', '入党未满一年，一般应为预备党员');
  }
  return problems;
}

/** 预备期满 date: one year from 入党日期 unless it was extended. */
export function probationDueOn(joinedOn: string, extendedTo: string | null): string {
  return extendedTo ?? addYears(joinedOn, 1);
}

/**
 * 正式党员 on `day`: voting at a meeting, counting toward a 支委会 (支部工作条例 art. 9) and
 * taking office as 支委/书记/副书记 all ask this of a past day. From the member row: 转正
 * on 转正日期, and a 正式党员 entered without one counts as 正式 throughout. The ledger's
 * dated facts answer it exactly where they exist (db/members/fullMembers.ts).
 */
export function isFullMemberOn(m: { category: string | null; fullMemberOn: string | null }, day: string): boolean {
  return m.category === '正式党员' && (m.fullMemberOn === null || m.fullMemberOn <= day);
}
