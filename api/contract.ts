// The one list of calls the UI can make. Each entry: a zod schema that main checks
// before anything runs, and the output type the renderer's client is typed with.
import { z } from 'zod';
import { ALL, give, none, read, write } from './callSpec';
import { careCalls } from './contract/care';
import { censusCalls } from './contract/census';
import { developmentCalls } from './contract/development';
import { duesCalls } from './contract/dues';
import type { HomeDuesReminders, HomeFigures, HomeReminders, StartChecklist } from './schemas/home';
import {
  factCorrectionInput,
  memberCreateInput,
  memberListInput,
  memberStatusInput,
  memberUpdateInput,
  type MemberDetail,
  type MemberHistory,
  type MemberRow,
  type ProbationProposal,
  type SaveMemberResult,
} from './schemas/members';
import {
  committeeAddInput,
  committeeEndInput,
  orgCloseInput,
  orgCreateInput,
  orgMoveInput,
  orgUpdateInput,
  type OrgDetail,
  type OrgRow,
} from './schemas/orgs';
import {
  importCreateOrgsInput,
  importPreviewInput,
  importUploadInput,
  type ImportOrgsCreated,
  type ImportPreview,
  type ImportResult,
  type UploadedFile,
} from './schemas/imports';
import {
  attachInput,
  attachmentRefInput,
  type Attachment,
  deliverInput,
  meetingBookInput,
  meetingStatsInput,
  rosterExportInput,
  type Delivery,
  type ExportedFile,
} from './schemas/reports';
import { settingsInput, type Settings } from './schemas/settings';
import { reportPackageCalls } from './contract/reportPackage';
import { streetCalls } from './contract/street';
import { streetPlanCalls } from './contract/streetPlan';
import { ledgerStartCalls } from './contract/ledgerStart';
import {
  complianceInput,
  exemptionInput,
  expectedInput,
  meetingInput,
  meetingListInput,
  meetingVoidInput,
  rulesInput,
  type ComplianceMatrix,
  type ExpectedPerson,
  type MeetingDetail,
  type MeetingSummary,
} from './schemas/meetings';
import type { MeetingRule } from './meetingTypes';
import {
  activityInput,
  demandInput,
  demandStepInput,
  endInput,
  evaluationInput,
  onjobInput,
  thresholdsInput,
  unitInput,
  type ActivityRow,
  type DemandRow,
  type OnjobRow,
  type UnitRow,
  type YearFigures,
  onjobYearInput,
  type OnjobYearPage,
  type OnjobYearRow,
} from './schemas/dualReg';
import type { EvaluationThresholds } from './dualReg';
import { recordId, requiredText } from './schemas/fields';
import { backupNameInput, type BackupStatus } from './schemas/backups';
import { auditFilterInput, type AuditRow } from './schemas/audit';
import type { StarLevel } from './points';
import {
  appraisalCreateInput,
  appraisalEntryInput,
  appraisalRef,
  closeYearInput,
  copySchemeInput,
  exclusionInput,
  manualEntryInput,
  pointRuleInput,
  reopenYearInput,
  reverseInput,
  starsInput,
  yearField,
  yearInput,
  type AppraisalBatch,
  type AppraisalOverview,
  type PointRule,
  standingsInput,
  type StandingsPage,
  type PointStatement,
  type YearStatus,
} from './schemas/points';
import { type HomeDevReminders } from './schemas/development';
import { type CareReminders } from './schemas/care';

const byId = (label: string) => z.object({ id: recordId(label) });

export interface LockStatus {
  /** A start password is set: the ledger and its backups are encrypted. */
  enabled: boolean;
  locked: boolean;
  idleMinutes: number;
  operator: string | null;
  /** Seconds before the next password may be tried (after 5 wrong ones), 0 when now. */
  waitSeconds: number;
  /** Only in the answer that set a password: the new recovery code, shown once. */
  recoveryCode?: string;
}

export interface AppInfo {
  version: string;
  dataDir: string;
  databaseFile: string;
  mode: 'desktop' | 'browser';
  /** Set when the ledger file failed its check at start: the app offers a restore and nothing else. */
  damaged: { message: string; newestGood: { name: string; at: string } | null } | null;
}

export { FAMILIES, type CallEffect, type CallSpec, type Family } from './callSpec';

export const contract = {
  ...duesCalls,
  ...developmentCalls,
  ...careCalls,
  'app.info': read<AppInfo>()('查看程序信息', none),
  'settings.get': read<Settings>()('查看设置', none),
  'settings.save': write<Settings>()('修改系统设置', ['settings', 'home'], settingsInput),

  'backups.status': read<BackupStatus>()('查看备份', none),
  'backups.create': write<BackupStatus>()('立即备份', ['backups'], none),
  'backups.copyOut': write<Delivery>()('备份到外部', ['backups', 'home'], none),
  'backups.restore': write<{ restoredFrom: string }>()('从备份恢复', ALL, backupNameInput),
  'sample.status': read<{ loaded: boolean; canLoad: boolean }>()('查看示例数据', none),
  'sample.load': write<{ loaded: boolean; canLoad: boolean }>()('加载示例数据', ALL, none),
  'sample.remove': write<{ loaded: boolean; canLoad: boolean }>()('移除示例数据', ALL, none),
  'audit.list': read<{ rows: AuditRow[]; total: number }>()('查看操作日志', auditFilterInput),
  'reports.audit': give<ExportedFile>()('导出操作日志', auditFilterInput),

  'lock.status': read<LockStatus>()('查看锁定状态', none),
  'lock.unlock': write<LockStatus>()('解锁', ALL, z.object({ password: z.string({ error: '请输入密码' }).min(1, '请输入密码').max(200), operator: requiredText('操作人', 30) })),
  'lock.lockNow': write<LockStatus>()('锁定', ['lock'], none),
  'lock.set': write<LockStatus>()('设置启动密码', ['lock', 'backups', 'home'], 
    z.object({
      current: z.string().max(200).nullish().transform((v) => v ?? null),
      password: z.string({ error: '请输入新密码' }).min(6, '密码至少6位').max(200, '密码太长'),
      idleMinutes: z.number({ error: '请填写自动锁定时间' }).int().min(1, '自动锁定时间为1到240分钟').max(240, '自动锁定时间为1到240分钟'),
    }),
  ),
  'lock.recover': write<LockStatus>()('用恢复码重设密码', ALL,
    z.object({
      code: z.string({ error: '请输入恢复码' }).min(1, '请输入恢复码').max(100),
      password: z.string({ error: '请输入新密码' }).min(6, '密码至少6位').max(200, '密码太长'),
      operator: requiredText('操作人', 30),
    }),
  ),
  'lock.disable': write<LockStatus>()('取消启动密码', ['lock', 'backups', 'home'], z.object({ current: z.string({ error: '请输入当前密码' }).min(1, '请输入当前密码').max(200) })),

  'orgs.list': read<OrgRow[]>()('查看组织', z.object({ includeClosed: z.boolean().default(true) }).default({ includeClosed: true })),
  'orgs.get': read<OrgDetail>()('查看组织详情', byId('组织')),
  'orgs.create': write<OrgRow>()('新建组织', ['orgs', 'members', 'home', 'meetings', 'points', 'appraisal', 'dues', 'care'], orgCreateInput),
  'orgs.update': write<OrgRow>()('修改组织', ['orgs', 'members', 'home', 'meetings', 'points', 'appraisal', 'dues', 'care'], orgUpdateInput),
  'orgs.move': write<OrgRow>()('调整上级组织', ['orgs', 'members', 'home', 'meetings', 'points', 'appraisal', 'dues', 'care'], orgMoveInput),
  'orgs.close': write<OrgRow>()('撤销组织', ['orgs', 'members', 'home', 'meetings', 'points', 'appraisal', 'dues', 'care'], orgCloseInput),
  'orgs.reopen': write<OrgRow>()('恢复组织', ['orgs', 'members', 'home', 'meetings', 'points', 'appraisal', 'dues', 'care'], byId('组织')),
  'orgs.committeeAdd': write<OrgDetail>()('增加支委', ['orgs', 'members', 'home', 'meetings', 'points', 'appraisal', 'dues'], committeeAddInput),
  'orgs.committeeEnd': write<OrgDetail>()('支委离任', ['orgs', 'members', 'home', 'meetings', 'points', 'appraisal', 'dues'], committeeEndInput),

  'members.list': read<{ rows: MemberRow[]; total: number }>()('查看党员名单', memberListInput),
  'members.get': read<MemberDetail>()('查看党员详情', byId('党员')),
  /** The full 身份证号 and phone behind the masked ones; every reveal is in the audit log. */
  'members.reveal': give<{ idNumber: string; phone: string | null }>()('查看完整身份证号和电话', byId('党员')),
  'members.create': write<SaveMemberResult>()('新增党员', ['members', 'orgs', 'home', 'meetings', 'points', 'appraisal', 'dual', 'dues', 'care'], memberCreateInput),
  'members.update': write<SaveMemberResult>()('修改党员信息', ['members', 'orgs', 'home', 'meetings', 'points', 'appraisal', 'dual', 'dues', 'care'], memberUpdateInput),
  // 'development': a 转正, 取消预备党员资格 or 转出 moves the person's 发展 file on (db/development/follow.ts).
  'members.changeStatus': write<MemberDetail>()('党员状态变动', ['members', 'orgs', 'home', 'meetings', 'points', 'appraisal', 'dual', 'dues', 'care', 'development'], memberStatusInput),
  /** Every value of 支部, 党小组, 人员类别, 党籍状态, 社区分类 with its dates, and every event. */
  'members.history': read<MemberHistory>()('查看党员变动历史', byId('党员')),
  /** Moves one date of the history (logged as 更正 with the old and new dates and the reason). */
  /** The 转正日期 to propose (the day the 预备期 ends) and an extension's allowed range. */
  'members.probation': read<ProbationProposal>()('查看预备期', byId('党员')),
  'members.correctFactDate': write<MemberHistory>()('更正变动日期', ['members', 'orgs', 'home', 'meetings', 'points', 'appraisal', 'dual', 'dues', 'care'], factCorrectionInput),

  'home.reminders': read<HomeReminders>()('查看提醒', none),
  /** 党费 arrears of the street up to last month: its own call, slower than the rest of 首页. */
  'home.duesReminders': read<HomeDuesReminders>()('查看党费欠交提醒', none),
  'home.developmentReminders': read<HomeDevReminders>()('查看发展党员提醒', none),
  /** 流出 not contacted for 6 months, 失联 past the local rule, 纪念章 and visits due: its own call like 党费's. */
  'home.careReminders': read<CareReminders>()('查看关怀提醒', none),
  'home.figures': read<HomeFigures>()('查看首页统计', none),
  'home.checklist': read<StartChecklist>()('查看开始使用清单', none),
  'home.dismissChecklist': write<StartChecklist>()('关闭开始使用清单', ['home'], none),

  'meetings.list': read<MeetingSummary[]>()('查看会议', meetingListInput),
  'meetings.get': read<MeetingDetail>()('查看会议记录', byId('会议记录')),
  'meetings.expected': read<{ people: ExpectedPerson[]; suggestedSeq: number }>()('载入应到人员', expectedInput),
  'meetings.save': write<MeetingDetail>()('保存会议记录', ['meetings', 'members', 'home', 'points', 'appraisal', 'care'], meetingInput),
  'meetings.void': write<MeetingDetail>()('作废会议记录', ['meetings', 'members', 'home', 'points', 'appraisal', 'care'], meetingVoidInput),
  'meetings.compliance': read<ComplianceMatrix>()('查看开展情况', complianceInput),
  'meetings.rules': read<MeetingRule[]>()('查看三会一课要求', none),
  'meetings.saveRules': write<MeetingRule[]>()('修改三会一课要求', ['meetings', 'home'], rulesInput),
  'meetings.addExemption': write<{ id: number }>()('登记豁免', ['meetings', 'home'], exemptionInput),
  'members.attendance': read<{ year: number; rows: { meetingId: number; heldOn: string; orgName: string; status: string; reason: string | null; approvedByHigher: boolean; types: string }[]; expected: number; present: number; rate: number | null }>()('查看个人出勤', 
    z.object({ id: recordId('党员'), year: z.number().int() }),
  ),

  'dual.units': read<UnitRow[]>()('查看报到单位', none),
  'dual.saveUnit': write<UnitRow[]>()('保存报到单位', ['dual', 'points', 'appraisal', 'home'], unitInput),
  'dual.cancelUnit': write<UnitRow[]>()('注销报到单位', ['dual', 'points', 'appraisal', 'home'], endInput('单位')),
  'dual.onjob': read<OnjobRow[]>()('查看在职党员', none),
  'dual.saveOnjob': write<OnjobRow>()('保存在职党员', ['dual', 'points', 'appraisal', 'home'], onjobInput),
  'dual.revokeOnjob': write<OnjobRow>()('撤销在职党员报到', ['dual', 'points', 'appraisal', 'home'], endInput('在职党员')),
  'dual.demands': read<DemandRow[]>()('查看需求', none),
  'dual.createDemand': write<DemandRow[]>()('登记需求', ['dual', 'points', 'appraisal', 'home'], demandInput),
  'dual.takeStep': write<DemandRow[]>()('办理五单步骤', ['dual', 'points', 'appraisal', 'home'], demandStepInput),
  'dual.activities': read<ActivityRow[]>()('查看活动', z.object({ year: z.number().int().min(1949).max(2200) })),
  'dual.saveActivity': write<{ id: number }>()('保存活动', ['dual', 'points', 'appraisal', 'home'], activityInput),
  'dual.figures': read<YearFigures>()('查看双报到统计', z.object({ year: z.number().int().min(1949).max(2200) })),
  'dual.people': read<OnjobYearPage>()('查看在职党员年度表现', onjobYearInput),
  'dual.setEvaluation': write<OnjobYearRow>()('调整社区评价', ['dual', 'points', 'appraisal', 'home'], evaluationInput),
  'dual.thresholds': read<EvaluationThresholds>()('查看评价标准', none),
  'dual.saveThresholds': write<EvaluationThresholds>()('修改评价标准', ['dual', 'points', 'appraisal', 'home'], thresholdsInput),
  'reports.dualRegistration': give<ExportedFile>()('导出报到登记表', z.object({ year: z.number().int().min(1949).max(2200) })),
  'reports.dualActivities': give<ExportedFile>()('导出活动台账', z.object({ year: z.number().int().min(1949).max(2200) })),
  'reports.dualFeedback': give<ExportedFile>()('导出表现反馈表', z.object({ year: z.number().int().min(1949).max(2200) })),

  'points.rules': read<PointRule[]>()('查看积分规则', yearInput),
  'points.adoptDefault': write<PointRule[]>()('使用默认积分方案', ['points', 'appraisal'], yearInput),
  'points.copyScheme': write<PointRule[]>()('复制积分规则', ['points', 'appraisal'], copySchemeInput),
  'points.saveRule': write<PointRule[]>()('保存积分规则', ['points', 'appraisal'], pointRuleInput),
  'points.stars': read<StarLevel[]>()('查看星级标准', yearInput),
  'points.saveStars': write<StarLevel[]>()('修改星级标准', ['points', 'appraisal'], starsInput),
  'points.standings': read<StandingsPage>()('查看积分排名', standingsInput),
  'points.statement': read<PointStatement>()('查看积分明细', z.object({ memberId: recordId('党员'), year: yearField })),
  'points.addManual': write<PointStatement>()('登记加减分', ['points', 'appraisal'], manualEntryInput),
  'points.reverse': write<PointStatement>()('冲销积分', ['points', 'appraisal'], reverseInput),
  'points.setExclusion': write<{ memberId: number; excluded: boolean }>()('设置不参加积分', ['points', 'appraisal'], exclusionInput),
  'points.recompute': write<{ appended: number }>()('重新计算积分', ['points', 'appraisal'], yearInput),
  'appraisal.overview': read<AppraisalOverview>()('查看民主评议', yearInput),
  'appraisal.create': write<AppraisalBatch>()('建立民主评议名单', ['appraisal'], appraisalCreateInput),
  'appraisal.get': read<{ batch: AppraisalBatch | null }>()('查看民主评议', appraisalRef),
  'appraisal.saveEntry': write<AppraisalBatch>()('登记民主评议结果', ['appraisal'], appraisalEntryInput),
  'years.status': read<YearStatus>()('查看封账状态', none),
  'years.close': write<YearStatus>()('年度封账', ALL, closeYearInput),
  'years.reopen': write<YearStatus>()('重新开启年度', ALL, reopenYearInput),
  'reports.pointsSummary': give<ExportedFile>()('导出积分汇总表', yearInput),
  'reports.pointsStatement': give<ExportedFile>()('导出积分明细', z.object({ memberId: recordId('党员'), year: yearField })),
  'reports.starResults': give<ExportedFile>()('导出评星定级结果表', yearInput),
  'reports.appraisal': give<ExportedFile>()('导出民主评议汇总表', yearInput),







  'reports.roster': give<ExportedFile>()('导出党员花名册', rosterExportInput),
  /** 年度台账: starts building, answers with a job id; poll reports.jobStatus. */
  'reports.yearBook': give<{ jobId: string }>()('生成年度台账', z.object({ year: z.number().int().min(1949).max(2200), maskIdNumbers: z.boolean().default(false) })),
  'reports.jobStatus': read<{ done: number; total: number; step: string; skipped: string[]; finished: boolean; file: ExportedFile | null; error: string | null }>()('查看生成进度', z.object({ jobId: z.string().min(1).max(100) })),
  'reports.meetingStats': give<ExportedFile>()('导出三会一课统计表', meetingStatsInput),
  'reports.meetingRecord': give<ExportedFile>()('导出会议记录', byId('会议记录')),
  'reports.meetingBook': give<ExportedFile>()('导出会议记录本', meetingBookInput),
  ...reportPackageCalls,
  'files.deliver': read<Delivery>()('保存导出文件', deliverInput),
  'files.openAttachment': give<Delivery>()('打开附件', attachmentRefInput),

  /** Attachments of a meeting or an activity: kind + that record's id. */
  'attachments.list': read<Attachment[]>()('查看附件', attachmentRefInput),
  'attachments.add': write<Attachment[]>()('添加附件', ['attachments', 'meetings', 'dual', 'development'], attachInput),
  'attachments.remove': write<Attachment[]>()('移除附件', ['attachments', 'meetings', 'dual', 'development'], attachmentRefInput),

  'import.upload': read<UploadedFile>()('上传导入文件', importUploadInput),
  'import.preview': read<ImportPreview>()('预览导入', importPreviewInput),
  'import.commit': write<ImportResult>()('导入', ALL, importPreviewInput),
  'import.createOrgs': write<ImportOrgsCreated>()('导入时新建党组织', ['orgs', 'members', 'home', 'meetings', 'dues', 'reports'], importCreateOrgsInput),
  'import.problems': give<ExportedFile>()('导出需修改的行', importPreviewInput),
  'import.rosterTemplate': read<ExportedFile>()('下载导入模板', none),
  ...censusCalls,
  ...streetCalls,
  ...streetPlanCalls,
  ...ledgerStartCalls,
} as const;

export type Contract = typeof contract;
export type CallName = keyof Contract;
export type CallInput<K extends CallName> = z.input<Contract[K]['input']>;
export type ParsedInput<K extends CallName> = z.output<Contract[K]['input']>;
export type CallOutput<K extends CallName> = NonNullable<Contract[K]['output']>;

export const CALL_NAMES = Object.keys(contract) as CallName[];
export const isCallName = (name: unknown): name is CallName =>
  typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);

/** The audit log's name for a call; an unknown name (from an older or newer app) as it is. */
export const callLabel = (name: string): string => (isCallName(name) ? contract[name].label : name);
/** Calls written to the audit log: every write, and every call that hands out a file or personal data. */
export const AUDITED_CALLS = CALL_NAMES.filter((name) => contract[name].effect !== 'read');
