// 流动党员 and care's calls, spread into the contract (api/contract.ts).
import { give, none, read, write } from '../callSpec';
import {
  careRulesInput,
  careVisitsExportInput,
  centerInput,
  centersExportInput,
  centersInput,
  flowContactInput,
  flowInInput,
  flowInsInput,
  flowOutInput,
  flowRegisterInput,
  flowsInput,
  honorExportInput,
  honorInput,
  lostInput,
  lostSaveInput,
  medalInput,
  memberCareInput,
  notVisitedInput,
  visitInput,
  visitsInput,
  voidFlowOutInput,
  voidVisitInput,
  type CareRules,
  type CenterRow,
  type CentersPage,
  type FlowInRow,
  type FlowOutRow,
  type FlowsPage,
  type HonorPage,
  type LostPage,
  type LostRow,
  type MemberCare,
  type NotVisitedPage,
  type VisitRow,
  type VisitsPage,
} from '../schemas/care';
import { type ExportedFile } from '../schemas/reports';
import { flowHomeInput } from '../schemas/flowHome';
import type { FlowHome } from '../rules/flowDirection';

/** A care write changes the registers; the member drawer, 首页's reminders and meetings' guests derive from them (api/staleness.ts). */
export const CARE_TOUCHES = ['care'] as const;

export const careCalls = {
  'care.flows': read<FlowsPage>()('查看流动党员', flowsInput),
  'care.flowIns': read<FlowInRow[]>()('查看流入党员', flowInsInput),
  'care.lost': read<LostPage>()('查看失联党员', lostInput),
  'care.visits': read<VisitsPage>()('查看关怀慰问', visitsInput),
  'care.notVisited': read<NotVisitedPage>()('查看未慰问党员', notVisitedInput),
  'care.honor50': read<HonorPage>()('查看光荣在党50年', honorInput),
  'care.centers': read<CentersPage>()('查看党员中心户', centersInput),
  'care.member': read<MemberCare>()('查看党员关怀记录', memberCareInput),
  'care.rules': read<CareRules>()('查看关怀提醒标准', none),
  /** The community's 省 and 市 that 流向 (市内/省内/省外) is read against; none set: 未定. */
  'care.flowHome': read<FlowHome>()('查看流向判定所在地', none),
  'care.saveFlowOut': write<FlowOutRow>()('登记流出党员', CARE_TOUCHES, flowOutInput),
  'care.voidFlowOut': write<FlowOutRow>()('作废流出记录', CARE_TOUCHES, voidFlowOutInput),
  'care.addFlowContact': write<FlowOutRow>()('登记流出党员联系', CARE_TOUCHES, flowContactInput),
  'care.saveFlowIn': write<FlowInRow>()('登记流入党员', CARE_TOUCHES, flowInInput),
  'care.saveLost': write<LostRow>()('登记失联党员', CARE_TOUCHES, lostSaveInput),
  'care.saveVisit': write<VisitRow>()('登记关怀慰问', CARE_TOUCHES, visitInput),
  'care.voidVisit': write<VisitRow>()('作废慰问记录', CARE_TOUCHES, voidVisitInput),
  'care.saveMedal': write<HonorPage>()('登记纪念章颁发', CARE_TOUCHES, medalInput),
  'care.saveCenter': write<CenterRow>()('保存党员中心户', CARE_TOUCHES, centerInput),
  'care.saveRules': write<CareRules>()('修改关怀提醒标准', CARE_TOUCHES, careRulesInput),
  'care.saveFlowHome': write<FlowHome>()('修改流向判定所在地', CARE_TOUCHES, flowHomeInput),
  'reports.flowRegister': give<ExportedFile>()('导出流动党员登记表', flowRegisterInput),
  'reports.careVisits': give<ExportedFile>()('导出关怀慰问登记表', careVisitsExportInput),
  'reports.honor50': give<ExportedFile>()('导出光荣在党50年党员名单', honorExportInput),
  'reports.centerHouseholds': give<ExportedFile>()('导出党员中心户联系表', centersExportInput),
} as const;
