// 发展计划 完成率 (issue 30): 完成 ÷ 计划 of each figure, from sums at the street's 合计 (never an average of rates),
// as every street 合计 is made (api/rules/streetSums.ts). No plan, or a plan of 0: no rate ('—').
import type { DevProgressFigures, DevQuota, QuotaFigure } from '../schemas/streetPlan';
import { DEV_QUOTA_KEYS } from '../streetPlanKeys';

const figure = (plan: number | null, done: number): QuotaFigure => ({ plan, done, rate: plan ? done / plan : null });

export function devProgress(plan: DevQuota | null, done: DevQuota): DevProgressFigures {
  return Object.fromEntries(DEV_QUOTA_KEYS.map((k) => [k, figure(plan ? plan[k] : null, done[k])])) as DevProgressFigures;
}

export function sumDevProgress(rows: readonly DevProgressFigures[]): DevProgressFigures {
  return Object.fromEntries(
    DEV_QUOTA_KEYS.map((k) => {
      const plans = rows.map((r) => r[k].plan).filter((p): p is number => p !== null);
      const plan = plans.length ? plans.reduce((a, b) => a + b, 0) : null;
      return [k, figure(plan, rows.reduce((a, r) => a + r[k].done, 0))];
    }),
  ) as DevProgressFigures;
}
