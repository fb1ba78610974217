import { censusPeople, censusReport } from '../../db/census/report';
import { todayOf } from '../context';
import type { HandlersFor } from '../handlerTypes';

export const census: HandlersFor<'census'> = {
  'census.report': (ctx, { year }) => censusReport(ctx.ledger, year, todayOf(ctx)),
  'census.people': (ctx, { year, table, key }) => censusPeople(ctx.ledger, year, table, key, todayOf(ctx)),
};
