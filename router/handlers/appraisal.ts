import { appraisalOverview, createAppraisal, getAppraisal, saveAppraisalEntry } from '../../db/appraisal';
import type { HandlersFor } from '../handlerTypes';

export const appraisal: HandlersFor<'appraisal'> = {
  'appraisal.overview': (ctx, { year }) => appraisalOverview(ctx.ledger, year),
  'appraisal.create': (ctx, input) => createAppraisal(ctx.ledger, input),
  'appraisal.get': (ctx, { year, orgId }) => ({ batch: getAppraisal(ctx.ledger, year, orgId) }),
  'appraisal.saveEntry': (ctx, input) => saveAppraisalEntry(ctx.ledger, input),
};
