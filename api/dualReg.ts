// 双报到 vocabulary (shared/DOMAIN.md). Evaluation thresholds are local defaults.

export const UNIT_CATEGORIES = ['党政机关', '事业单位', '国有企业', '非公企业', '社会组织', '其他'] as const;
export const SERVICE_POSTS = ['政策宣传', '环境整治', '关爱帮扶', '矛盾调解', '文明创建', '平安巡防', '志愿服务', '其他'] as const;
export const ACTIVITY_CATEGORIES = ['志愿服务', '政策宣传', '环境整治', '关爱帮扶', '矛盾调解', '文明创建', '平安巡防', '微心愿', '其他'] as const;

/** 五单: each step once, in this order. */
export const DEMAND_STEPS = ['居民点单', '支部议单', '社区派单', '党员接单', '党群评单'] as const;
export type DemandStep = (typeof DEMAND_STEPS)[number];
export const DEMAND_KINDS = ['需求', '微心愿'] as const;

export const COMMUNITY_GRADES = ['优秀', '合格', '不合格'] as const;
export type CommunityGrade = (typeof COMMUNITY_GRADES)[number];

export interface EvaluationThresholds {
  /** Count activities or hours. */
  basis: 'activities' | 'hours';
  /** At least this for 合格 (default ≥4 activities a year). */
  pass: number;
  /** At least this for 优秀. */
  excellent: number;
}

export const DEFAULT_THRESHOLDS: EvaluationThresholds = { basis: 'activities', pass: 4, excellent: 8 };

export function suggestGrade(t: EvaluationThresholds, activities: number, hours: number): CommunityGrade {
  const value = t.basis === 'activities' ? activities : hours;
  if (value >= t.excellent) return '优秀';
  if (value >= t.pass) return '合格';
  return '不合格';
}
