// 双报到's calls, spread into the contract (api/contract.ts).
import { give, none, read, write } from '../callSpec';
import type { EvaluationThresholds } from '../dualReg';
import {
  type ActivityRow,
  type DemandRow,
  type OnjobRow,
  type OnjobYearPage,
  type OnjobYearRow,
  type UnitRow,
  type YearFigures,
  activityInput,
  demandInput,
  demandStepInput,
  endInput,
  evaluationInput,
  onjobInput,
  onjobYearInput,
  thresholdsInput,
  unitInput,
} from '../schemas/dualReg';
import type { ExportedFile } from '../schemas/reports';
import { z } from 'zod';

export const dualCalls = {
  'dual.units': read<UnitRow[]>()('查看报到单位', none),
  'dual.saveUnit': write<UnitRow[]>()('保存报到单位', ['dual'], unitInput),
  'dual.cancelUnit': write<UnitRow[]>()('注销报到单位', ['dual'], endInput('单位')),
  'dual.onjob': read<OnjobRow[]>()('查看在职党员', none),
  'dual.saveOnjob': write<OnjobRow>()('保存在职党员', ['dual'], onjobInput),
  'dual.revokeOnjob': write<OnjobRow>()('撤销在职党员报到', ['dual'], endInput('在职党员')),
  'dual.demands': read<DemandRow[]>()('查看需求', none),
  'dual.createDemand': write<DemandRow[]>()('登记需求', ['dual'], demandInput),
  'dual.takeStep': write<DemandRow[]>()('办理五单步骤', ['dual'], demandStepInput),
  'dual.activities': read<ActivityRow[]>()('查看活动', z.object({ year: z.number().int().min(1949).max(2200) })),
  'dual.saveActivity': write<{ id: number }>()('保存活动', ['dual'], activityInput),
  'dual.figures': read<YearFigures>()('查看双报到统计', z.object({ year: z.number().int().min(1949).max(2200) })),
  'dual.people': read<OnjobYearPage>()('查看在职党员年度表现', onjobYearInput),
  'dual.setEvaluation': write<OnjobYearRow>()('调整社区评价', ['dual'], evaluationInput),
  'dual.thresholds': read<EvaluationThresholds>()('查看评价标准', none),
  'dual.saveThresholds': write<EvaluationThresholds>()('修改评价标准', ['dual'], thresholdsInput),
  'reports.dualRegistration': give<ExportedFile>()('导出报到登记表', z.object({ year: z.number().int().min(1949).max(2200) })),
  'reports.dualActivities': give<ExportedFile>()('导出活动台账', z.object({ year: z.number().int().min(1949).max(2200) })),
  'reports.dualFeedback': give<ExportedFile>()('导出表现反馈表', z.object({ year: z.number().int().min(1949).max(2200) })),
} as const;
