import { buildYearBook } from '../../excel/yearBook';
import { todayOf } from '../context';
import type { HandlersOf } from '../handlerTypes';
import { jobStatus, startJob } from '../jobs';
import type { reportsCalls } from '../../api/contract/reports';

// The 年度台账 gathers every ledger's forms in one file: built as a background job the page polls.
export const reports: HandlersOf<typeof reportsCalls> = {
  'reports.yearBook': (ctx, input) => startJob(ctx.log, 'reports.yearBook', (report) => buildYearBook(ctx.ledger, ctx.exportsDir, input, todayOf(ctx), report)),
  'reports.jobStatus': (_ctx, { jobId }) => jobStatus(jobId),
};
