// 积分, 评星定级 and 民主评议 vocabulary (shared/DOMAIN.md). Every number here is a local
// default: the scheme of a year lives in the ledger and is edited in the UI.

export const RULE_CATEGORIES = ['基础分', '加分', '扣分', '一票否决'] as const;
export type RuleCategory = (typeof RULE_CATEGORIES)[number];

export const RULE_SOURCES = ['base', 'meeting', 'absence', 'activity', 'activityHours', 'demand', 'dues', 'manual'] as const;
export type RuleSource = (typeof RULE_SOURCES)[number];
export const RULE_SOURCE_LABELS: Record<RuleSource, string> = {
  base: '自动：年度基础分',
  meeting: '自动：出席会议（按类型）',
  absence: '自动：无故缺席',
  activity: '自动：参加双报到活动（每次）',
  activityHours: '自动：双报到服务时长',
  demand: '自动：认领并完成微心愿/需求',
  dues: '自动：按时交纳党费（每月）',
  manual: '手工登记',
};

export const RULE_APPLIES_TO = ['党员', '在职党员', '全部'] as const;

export const APPRAISAL_GRADES = ['优秀', '合格', '基本合格', '不合格'] as const;
export type AppraisalGrade = (typeof APPRAISAL_GRADES)[number];
export const DISPOSALS = ['限期改正', '劝退', '除名'] as const;

export interface StarLevel {
  stars: number;
  minPoints: number;
}

/** Stars for a total: the highest level whose threshold the total reaches (at least one star). */
export function starsFor(levels: StarLevel[], total: number): number {
  const sorted = [...levels].sort((a, b) => b.minPoints - a.minPoints);
  return sorted.find((l) => total >= l.minPoints)?.stars ?? 1;
}

export const STAR_LABELS = ['', '一星', '二星', '三星', '四星', '五星'];
export const starLabel = (n: number) => STAR_LABELS[n] ?? `${n}星`;

/**
 * What an item earns under a yearly cap of which `used` is already taken (items are taken in
 * date order, so later ones earn nothing once the cap is reached). Negative for 扣分; the
 * caller adds its magnitude to `used`.
 */
export function underCap(points: number, used: number, cap: number): number {
  return Math.sign(points) * Math.min(Math.abs(points), Math.max(0, cap - used));
}

/** Awards of an hour-based rule earned by an activity: full `perHours` crossed by the year's running hours. */
export function awardsBetween(hoursBefore: number, hoursAfter: number, perHours: number): number {
  return Math.floor((hoursAfter + 1e-9) / perHours) - Math.floor((hoursBefore + 1e-9) / perHours);
}

/**
 * A suggestion only (仅供参考): the branch decides. Never suggests 不合格, which needs the
 * 支委会's judgement and a 处置.
 */
export function suggestAppraisal(input: { attendanceRate: number | null; stars: number | null; vetoed: boolean }): AppraisalGrade {
  if (input.vetoed) return '基本合格';
  const rate = input.attendanceRate ?? 1;
  if (rate >= 0.9 && (input.stars ?? 0) >= 4) return '优秀';
  if (rate >= 0.6) return '合格';
  return '基本合格';
}

/** 优秀 should be at most one third of the 正式党员 graded (预备党员 take no grade). */
export function excellentShareWarning(excellent: number, graded: number): string | null {
  if (graded === 0 || excellent * 3 <= graded) return null;
  return `评为优秀的 ${excellent} 人超过已评定等次的正式党员（${graded} 人）的三分之一，请复核`;
}
