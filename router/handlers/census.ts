import { explainDifference } from '../../db/census/record';
import { censusPeople, censusReport } from '../../db/census/report';
import { getSettings } from '../../db/settings';
import { todayOf } from '../context';
import type { HandlersFor } from '../handlerTypes';

export const census: HandlersFor<'census'> = {
  'census.report': (ctx, { year }) => censusReport(ctx.ledger, year, todayOf(ctx)),
  'census.explainDifference': (ctx, input) => {
    explainDifference(ctx.ledger, input, todayOf(ctx), getSettings(ctx.ledger).operator);
    return censusReport(ctx.ledger, input.year, todayOf(ctx));
  },
  'census.people': (ctx, { year, table, key }) => censusPeople(ctx.ledger, year, table, key, todayOf(ctx)),
};
