// The one list of calls the UI can make. Each entry: a zod schema that main checks
// before anything runs, and the output type the renderer's client is typed with.
import { z } from 'zod';
import type { HomeFigures, HomeReminders } from './schemas/home';
import {
  memberCreateInput,
  memberListInput,
  memberStatusInput,
  memberUpdateInput,
  type MemberDetail,
  type MemberRow,
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
import { importPreviewInput, importUploadInput, type ImportPreview, type ImportResult, type UploadedFile } from './schemas/imports';
import { attachInput, attachmentRefInput, type Attachment, deliverInput, meetingBookInput, meetingStatsInput, rosterExportInput, type Delivery, type ExportedFile } from './schemas/reports';
import { settingsInput, type Settings } from './schemas/settings';
import {
  complianceInput,
  exemptionInput,
  expectedInput,
  meetingInput,
  meetingListInput,
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

interface CallSpec<I extends z.ZodType, O> {
  input: I;
  /** Type carrier only; never read at run time. */
  output?: O;
}

const call =
  <O>() =>
  <I extends z.ZodType>(input: I): CallSpec<I, O> => ({ input });

const none = z.object({}).default({});
const byId = (label: string) => z.object({ id: recordId(label) });

export interface LockStatus {
  enabled: boolean;
  locked: boolean;
  idleMinutes: number;
  operator: string | null;
}

export interface AppInfo {
  version: string;
  dataDir: string;
  databaseFile: string;
  mode: 'desktop' | 'browser';
  /** Set when the ledger file failed its check at start: the app offers a restore and nothing else. */
  damaged: { message: string; newestGood: { name: string; at: string } | null } | null;
}

export const contract = {
  'app.info': call<AppInfo>()(none),
  'settings.get': call<Settings>()(none),
  'settings.save': call<Settings>()(settingsInput),

  'backups.status': call<BackupStatus>()(none),
  'backups.create': call<BackupStatus>()(none),
  'backups.copyOut': call<Delivery>()(none),
  'backups.restore': call<{ restoredFrom: string }>()(backupNameInput),
  'sample.status': call<{ loaded: boolean; canLoad: boolean }>()(none),
  'sample.load': call<{ loaded: boolean; canLoad: boolean }>()(none),
  'sample.remove': call<{ loaded: boolean; canLoad: boolean }>()(none),
  'audit.list': call<{ rows: AuditRow[]; total: number }>()(auditFilterInput),
  'reports.audit': call<ExportedFile>()(auditFilterInput),

  'lock.status': call<LockStatus>()(none),
  'lock.unlock': call<LockStatus>()(z.object({ password: z.string({ error: '请输入密码' }).min(1, '请输入密码').max(200), operator: requiredText('操作人', 30) })),
  'lock.lockNow': call<LockStatus>()(none),
  'lock.set': call<LockStatus>()(
    z.object({
      current: z.string().max(200).nullish().transform((v) => v ?? null),
      password: z.string({ error: '请输入新密码' }).min(6, '密码至少6位').max(200, '密码太长'),
      idleMinutes: z.number({ error: '请填写自动锁定时间' }).int().min(1, '自动锁定时间为1到240分钟').max(240, '自动锁定时间为1到240分钟'),
    }),
  ),
  'lock.disable': call<LockStatus>()(z.object({ current: z.string({ error: '请输入当前密码' }).min(1, '请输入当前密码').max(200) })),

  'orgs.list': call<OrgRow[]>()(z.object({ includeClosed: z.boolean().default(true) }).default({ includeClosed: true })),
  'orgs.get': call<OrgDetail>()(byId('组织')),
  'orgs.create': call<OrgRow>()(orgCreateInput),
  'orgs.update': call<OrgRow>()(orgUpdateInput),
  'orgs.move': call<OrgRow>()(orgMoveInput),
  'orgs.close': call<OrgRow>()(orgCloseInput),
  'orgs.reopen': call<OrgRow>()(byId('组织')),
  'orgs.committeeAdd': call<OrgDetail>()(committeeAddInput),
  'orgs.committeeEnd': call<OrgDetail>()(committeeEndInput),

  'members.list': call<{ rows: MemberRow[]; total: number }>()(memberListInput),
  'members.get': call<MemberDetail>()(byId('党员')),
  /** The full 身份证号 and phone behind the masked ones; every reveal is in the audit log. */
  'members.reveal': call<{ idNumber: string; phone: string | null }>()(byId('党员')),
  'members.create': call<SaveMemberResult>()(memberCreateInput),
  'members.update': call<SaveMemberResult>()(memberUpdateInput),
  'members.changeStatus': call<MemberDetail>()(memberStatusInput),

  'home.reminders': call<HomeReminders>()(none),
  'home.figures': call<HomeFigures>()(none),

  'meetings.list': call<MeetingSummary[]>()(meetingListInput),
  'meetings.get': call<MeetingDetail>()(byId('会议记录')),
  'meetings.expected': call<{ people: ExpectedPerson[]; suggestedSeq: number }>()(expectedInput),
  'meetings.save': call<MeetingDetail>()(meetingInput),
  'meetings.delete': call<{ deleted: number }>()(byId('会议记录')),
  'meetings.compliance': call<ComplianceMatrix>()(complianceInput),
  'meetings.rules': call<MeetingRule[]>()(none),
  'meetings.saveRules': call<MeetingRule[]>()(rulesInput),
  'meetings.addExemption': call<{ id: number }>()(exemptionInput),
  'members.attendance': call<{ year: number; rows: { meetingId: number; heldOn: string; orgName: string; status: string; reason: string | null; types: string }[]; expected: number; present: number; rate: number | null }>()(
    z.object({ id: recordId('党员'), year: z.number().int() }),
  ),

  'dual.units': call<UnitRow[]>()(none),
  'dual.saveUnit': call<UnitRow[]>()(unitInput),
  'dual.cancelUnit': call<UnitRow[]>()(endInput('单位')),
  'dual.onjob': call<OnjobRow[]>()(none),
  'dual.saveOnjob': call<OnjobRow>()(onjobInput),
  'dual.revokeOnjob': call<OnjobRow>()(endInput('在职党员')),
  'dual.demands': call<DemandRow[]>()(none),
  'dual.createDemand': call<DemandRow[]>()(demandInput),
  'dual.takeStep': call<DemandRow[]>()(demandStepInput),
  'dual.activities': call<ActivityRow[]>()(z.object({ year: z.number().int().min(1949).max(2200) })),
  'dual.saveActivity': call<{ id: number }>()(activityInput),
  'dual.figures': call<YearFigures>()(z.object({ year: z.number().int().min(1949).max(2200) })),
  'dual.people': call<OnjobYearPage>()(onjobYearInput),
  'dual.setEvaluation': call<OnjobYearRow>()(evaluationInput),
  'dual.thresholds': call<EvaluationThresholds>()(none),
  'dual.saveThresholds': call<EvaluationThresholds>()(thresholdsInput),
  'reports.dualRegistration': call<ExportedFile>()(z.object({ year: z.number().int().min(1949).max(2200) })),
  'reports.dualActivities': call<ExportedFile>()(z.object({ year: z.number().int().min(1949).max(2200) })),
  'reports.dualFeedback': call<ExportedFile>()(z.object({ year: z.number().int().min(1949).max(2200) })),

  'points.rules': call<PointRule[]>()(yearInput),
  'points.adoptDefault': call<PointRule[]>()(yearInput),
  'points.copyScheme': call<PointRule[]>()(copySchemeInput),
  'points.saveRule': call<PointRule[]>()(pointRuleInput),
  'points.stars': call<StarLevel[]>()(yearInput),
  'points.saveStars': call<StarLevel[]>()(starsInput),
  'points.standings': call<StandingsPage>()(standingsInput),
  'points.statement': call<PointStatement>()(z.object({ memberId: recordId('党员'), year: yearField })),
  'points.addManual': call<PointStatement>()(manualEntryInput),
  'points.reverse': call<PointStatement>()(reverseInput),
  'points.setExclusion': call<{ memberId: number; excluded: boolean }>()(exclusionInput),
  'points.recompute': call<{ appended: number }>()(yearInput),
  'appraisal.overview': call<AppraisalOverview>()(yearInput),
  'appraisal.create': call<AppraisalBatch>()(appraisalCreateInput),
  'appraisal.get': call<{ batch: AppraisalBatch | null }>()(appraisalRef),
  'appraisal.saveEntry': call<AppraisalBatch>()(appraisalEntryInput),
  'years.status': call<YearStatus>()(none),
  'years.close': call<YearStatus>()(closeYearInput),
  'years.reopen': call<YearStatus>()(reopenYearInput),
  'reports.pointsSummary': call<ExportedFile>()(yearInput),
  'reports.pointsStatement': call<ExportedFile>()(z.object({ memberId: recordId('党员'), year: yearField })),
  'reports.starResults': call<ExportedFile>()(yearInput),
  'reports.appraisal': call<ExportedFile>()(yearInput),

  'reports.roster': call<ExportedFile>()(rosterExportInput),
  /** 年度台账: starts building, answers with a job id; poll reports.jobStatus. */
  'reports.yearBook': call<{ jobId: string }>()(z.object({ year: z.number().int().min(1949).max(2200), maskIdNumbers: z.boolean().default(false) })),
  'reports.jobStatus': call<{ done: number; total: number; step: string; skipped: string[]; finished: boolean; file: ExportedFile | null; error: string | null }>()(z.object({ jobId: z.string().min(1).max(100) })),
  'reports.meetingStats': call<ExportedFile>()(meetingStatsInput),
  'reports.meetingRecord': call<ExportedFile>()(byId('会议记录')),
  'reports.meetingBook': call<ExportedFile>()(meetingBookInput),
  'files.deliver': call<Delivery>()(deliverInput),
  'files.openAttachment': call<Delivery>()(attachmentRefInput),

  /** Attachments of a meeting or an activity: kind + that record's id. */
  'attachments.list': call<Attachment[]>()(attachmentRefInput),
  'attachments.add': call<Attachment[]>()(attachInput),
  'attachments.remove': call<Attachment[]>()(attachmentRefInput),

  'import.upload': call<UploadedFile>()(importUploadInput),
  'import.preview': call<ImportPreview>()(importPreviewInput),
  'import.commit': call<ImportResult>()(importPreviewInput),
  'import.problems': call<ExportedFile>()(importPreviewInput),
  'import.rosterTemplate': call<ExportedFile>()(none),
} as const;

export type Contract = typeof contract;
export type CallName = keyof Contract;
export type CallInput<K extends CallName> = z.input<Contract[K]['input']>;
export type ParsedInput<K extends CallName> = z.output<Contract[K]['input']>;
export type CallOutput<K extends CallName> = NonNullable<Contract[K]['output']>;

export const CALL_NAMES = Object.keys(contract) as CallName[];
export const isCallName = (name: unknown): name is CallName =>
  typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
