import { appraisalOverview, createAppraisal, getAppraisal, saveAppraisalEntry } from '../../db/appraisal';
import { exportAppraisal } from '../../excel/exportPoints';
import { todayOf } from '../context';
import type { HandlersOf } from '../handlerTypes';
import type { appraisalCalls } from '../../api/contract/appraisal';

export const appraisal: HandlersOf<typeof appraisalCalls> = {
  'appraisal.overview': (ctx, { year }) => appraisalOverview(ctx.ledger, year),
  'appraisal.create': (ctx, input) => createAppraisal(ctx.ledger, input),
  'appraisal.get': (ctx, { year, orgId }) => ({ batch: getAppraisal(ctx.ledger, year, orgId) }),
  'appraisal.saveEntry': (ctx, input) => saveAppraisalEntry(ctx.ledger, input),
  'reports.appraisal': (ctx, { year }) => exportAppraisal(ctx.ledger, ctx.exportsDir, year, todayOf(ctx)),
};
