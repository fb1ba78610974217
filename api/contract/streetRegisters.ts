// 街道 mode's register calls (issue 30): the 光荣在党50年 名单, 慰问, 失联, 流动党员 and 换届 the
// communities' 上报包 carry, summed by community, and their forms (docs/street.md "Registers").
// Spread into streetCalls: they share the street family, so an import makes them stale.
import { give, read } from '../callSpec';
import type { ExportedFile } from '../schemas/reports';
import { streetPeriodInput } from '../schemas/street';
import {
  streetRegisterExportInput,
  type CareFigures,
  type FlowFigures,
  type FlowName,
  type HonorFigures,
  type HonorName,
  type LostFigures,
  type LostName,
  type RegisterView,
  type TermFigures,
  type TermName,
} from '../schemas/streetRegisters';

export const streetRegisterCalls = {
  /** Names people (masked ID numbers): audited. */
  'street.honor': give<RegisterView<HonorFigures, HonorName>>()('查看街道光荣在党50年名单', streetPeriodInput),
  'street.care': read<RegisterView<CareFigures, never>>()('查看街道关怀慰问情况', streetPeriodInput),
  'street.lost': give<RegisterView<LostFigures, LostName>>()('查看街道失联党员', streetPeriodInput),
  'street.flows': give<RegisterView<FlowFigures, FlowName>>()('查看街道流动党员', streetPeriodInput),
  'street.terms': read<RegisterView<TermFigures, TermName>>()('查看街道换届提醒', streetPeriodInput),
  'street.exportRegister': give<ExportedFile>()('导出街道登记汇总表', streetRegisterExportInput),
} as const;
