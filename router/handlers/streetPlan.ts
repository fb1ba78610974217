import { getSettings } from '../../db/settings';
import { streetDevProgress } from '../../db/street/devProgress';
import { streetDuesMonth } from '../../db/street/duesMonthly';
import { duesCheck, recordDuesReceived } from '../../db/street/duesReceived';
import { streetMeetingsMonth } from '../../db/street/meetingsMonthly';
import { setDeadline, setQuota, streetPlan as planView } from '../../db/street/plan';
import { nextDeadline } from '../../db/streetDown';
import { exportDevProgress, exportDuesCheck, exportDuesMonth, exportMeetingsMonth } from '../../excel/street/exportPlanForms';
import { importStreetFile } from '../../excel/streetFile/import';
import { writeStreetFiles } from '../../excel/streetFile/write';
import { todayOf } from '../context';
import type { HandlersOf } from '../handlerTypes';
import type { streetPlanCalls } from '../../api/contract/streetPlan';

export const streetPlan: HandlersOf<typeof streetPlanCalls> = {
  // Issue 30: what goes down to the communities and is checked coming up (api/contract/streetPlan.ts).
  'street.plan': (ctx, { year }) => planView(ctx.ledger, year, todayOf(ctx)),
  'street.setQuota': (ctx, input) => setQuota(ctx.ledger, input, todayOf(ctx)),
  'street.setDeadline': (ctx, input) => setDeadline(ctx.ledger, input, todayOf(ctx)),
  'street.exportDownFile': (ctx, input) => writeStreetFiles(ctx.ledger, ctx.exportsDir, input, ctx.info.version),
  'street.devProgress': (ctx, { year }) => streetDevProgress(ctx.ledger, year),
  'street.exportDevProgress': (ctx, { year }) => exportDevProgress(ctx.ledger, ctx.exportsDir, year, todayOf(ctx)),
  'street.duesCheck': (ctx, { year }) => duesCheck(ctx.ledger, year),
  'street.recordDuesReceived': (ctx, input) => recordDuesReceived(ctx.ledger, input, getSettings(ctx.ledger).operator, todayOf(ctx)),
  'street.exportDuesCheck': (ctx, { year }) => exportDuesCheck(ctx.ledger, ctx.exportsDir, year, todayOf(ctx)),
  'street.duesMonth': (ctx, { year, month }) => streetDuesMonth(ctx.ledger, year, month),
  'street.exportDuesMonth': (ctx, { year, month }) => exportDuesMonth(ctx.ledger, ctx.exportsDir, year, month, todayOf(ctx)),
  'street.meetingsMonth': (ctx, { year, month }) => streetMeetingsMonth(ctx.ledger, year, month),
  'street.exportMeetingsMonth': (ctx, { year, month }) => exportMeetingsMonth(ctx.ledger, ctx.exportsDir, year, month, todayOf(ctx)),
  'street.importDownFile': (ctx, input) => importStreetFile(ctx.ledger, input),
  'street.nextDeadline': (ctx) => ({ next: nextDeadline(ctx.ledger, todayOf(ctx)) }),
};
