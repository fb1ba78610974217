// 三会一课's calls, spread into the contract (api/contract.ts).
import { give, none, read, write } from '../callSpec';
import type { MeetingRule } from '../meetingTypes';
import { byId } from '../schemas/fields';
import {
  type ComplianceMatrix,
  type ExpectedPerson,
  type MeetingDetail,
  type MeetingSummary,
  complianceInput,
  exemptionInput,
  expectedInput,
  meetingInput,
  meetingListInput,
  meetingVoidInput,
  rulesInput,
} from '../schemas/meetings';
import { type ExportedFile, meetingBookInput, meetingStatsInput } from '../schemas/reports';

export const meetingsCalls = {
  'meetings.list': read<MeetingSummary[]>()('查看会议', meetingListInput),
  'meetings.get': read<MeetingDetail>()('查看会议记录', byId('会议记录')),
  'meetings.expected': read<{ people: ExpectedPerson[]; suggestedSeq: number }>()('载入应到人员', expectedInput),
  'meetings.save': write<MeetingDetail>()('保存会议记录', ['meetings'], meetingInput),
  'meetings.void': write<MeetingDetail>()('作废会议记录', ['meetings'], meetingVoidInput),
  'meetings.compliance': read<ComplianceMatrix>()('查看开展情况', complianceInput),
  'meetings.rules': read<MeetingRule[]>()('查看三会一课要求', none),
  'meetings.saveRules': write<MeetingRule[]>()('修改三会一课要求', ['meetings'], rulesInput),
  'meetings.addExemption': write<{ id: number }>()('登记豁免', ['meetings'], exemptionInput),
  'reports.meetingStats': give<ExportedFile>()('导出三会一课统计表', meetingStatsInput),
  'reports.meetingRecord': give<ExportedFile>()('导出会议记录', byId('会议记录')),
  'reports.meetingBook': give<ExportedFile>()('导出会议记录本', meetingBookInput),
} as const;
