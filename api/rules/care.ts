// The dated rules of the care registers (docs/care.md). Pure: the ledger, the forms and the
// tests share them. Dates are 'YYYY-MM-DD' text; spans are [from, to) like the dated facts.
import type { LostStage } from '../schemas/care';
import { addMonths, addYears, fullYearsBetween } from './dates';

/** 首页 reminds of a 流出 member after this many calendar months without contact. */
export const FLOW_CONTACT_MONTHS = 6;
/** Local rule's shipped default: months of 失联 after which 停止党籍 may be considered. */
export const DEFAULT_LOST_MONTHS = 6;
/** After the 停止党籍 point, 2 more years without contact: 自行脱党 (除名) handling. */
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

/** The days a 失联 reaches its two reminders: may be put under 停止党籍, then 自行脱党 handling. */
export function lostMilestones(lostOn: string, lostMonths: number): { suspendFrom: string; lapseFrom: string } {
  const suspendFrom = addMonths(lostOn, lostMonths);
  return { suspendFrom, lapseFrom: addYears(suspendFrom, LAPSE_YEARS_AFTER_SUSPEND) };
}

export function lostStage(lostOn: string, lostMonths: number, day: string): LostStage {
  const { suspendFrom, lapseFrom } = lostMilestones(lostOn, lostMonths);
  if (day >= lapseFrom) return '按自行脱党处理';
  if (day >= suspendFrom) return '可停止党籍';
  return '失联';
}

/** The day 党龄 (from 转正日期, 党章 art. 7) reaches 50 years. */
export const honorReachedOn = (fullMemberOn: string): string => addYears(fullMemberOn, HONOR_YEARS);

/** In year Y's 光荣在党50年 list ⇔ 转正 + 50 years ≤ Y-07-01 (转正 1977-06 → 2027, not 2026). */
export const reachesHonorBy = (fullMemberOn: string, year: number): boolean => honorReachedOn(fullMemberOn) <= `${year}-07-01`;

/** The first year whose list a member belongs to. */
export function honorYear(fullMemberOn: string): number {
  const reached = honorReachedOn(fullMemberOn);
  const year = Number(reached.slice(0, 4));
  return reached <= `${year}-07-01` ? year : year + 1;
}

/** Age on 12-31 of the year: 老党员 for the year's visits when ≥ the local age. */
export const ageAtYearEnd = (birthDate: string, year: number): number | null => fullYearsBetween(birthDate, `${year}-12-31`);
