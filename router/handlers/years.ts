import { closeYear, reopenYear, yearStatus } from '../../db/yearClosing';
import { todayOf } from '../context';
import type { HandlersOf } from '../handlerTypes';
import type { yearsCalls } from '../../api/contract/years';

export const years: HandlersOf<typeof yearsCalls> = {
  'years.status': (ctx) => yearStatus(ctx.ledger),
  'years.close': (ctx, input) => closeYear(ctx.ledger, input, ctx.backupsDir, todayOf(ctx)),
  'years.reopen': (ctx, input) => reopenYear(ctx.ledger, input),
};
