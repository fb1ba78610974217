// Issue 30's street calls (api/contract/streetPlan.ts), spread into router/handlers/street.ts.
import type { StreetPlanCallName } from '../../api/contract/streetPlan';
import { streetDevProgress } from '../../db/street/devProgress';
import { duesCheck, recordDuesReceived } from '../../db/street/duesReceived';
import { setDeadline, setQuota, streetPlan } from '../../db/street/plan';
import { nextDeadline } from '../../db/streetDown';
import { getSettings } from '../../db/settings';
import { exportDevProgress, exportDuesCheck } from '../../excel/street/exportPlanForms';
import { importStreetFile } from '../../excel/streetFile/import';
import { writeStreetFiles } from '../../excel/streetFile/write';
import { todayOf } from '../context';
import type { HandlersFor } from '../handlerTypes';

export const streetPlanHandlers: Pick<HandlersFor<'street'>, StreetPlanCallName> = {
  'street.plan': (ctx, { year }) => streetPlan(ctx.ledger, year),
  'street.setQuota': (ctx, input) => setQuota(ctx.ledger, input),
  'street.setDeadline': (ctx, input) => setDeadline(ctx.ledger, input),
  'street.exportDownFile': (ctx, input) => writeStreetFiles(ctx.ledger, ctx.exportsDir, input, ctx.info.version),
  'street.devProgress': (ctx, { year }) => streetDevProgress(ctx.ledger, year),
  'street.exportDevProgress': (ctx, { year }) => exportDevProgress(ctx.ledger, ctx.exportsDir, year, todayOf(ctx)),
  'street.duesCheck': (ctx, { year }) => duesCheck(ctx.ledger, year),
  'street.recordDuesReceived': (ctx, input) => recordDuesReceived(ctx.ledger, input, getSettings(ctx.ledger).operator, todayOf(ctx)),
  'street.exportDuesCheck': (ctx, { year }) => exportDuesCheck(ctx.ledger, ctx.exportsDir, year, todayOf(ctx)),
  'street.importDownFile': (ctx, input) => importStreetFile(ctx.ledger, input),
  'street.nextDeadline': (ctx) => ({ next: nextDeadline(ctx.ledger, todayOf(ctx)) }),
};
