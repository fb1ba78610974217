import { explainDifference } from '../../db/census/record';
import { censusPeople, censusReport } from '../../db/census/report';
import { getSettings } from '../../db/settings';
import { exportCensus } from '../../excel/exportCensus';
import { todayOf } from '../context';
import type { HandlersOf } from '../handlerTypes';
import type { censusCalls } from '../../api/contract/census';

export const census: HandlersOf<typeof censusCalls> = {
  'census.report': (ctx, { year }) => censusReport(ctx.ledger, year, todayOf(ctx)),
  'census.explainDifference': (ctx, input) => {
    explainDifference(ctx.ledger, input, todayOf(ctx), getSettings(ctx.ledger).operator);
    return censusReport(ctx.ledger, input.year, todayOf(ctx));
  },
  'census.people': (ctx, { year, table, key }) => censusPeople(ctx.ledger, year, table, key, todayOf(ctx)),
  'reports.census': (ctx, { year }) => exportCensus(ctx.ledger, ctx.exportsDir, year, todayOf(ctx)),
};
