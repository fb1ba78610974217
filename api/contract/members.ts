// The roster's calls, spread into the contract (api/contract.ts).
import { give, read, write } from '../callSpec';
import { byId, recordId } from '../schemas/fields';
import {
  type MemberDetail,
  type MemberHistory,
  type MemberRow,
  type ProbationProposal,
  type SaveMemberResult,
  factCorrectionInput,
  memberCreateInput,
  memberListInput,
  memberStatusInput,
  memberUpdateInput,
} from '../schemas/members';
import { type ExportedFile, rosterExportInput } from '../schemas/reports';
import { z } from 'zod';

export const membersCalls = {
  'members.list': read<{ rows: MemberRow[]; total: number }>()('查看党员名单', memberListInput),
  'members.get': read<MemberDetail>()('查看党员详情', byId('党员')),
  /** The full 身份证号 and phone behind the masked ones; every reveal is in the audit log. */
  'members.reveal': give<{ idNumber: string; phone: string | null }>()('查看完整身份证号和电话', byId('党员')),
  'members.create': write<SaveMemberResult>()('新增党员', ['members'], memberCreateInput),
  'members.update': write<SaveMemberResult>()('修改党员信息', ['members'], memberUpdateInput),
  // 'development': a 转正, 取消预备党员资格 or 转出 moves the person's 发展 file on (db/development/follow.ts).
  'members.changeStatus': write<MemberDetail>()('党员状态变动', ['members', 'development'], memberStatusInput),
  /** Every value of 支部, 党小组, 人员类别, 党籍状态, 社区分类 with its dates, and every event. */
  'members.history': read<MemberHistory>()('查看党员变动历史', byId('党员')),
  /** Moves one date of the history (logged as 更正 with the old and new dates and the reason). */
  /** The 转正日期 to propose (the day the 预备期 ends) and an extension's allowed range. */
  'members.probation': read<ProbationProposal>()('查看预备期', byId('党员')),
  'members.correctFactDate': write<MemberHistory>()('更正变动日期', ['members'], factCorrectionInput),
  'members.attendance': read<{
    year: number;
    rows: { meetingId: number; heldOn: string; orgName: string; status: string; reason: string | null; approvedByHigher: boolean; types: string }[];
    expected: number;
    present: number;
    rate: number | null;
  }>()('查看个人出勤', z.object({ id: recordId('党员'), year: z.number().int() })),
  'reports.roster': give<ExportedFile>()('导出党员花名册', rosterExportInput),
} as const;
