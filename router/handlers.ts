// What each call does: a one-line bridge from the checked input to the ledger function.
// Logic lives in db/; this table only wires names to functions.
import type { AppInfo, CallName, CallOutput, ParsedInput } from '../api/contract';
import { todayIso } from '../api/rules/dates';
import type { Ledger } from '../db/open';
import { addCommitteeMember, closeOrg, createOrg, endCommitteeTerm, getOrgDetail, listOrgs, moveOrg, reopenOrg, updateOrg } from '../db/orgs';
import { getMember, listMembers } from '../db/members/read';
import { changeMemberStatus } from '../db/members/status';
import { createMember, updateMember } from '../db/members/write';
import { memberHistory } from '../db/members/history';
import { correctFactDate } from '../db/members/correct';
import { probationProposal } from '../db/members/probation';
import { homeReminders } from '../db/reminders';
import { homeFigures } from '../db/homeFigures';
import { getSettings, saveSettings } from '../db/settings';
import { exportRoster } from '../excel/exportRoster';
import { exportMeetingBook, exportMeetingRecord, exportMeetingStats } from '../excel/exportMeetings';
import { commitImportRequest, previewImport, problemsFile, rosterTemplateFile, uploadFile } from '../excel/import/imports';
import { deliverExport, openAttachment } from './deliver';
import { jobStatus, startJob } from './jobs';
import { loadSample, removeSample, sampleStatus } from './sample';
import { buildYearBook } from '../excel/yearBook';
import { backupElsewhere, backupNow, backupStatus, restore } from './backups';
import { disablePassword, lockNow, lockStatus, setPassword, unlock, type Session } from './lock';
import { listAudit } from '../db/audit';
import { exportAudit } from '../excel/exportAudit';
import { maskIdNumber, maskPhone } from '../api/rules/idNumber';
import { appraisalOverview, createAppraisal, getAppraisal, saveAppraisalEntry } from '../db/appraisal';
import { addManualEntry, reverseEntry, setExclusion } from '../db/points/entries';
import { adoptDefaultScheme, copyScheme, listRules, saveRule, saveStars, starLevels } from '../db/points/rules';
import { memoUntilWrite } from '../db/memo';
import { memberStatement, standingsPage } from '../db/points/views';
import { closeYear, recomputeOpenYear, reopenYear, yearStatus } from '../db/yearClosing';
import { exportAppraisal, exportPointsSummary, exportStarResults, exportStatement } from '../excel/exportPoints';
import { listActivities, saveActivity } from '../db/dualReg/activities';
import { createDemand, listDemands, takeStep } from '../db/dualReg/demands';
import { setEvaluation, yearFigures } from '../db/dualReg/figures';
import { evaluationThresholds, saveThresholds } from '../db/dualReg/thresholds';
import { peoplePage, personYear } from '../db/dualReg/yearPeople';
import { cancelUnit, getOnjob, listOnjob, listUnits, revokeOnjob, saveOnjob, saveUnit } from '../db/dualReg/registry';
import { exportActivityLedger, exportFeedback, exportRegistration } from '../excel/exportDualReg';
import { attachFile, detachFile, listAttachments } from '../db/meetings/attachments';
import { complianceMatrix } from '../db/meetings/compliance';
import { expectedAttendees } from '../db/meetings/expected';
import { getMeeting, listMeetings, memberAttendance } from '../db/meetings/read';
import { meetingRules, saveMeetingRules } from '../db/meetings/rules';
import { addExemption, deleteMeeting, saveMeeting, suggestSeq } from '../db/meetings/write';

export interface RouterContext {
  ledger: Ledger;
  info: AppInfo;
  /** Where exports are written (temp + rename) before they are delivered. */
  exportsDir: string;
  /** Where copies go: daily, before imports, restores, migrations and year closings. */
  backupsDir: string;
  /** Needed to reopen the ledger after a restore. */
  migrationsDir: string;
  /** The bundled excel/import/parseWorker.ts. */
  parseWorkerPath: string;
  /** Meeting attachments, stored by SHA-256. */
  attachmentsDir: string;
  /** Desktop only: opens a file with the system's viewer. */
  openFile?: (filePath: string, displayName: string) => Promise<void>;
  /** Desktop only: asks for a folder (a USB stick) for a backup copy; null when cancelled. */
  chooseFolder?: () => Promise<string | null>;
  /** Desktop only: asks where to save a copy; resolves to null when the user cancels. */
  chooseSavePath?: (suggestedName: string) => Promise<string | null>;
  /** The unlocked operator and idle clock (router/lock.ts); created by the router. */
  session?: Session;
  /** Injected so tests can pin the calendar. */
  today?: () => string;
}

export type Handlers = {
  [K in CallName]: (ctx: RouterContext, input: ParsedInput<K>) => CallOutput<K> | Promise<CallOutput<K>>;
};

const today = (ctx: RouterContext) => (ctx.today ?? todayIso)();

export const handlers: Handlers = {
  'app.info': (ctx) => ctx.info,
  'settings.get': (ctx) => getSettings(ctx.ledger),
  'settings.save': (ctx, input) => saveSettings(ctx.ledger, input),

  'backups.status': (ctx) => backupStatus(ctx),
  'backups.create': (ctx) => backupNow(ctx),
  'backups.copyOut': (ctx) => backupElsewhere(ctx),
  'backups.restore': (ctx, { name }) => restore(ctx, name),
  'sample.status': (ctx) => sampleStatus(ctx),
  'sample.load': (ctx) => loadSample(ctx, today(ctx)),
  'sample.remove': (ctx) => removeSample(ctx),
  'audit.list': (ctx, input) => listAudit(ctx.ledger, input),
  'reports.audit': (ctx, input) => exportAudit(ctx.ledger, ctx.exportsDir, input, today(ctx)),

  'lock.status': (ctx) => lockStatus(ctx.ledger, ctx.session!),
  'lock.unlock': (ctx, { password, operator }) => unlock(ctx.ledger, ctx.session!, password, operator),
  'lock.lockNow': (ctx) => lockNow(ctx.ledger, ctx.session!),
  'lock.set': (ctx, input) => setPassword(ctx.ledger, ctx.session!, input),
  'lock.disable': (ctx, { current }) => disablePassword(ctx.ledger, ctx.session!, current),

  'orgs.list': (ctx, input) => listOrgs(ctx.ledger, input.includeClosed),
  'orgs.get': (ctx, { id }) => getOrgDetail(ctx.ledger, id),
  'orgs.create': (ctx, input) => createOrg(ctx.ledger, input),
  'orgs.update': (ctx, { id, ...fields }) => updateOrg(ctx.ledger, id, fields),
  'orgs.move': (ctx, { id, parentId }) => moveOrg(ctx.ledger, id, parentId, today(ctx)),
  'orgs.close': (ctx, { id, closedOn, reason }) => closeOrg(ctx.ledger, id, closedOn, reason),
  'orgs.reopen': (ctx, { id }) => reopenOrg(ctx.ledger, id),
  'orgs.committeeAdd': (ctx, input) => addCommitteeMember(ctx.ledger, input),
  'orgs.committeeEnd': (ctx, { id, endOn }) => endCommitteeTerm(ctx.ledger, id, endOn),

  // Lists and the detail view show 身份证号 and phones masked; members.reveal shows one, logged.
  'members.list': (ctx, input) => {
    const page = listMembers(ctx.ledger, input, today(ctx));
    return { ...page, rows: page.rows.map((r) => ({ ...r, idNumber: maskIdNumber(r.idNumber), phone: r.phone && maskPhone(r.phone) })) };
  },
  'members.get': (ctx, { id }) => {
    const m = getMember(ctx.ledger, id, today(ctx));
    return { ...m, idNumber: maskIdNumber(m.idNumber), phone: m.phone && maskPhone(m.phone) };
  },
  'members.reveal': (ctx, { id }) => {
    const m = getMember(ctx.ledger, id, today(ctx));
    return { idNumber: m.idNumber, phone: m.phone };
  },
  'members.create': (ctx, { transferIn, ...fields }) =>
    createMember(ctx.ledger, fields, transferIn ? { occurredOn: transferIn.occurredOn, fromPlace: transferIn.fromPlace, letterNo: transferIn.letterNo } : null, today(ctx)),
  'members.update': (ctx, { id, effectiveOn, ...fields }) => updateMember(ctx.ledger, id, fields, today(ctx), effectiveOn ?? today(ctx)),
  'members.changeStatus': (ctx, { id, change, occurredOn, place, letterNo, reason, extendedTo, decidedOn, approvedOn }) => {
    changeMemberStatus(ctx.ledger, id, { change, occurredOn, place, letterNo, reason, extendedTo, decidedOn, approvedOn }, today(ctx));
    return getMember(ctx.ledger, id, today(ctx));
  },
  // Dated facts (db/members/history.ts, correct.ts): kept together to move as one.
  'members.history': (ctx, { id }) => memberHistory(ctx.ledger, id),
  'members.probation': (ctx, { id }) => probationProposal(ctx.ledger, id, today(ctx)),
  'members.correctFactDate': (ctx, { id, factId, newOn, reason, edge }) => {
    correctFactDate(ctx.ledger, id, factId, newOn, reason, today(ctx), edge);
    return memberHistory(ctx.ledger, id);
  },

  // 首页 is opened again and again between writes: kept until the ledger changes (db/memo.ts).
  'home.reminders': (ctx) => memoUntilWrite(ctx.ledger, `home.reminders:${today(ctx)}`, () => homeReminders(ctx.ledger, today(ctx))),
  'home.figures': (ctx) => memoUntilWrite(ctx.ledger, `home.figures:${today(ctx)}`, () => homeFigures(ctx.ledger, today(ctx))),

  'meetings.list': (ctx, input) => listMeetings(ctx.ledger, input),
  'meetings.get': (ctx, { id }) => getMeeting(ctx.ledger, id),
  'meetings.expected': (ctx, { orgId, types, heldOn }) => ({
    people: expectedAttendees(ctx.ledger, orgId, types, heldOn),
    suggestedSeq: suggestSeq(ctx.ledger, orgId, types[0], Number(heldOn.slice(0, 4))),
  }),
  'meetings.save': (ctx, input) => getMeeting(ctx.ledger, saveMeeting(ctx.ledger, input, today(ctx))),
  'meetings.delete': (ctx, { id }) => {
    deleteMeeting(ctx.ledger, id);
    return { deleted: id };
  },
  'meetings.compliance': (ctx, { year }) => complianceMatrix(ctx.ledger, year, today(ctx)),
  'meetings.rules': (ctx) => meetingRules(ctx.ledger),
  'meetings.saveRules': (ctx, { rules }) => saveMeetingRules(ctx.ledger, rules),
  'meetings.addExemption': (ctx, input) => ({ id: addExemption(ctx.ledger, input) }),
  'members.attendance': (ctx, { id, year }) => memberAttendance(ctx.ledger, id, year),

  'dual.units': (ctx) => listUnits(ctx.ledger),
  'dual.saveUnit': (ctx, input) => {
    saveUnit(ctx.ledger, input);
    return listUnits(ctx.ledger);
  },
  'dual.cancelUnit': (ctx, { id, on, reason }) => {
    cancelUnit(ctx.ledger, id, on, reason);
    return listUnits(ctx.ledger);
  },
  'dual.onjob': (ctx) => listOnjob(ctx.ledger),
  'dual.saveOnjob': (ctx, input) => getOnjob(ctx.ledger, saveOnjob(ctx.ledger, input)),
  'dual.revokeOnjob': (ctx, { id, on, reason }) => {
    revokeOnjob(ctx.ledger, id, on, reason);
    return getOnjob(ctx.ledger, id);
  },
  'dual.demands': (ctx) => listDemands(ctx.ledger),
  'dual.createDemand': (ctx, input) => {
    createDemand(ctx.ledger, input, today(ctx));
    return listDemands(ctx.ledger);
  },
  'dual.takeStep': (ctx, input) => {
    takeStep(ctx.ledger, input, today(ctx));
    return listDemands(ctx.ledger);
  },
  'dual.activities': (ctx, { year }) => listActivities(ctx.ledger, year),
  'dual.saveActivity': (ctx, input) => ({ id: saveActivity(ctx.ledger, input, today(ctx)) }),
  'dual.figures': (ctx, { year }) => memoUntilWrite(ctx.ledger, `dual.figures:${year}`, () => yearFigures(ctx.ledger, year)),
  'dual.people': (ctx, query) => peoplePage(ctx.ledger, query),
  'dual.setEvaluation': (ctx, { onjobId, year, grade, reason }) => {
    setEvaluation(ctx.ledger, onjobId, year, grade, reason);
    // setEvaluation refused anyone not registered during the year, so the row is there.
    return personYear(ctx.ledger, year, onjobId)!;
  },
  'dual.thresholds': (ctx) => evaluationThresholds(ctx.ledger),
  'dual.saveThresholds': (ctx, input) => saveThresholds(ctx.ledger, input),
  'reports.dualRegistration': (ctx, { year }) => exportRegistration(ctx.ledger, ctx.exportsDir, year, today(ctx)),
  'reports.dualActivities': (ctx, { year }) => exportActivityLedger(ctx.ledger, ctx.exportsDir, year, today(ctx)),
  'reports.dualFeedback': (ctx, { year }) => exportFeedback(ctx.ledger, ctx.exportsDir, year, today(ctx)),

  'points.rules': (ctx, { year }) => listRules(ctx.ledger, year),
  'points.adoptDefault': (ctx, { year }) => adoptDefaultScheme(ctx.ledger, year),
  'points.copyScheme': (ctx, { from, to }) => copyScheme(ctx.ledger, from, to),
  'points.saveRule': (ctx, input) => saveRule(ctx.ledger, input),
  'points.stars': (ctx, { year }) => starLevels(ctx.ledger, year),
  'points.saveStars': (ctx, { year, levels }) => saveStars(ctx.ledger, year, levels),
  'points.standings': (ctx, input) => standingsPage(ctx.ledger, input),
  'points.statement': (ctx, { memberId, year }) => memberStatement(ctx.ledger, memberId, year),
  'points.addManual': (ctx, input) => {
    addManualEntry(ctx.ledger, input, today(ctx));
    return memberStatement(ctx.ledger, input.memberId, Number(input.occurredOn.slice(0, 4)));
  },
  'points.reverse': (ctx, input) => {
    const id = reverseEntry(ctx.ledger, input, today(ctx));
    const entry = ctx.ledger.sqlite.prepare('SELECT member_id AS memberId, year FROM point_entries WHERE id = ?').get(id) as { memberId: number; year: number };
    return memberStatement(ctx.ledger, entry.memberId, entry.year);
  },
  'points.setExclusion': (ctx, input) => {
    setExclusion(ctx.ledger, input);
    return { memberId: input.memberId, excluded: input.reason !== null };
  },
  'points.recompute': (ctx, { year }) => recomputeOpenYear(ctx.ledger, year),
  'appraisal.overview': (ctx, { year }) => appraisalOverview(ctx.ledger, year),
  'appraisal.create': (ctx, input) => createAppraisal(ctx.ledger, input),
  'appraisal.get': (ctx, { year, orgId }) => ({ batch: getAppraisal(ctx.ledger, year, orgId) }),
  'appraisal.saveEntry': (ctx, input) => saveAppraisalEntry(ctx.ledger, input),
  'years.status': (ctx) => yearStatus(ctx.ledger),
  'years.close': (ctx, input) => closeYear(ctx.ledger, input, ctx.backupsDir, today(ctx)),
  'years.reopen': (ctx, input) => reopenYear(ctx.ledger, input),
  'reports.pointsSummary': (ctx, { year }) => exportPointsSummary(ctx.ledger, ctx.exportsDir, year, today(ctx)),
  'reports.pointsStatement': (ctx, { memberId, year }) => exportStatement(ctx.ledger, ctx.exportsDir, memberId, year, today(ctx)),
  'reports.starResults': (ctx, { year }) => exportStarResults(ctx.ledger, ctx.exportsDir, year, today(ctx)),
  'reports.appraisal': (ctx, { year }) => exportAppraisal(ctx.ledger, ctx.exportsDir, year, today(ctx)),

  'reports.yearBook': (ctx, input) => startJob((report) => buildYearBook(ctx.ledger, ctx.exportsDir, input, today(ctx), report)),
  'reports.jobStatus': (_ctx, { jobId }) => jobStatus(jobId),
  'reports.roster': (ctx, input) => exportRoster(ctx.ledger, ctx.exportsDir, input, today(ctx)),
  'reports.meetingStats': (ctx, { year, scope }) => exportMeetingStats(ctx.ledger, ctx.exportsDir, year, scope, today(ctx)),
  'reports.meetingRecord': (ctx, { id }) => exportMeetingRecord(ctx.ledger, ctx.exportsDir, id, today(ctx)),
  'reports.meetingBook': (ctx, { orgId, year }) => exportMeetingBook(ctx.ledger, ctx.exportsDir, orgId, year, today(ctx)),
  'files.deliver': (ctx, { fileName }) => deliverExport(ctx, fileName),
  'files.openAttachment': (ctx, { kind, id }) => openAttachment(ctx, kind, id),
  'attachments.list': (ctx, { kind, id }) => listAttachments(ctx.ledger, kind, id),
  'attachments.add': (ctx, { kind, ownerId, fileName, data }) => attachFile(ctx.ledger, ctx.attachmentsDir, kind, ownerId, fileName, new Uint8Array(Buffer.from(data, 'base64'))),
  'attachments.remove': (ctx, { kind, id }) => detachFile(ctx.ledger, kind, id),

  'import.upload': (ctx, { fileName, data }) => uploadFile(fileName, data, ctx.parseWorkerPath),
  'import.preview': (ctx, input) => previewImport(ctx.ledger, input, today(ctx)),
  'import.commit': (ctx, input) => commitImportRequest(ctx.ledger, input, ctx.backupsDir, today(ctx)),
  'import.problems': (ctx, input) => problemsFile(ctx.ledger, input, ctx.exportsDir, today(ctx)),
  'import.rosterTemplate': (ctx) => rosterTemplateFile(ctx.exportsDir),
};
