// The dated rules of the care registers (docs/care.md). Pure: the ledger, the forms and the
// tests share them. Dates are 'YYYY-MM-DD' text; spans are [from, to) like the dated facts.
import type { LostStage } from '../schemas/care';
import { addMonths, addYears, fullYearsBetween } from './dates';

/** 首页 reminds of a 流出 member after this many calendar months without contact. */
export const FLOW_CONTACT_MONTHS = 6;
/** Local rule's shipped default: months of 失联 after which 停止党籍 may be considered. */
export const DEFAULT_LOST_MONTHS = 6;
/** 2 years after the recorded 停止党籍 decision, still without contact: 自行脱党 (除名) handling (条例 第二十四条). */
export const LAPSE_YEARS_AFTER_SUSPEND = 2;
/** Local default: a member aged 80 or more on 12-31 counts as 老党员 for the 未慰问 list. */
export const DEFAULT_VETERAN_AGE = 80;
/** 光荣在党50年: 50 years of 党龄 reached by 1 July of the year. */
export const HONOR_YEARS = 50;

/** A span [from, to) covers day D: from ≤ D and (no end, or D < end). */
export const spanCovers = (from: string, to: string | null, day: string): boolean => from <= day && (to === null || day < to);

/** Out on D ⇔ left_on ≤ D < returned_on (back on the day of return). */
export const isOutOn = (flow: { leftOn: string; returnedOn: string | null }, day: string): boolean => spanCovers(flow.leftOn, flow.returnedOn, day);

/**
 * A 流出 member out on D is overdue for contact when the last contact (the 外出日期 when there
 * was none) is 6 calendar months or more before D: left 01-15, reminded from 07-15.
 */
export function contactDueOn(leftOn: string, lastContactOn: string | null): string {
  const since = lastContactOn !== null && lastContactOn > leftOn ? lastContactOn : leftOn;
  return addMonths(since, FLOW_CONTACT_MONTHS);
}
export const contactOverdue = (leftOn: string, lastContactOn: string | null, day: string): boolean => contactDueOn(leftOn, lastContactOn) <= day;

/**
 * The days a 失联 reaches its reminders: from `suspendFrom` (lostOn + the local rule's months) it
 * may be put under 停止党籍 (or, for a 预备党员, 取消预备党员资格); 自行脱党 handling is due 2 years
 * after the recorded 停止党籍 decision (党员教育管理工作条例 第二十四条) — not after the day contact
 * was lost — so `lapseFrom` is null until a 停止党籍 is recorded.
 */
export function lostMilestones(lostOn: string, lostMonths: number, stoppedOn: string | null = null): { suspendFrom: string; lapseFrom: string | null } {
  return { suspendFrom: addMonths(lostOn, lostMonths), lapseFrom: stoppedOn === null ? null : addYears(stoppedOn, LAPSE_YEARS_AFTER_SUSPEND) };
}

export interface LostFacts {
  lostOn: string;
  /** The 停止党籍 decision in force on the day, if any (the party_status fact's start). */
  stoppedOn: string | null;
  /** A 预备党员 on the day: handled by 取消预备党员资格, never 停止党籍. */
  probationary: boolean;
}

export function lostStage(f: LostFacts, lostMonths: number, day: string): LostStage {
  const { suspendFrom, lapseFrom } = lostMilestones(f.lostOn, lostMonths, f.stoppedOn);
  if (lapseFrom !== null) return day >= lapseFrom ? '按自行脱党处理' : '已停止党籍';
  if (day >= suspendFrom) return f.probationary ? '可取消预备党员资格' : '可停止党籍';
  return '失联';
}

/**
 * The 九大 党章 (adopted 1969-04-14) and the 十大 党章 had no 预备期; the 十一大 党章 (adopted
 * 1977-08-18) restored it. Members admitted in [NO_PROBATION_FROM, NO_PROBATION_UNTIL) were
 * full members from the day they joined, so their 党龄 runs from 入党 (shared/DOMAIN.md
 * "流动党员, care": 光荣在党50年, 中办 notice).
 */
export const NO_PROBATION_FROM = '1969-04-14';
export const NO_PROBATION_UNTIL = '1977-08-18';
export const joinedWithoutProbation = (joinedOn: string): boolean => joinedOn >= NO_PROBATION_FROM && joinedOn < NO_PROBATION_UNTIL;

/** The day 党龄 runs from: 转正日期 (党章 art. 7), or 入党 for those admitted without a 预备期; null when unknown. */
export const partyAgeFrom = (m: { joinedOn: string; fullMemberOn: string | null }): string | null =>
  joinedWithoutProbation(m.joinedOn) ? m.joinedOn : m.fullMemberOn;

/** The day 党龄 (from `partyFrom`, see partyAgeFrom) reaches 50 years. */
export const honorReachedOn = (partyFrom: string): string => addYears(partyFrom, HONOR_YEARS);

/**
 * In year Y's 光荣在党50年 list ⇔ 党龄 start + 50 years ≤ Y-07-01 (转正 1977-06 → 2027, not 2026).
 * Adding 50 years keeps the month and day (02-29 becomes 02-28, still before 07-01), so this is
 * start ≤ (Y−50)-07-01: a string comparison, read for every old member of a street.
 */
export const reachesHonorBy = (partyFrom: string, year: number): boolean => partyFrom <= `${year - HONOR_YEARS}-07-01`;

/** Full years of 党龄 on Y-07-01 (fullYearsBetween(partyFrom, Y-07-01), without parsing two dates per member). */
export const honorPartyYears = (partyFrom: string, year: number): number => year - Number(partyFrom.slice(0, 4)) - (partyFrom.slice(5) > '07-01' ? 1 : 0);

/** The first year whose list a member belongs to. */
export function honorYear(partyFrom: string): number {
  const reached = honorReachedOn(partyFrom);
  const year = Number(reached.slice(0, 4));
  return reached <= `${year}-07-01` ? year : year + 1;
}

/** Age on 12-31 of the year: 老党员 for the year's visits when ≥ the local age. */
export const ageAtYearEnd = (birthDate: string, year: number): number | null => fullYearsBetween(birthDate, `${year}-12-31`);
