import type { HandlersFor } from '../handlerTypes';
import { disablePassword, lockNow, lockStatus, setPassword, unlock } from '../lock';

// The router creates the session before any handler runs.
export const lock: HandlersFor<'lock'> = {
  'lock.status': (ctx) => lockStatus(ctx.ledger, ctx.session!),
  'lock.unlock': (ctx, { password, operator }) => unlock(ctx.ledger, ctx.session!, password, operator),
  'lock.lockNow': (ctx) => lockNow(ctx.ledger, ctx.session!),
  'lock.set': (ctx, input) => setPassword(ctx.ledger, ctx.session!, input),
  'lock.disable': (ctx, { current }) => disablePassword(ctx.ledger, ctx.session!, current),
};
