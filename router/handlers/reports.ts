import { exportAudit } from '../../excel/exportAudit';
import { exportDevProgress, exportDevRecord, exportDevRoster, exportDevStats } from '../../excel/exportDevelopment';
import { exportCareVisits, exportCenterHouseholds, exportFlowRegister, exportHonor50 } from '../../excel/exportCare';
import { exportDuesCertificate, exportDuesNotice, exportDuesRegister, exportDuesStats } from '../../excel/exportDues';
import { exportActivityLedger, exportFeedback, exportRegistration } from '../../excel/exportDualReg';
import { exportMeetingBook, exportMeetingRecord, exportMeetingStats } from '../../excel/exportMeetings';
import { exportAppraisal, exportPointsSummary, exportStarResults, exportStatement } from '../../excel/exportPoints';
import { exportRoster } from '../../excel/exportRoster';
import { writePackage } from '../../excel/package/write';
import { keepPackage } from '../keptPackages';
import { buildYearBook } from '../../excel/yearBook';
import { exportCensus } from '../../excel/exportCensus';
import { todayOf } from '../context';
import type { HandlersFor } from '../handlerTypes';
import { jobStatus, startJob } from '../jobs';

// Every export writes exports/<title-time>.xlsx and answers with its name; files.deliver hands it over.
export const reports: HandlersFor<'reports'> = {
  'reports.audit': (ctx, input) => exportAudit(ctx.ledger, ctx.exportsDir, input, todayOf(ctx)),
  'reports.roster': (ctx, input) => exportRoster(ctx.ledger, ctx.exportsDir, input, todayOf(ctx)),
  'reports.yearBook': (ctx, input) => startJob(ctx.log!, 'reports.yearBook', (report) => buildYearBook(ctx.ledger, ctx.exportsDir, input, todayOf(ctx), report)),
  'reports.census': (ctx, { year }) => exportCensus(ctx.ledger, ctx.exportsDir, year, todayOf(ctx)),
  'reports.jobStatus': (_ctx, { jobId }) => jobStatus(jobId),
  'reports.meetingStats': (ctx, { year, scope }) => exportMeetingStats(ctx.ledger, ctx.exportsDir, year, scope, todayOf(ctx)),
  'reports.meetingRecord': (ctx, { id }) => exportMeetingRecord(ctx.ledger, ctx.exportsDir, id, todayOf(ctx)),
  'reports.reportPackage': async (ctx, { year, quarter, fullIdNumbers }) =>
    keepPackage(ctx.exportsDir, await writePackage(ctx.ledger, ctx.exportsDir, { year, quarter }, todayOf(ctx), { fullIdNumbers, appVersion: ctx.info.version })),
  'reports.meetingBook': (ctx, { orgId, year }) => exportMeetingBook(ctx.ledger, ctx.exportsDir, orgId, year, todayOf(ctx)),
  'reports.dualRegistration': (ctx, { year }) => exportRegistration(ctx.ledger, ctx.exportsDir, year, todayOf(ctx)),
  'reports.dualActivities': (ctx, { year }) => exportActivityLedger(ctx.ledger, ctx.exportsDir, year, todayOf(ctx)),
  'reports.dualFeedback': (ctx, { year }) => exportFeedback(ctx.ledger, ctx.exportsDir, year, todayOf(ctx)),
  'reports.pointsSummary': (ctx, { year }) => exportPointsSummary(ctx.ledger, ctx.exportsDir, year, todayOf(ctx)),
  'reports.pointsStatement': (ctx, { memberId, year }) => exportStatement(ctx.ledger, ctx.exportsDir, memberId, year, todayOf(ctx)),
  'reports.starResults': (ctx, { year }) => exportStarResults(ctx.ledger, ctx.exportsDir, year, todayOf(ctx)),
  'reports.appraisal': (ctx, { year }) => exportAppraisal(ctx.ledger, ctx.exportsDir, year, todayOf(ctx)),
  'reports.flowRegister': (ctx, input) => exportFlowRegister(ctx.ledger, ctx.exportsDir, input, todayOf(ctx)),
  'reports.careVisits': (ctx, input) => exportCareVisits(ctx.ledger, ctx.exportsDir, input, todayOf(ctx)),
  'reports.honor50': (ctx, input) => exportHonor50(ctx.ledger, ctx.exportsDir, input, todayOf(ctx)),
  'reports.centerHouseholds': (ctx, input) => exportCenterHouseholds(ctx.ledger, ctx.exportsDir, input, todayOf(ctx)),
  'reports.duesRegister': (ctx, input) => exportDuesRegister(ctx.ledger, ctx.exportsDir, input, todayOf(ctx)),
  'reports.duesStats': (ctx, input) => exportDuesStats(ctx.ledger, ctx.exportsDir, input, todayOf(ctx)),
  'reports.duesNotice': (ctx, input) => exportDuesNotice(ctx.ledger, ctx.exportsDir, input, todayOf(ctx)),
  'reports.duesCertificate': (ctx, input) => exportDuesCertificate(ctx.ledger, ctx.exportsDir, input, todayOf(ctx)),
  'reports.devRoster': (ctx, input) => exportDevRoster(ctx.ledger, ctx.exportsDir, input, todayOf(ctx)),
  'reports.devProgress': (ctx, input) => exportDevProgress(ctx.ledger, ctx.exportsDir, input, todayOf(ctx)),
  'reports.devStats': (ctx, input) => exportDevStats(ctx.ledger, ctx.exportsDir, input, todayOf(ctx)),
  'reports.devRecord': (ctx, input) => exportDevRecord(ctx.ledger, ctx.exportsDir, input, todayOf(ctx)),
};
