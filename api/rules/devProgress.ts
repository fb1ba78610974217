// 发展计划 完成率 (issue 30): 完成 ÷ 计划 of each figure, from sums at the street's 合计 (never an average of rates),
// as every street 合计 is made (api/rules/streetSums.ts). No plan, or a plan of 0: no rate ('—').
import type { DevProgressFigures, DevQuota, PackageDevelopment, QuotaFigure } from '../schemas/streetPlan';
import { DEV_QUOTA_KEYS, DEV_QUOTA_LABEL } from '../streetPlanKeys';

const figure = (plan: number | null, done: number): QuotaFigure => ({ plan, done, rate: plan ? done / plan : null });

export function devProgress(plan: DevQuota | null, done: DevQuota): DevProgressFigures {
  return Object.fromEntries(DEV_QUOTA_KEYS.map((k) => [k, figure(plan ? plan[k] : null, done[k])])) as DevProgressFigures;
}

export function sumDevProgress(rows: readonly DevProgressFigures[]): DevProgressFigures {
  return Object.fromEntries(
    DEV_QUOTA_KEYS.map((k) => {
      const plans = rows.map((r) => r[k].plan).filter((p): p is number => p !== null);
      const plan = plans.length ? plans.reduce((a, b) => a + b, 0) : null;
      return [
        k,
        figure(
          plan,
          rows.reduce((a, r) => a + r[k].done, 0),
        ),
      ];
    }),
  ) as DevProgressFigures;
}

/** A package's 发展计划 figures by label, for the street's list of what a replacement changes (excel/street/figureChanges.ts). */
export function developmentFigureList(d: PackageDevelopment | null | undefined): [string, number | null][] {
  if (!d) return [];
  return DEV_QUOTA_KEYS.flatMap((k): [string, number | null][] => [
    [`发展计划 ${DEV_QUOTA_LABEL[k]}：计划`, d.quota ? d.quota[k] : null],
    [`发展计划 ${DEV_QUOTA_LABEL[k]}：完成`, d.done[k]],
  ]);
}
