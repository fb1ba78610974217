// A street's reporting periods: a year, or one of its quarters.
import { todayIso } from './dates';

export const QUARTER_NAMES = ['第一季度', '第二季度', '第三季度', '第四季度'];

export function periodLabel(p: { year: number; quarter: number | null }): string {
  return p.quarter === null ? `${p.year}年` : `${p.year}年${QUARTER_NAMES[p.quarter - 1]}`;
}

export function periodStart(p: { year: number; quarter: number | null }): string {
  const month = p.quarter === null ? 1 : (p.quarter - 1) * 3 + 1;
  return `${p.year}-${String(month).padStart(2, '0')}-01`;
}

/** Why a street does not take a package for this period, or null. A period that has not begun cannot have figures. */
export function periodProblem(p: { year: number; quarter: number | null }, today: string = todayIso()): string | null {
  if (periodStart(p) > today) return `报送期间${periodLabel(p)}尚未开始，请核对上报包的年度和季度`;
  return null;
}

const QUARTER_END = ['03-31', '06-30', '09-30', '12-31'];

/** The period's last day: a package whose figures are as of an earlier day was made before the period ended. */
export function periodEnd(p: { year: number; quarter: number | null }): string {
  return `${p.year}-${p.quarter === null ? '12-31' : QUARTER_END[p.quarter - 1]}`;
}
