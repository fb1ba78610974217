// 发展党员's calls, spread into the contract (api/contract.ts).
import { give, none, read, write } from '../callSpec';
import {
  devCreateInput,
  devLeaveInput,
  devListInput,
  devPersonInput,
  devPlanInput,
  devProgressInput,
  devProposeVoteInput,
  devRecordExportInput,
  devRecordInput,
  devRosterInput,
  devSavePlanInput,
  devStatsInput,
  devStepNameInput,
  devUpdateInput,
  devVoidInput,
  type DevPersonFile,
  type DevPersonRow,
  type DevPlan,
  type DevRecordResult,
  type DevStep,
  type DevVoteProposal,
} from '../schemas/development';
import { type ExportedFile } from '../schemas/reports';

/** A 发展党员 write changes the register; 首页's reminders and 党内统计 derive from it (api/staleness.ts). */
export const DEV_TOUCHES = ['development'] as const;
/** A step can write the roster too: the 审批 puts the person on it as 预备党员, the 转正 steps follow it. */
const DEV_STEP_TOUCHES = ['development', 'members'] as const;

export const developmentCalls = {
  'development.steps': read<DevStep[]>()('查看发展党员步骤', none),
  'development.list': read<DevPersonRow[]>()('查看发展党员名册', devListInput),
  'development.person': read<DevPersonFile>()('查看发展党员档案', devPersonInput),
  'development.plan': read<DevPlan>()('查看发展计划', devPlanInput),
  'development.proposeVote': read<DevVoteProposal>()('计算支部大会应到人数', devProposeVoteInput),
  'development.create': write<DevPersonFile>()('登记入党申请人', DEV_TOUCHES, devCreateInput),
  'development.update': write<DevPersonFile>()('修改发展党员信息', DEV_TOUCHES, devUpdateInput),
  'development.record': write<DevRecordResult>()('记录发展党员步骤', DEV_STEP_TOUCHES, devRecordInput),
  'development.voidRecord': write<DevPersonFile>()('作废发展党员步骤', DEV_STEP_TOUCHES, devVoidInput),
  'development.leave': write<DevPersonFile>()('退出发展程序', DEV_TOUCHES, devLeaveInput),
  'development.savePlan': write<DevPlan>()('保存发展计划', DEV_TOUCHES, devSavePlanInput),
  'development.saveStepName': write<DevStep[]>()('修改步骤名称', DEV_TOUCHES, devStepNameInput),
  'reports.devRoster': give<ExportedFile>()('导出发展党员花名册', devRosterInput),
  'reports.devProgress': give<ExportedFile>()('导出发展党员工作进度表', devProgressInput),
  'reports.devStats': give<ExportedFile>()('导出发展党员情况统计表', devStatsInput),
  'reports.devRecord': give<ExportedFile>()('导出发展党员纪实表', devRecordExportInput),
} as const;
