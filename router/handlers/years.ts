import { closeYear, reopenYear, yearStatus } from '../../db/yearClosing';
import { todayOf } from '../context';
import type { HandlersFor } from '../handlerTypes';

export const years: HandlersFor<'years'> = {
  'years.status': (ctx) => yearStatus(ctx.ledger),
  'years.close': (ctx, input) => closeYear(ctx.ledger, input, ctx.backupsDir, todayOf(ctx)),
  'years.reopen': (ctx, input) => reopenYear(ctx.ledger, input),
};
