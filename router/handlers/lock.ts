import type { HandlersOf } from '../handlerTypes';
import { disablePassword, lockNow, lockStatus, recover, setPassword, unlock } from '../lock';
import type { lockCalls } from '../../api/contract/lock';

export const lock: HandlersOf<typeof lockCalls> = {
  'lock.status': (ctx) => lockStatus(ctx, ctx.session),
  'lock.unlock': (ctx, input) => unlock(ctx, ctx.session, input, 'lock.unlock'),
  'lock.recover': (ctx, input) => recover(ctx, ctx.session, input, 'lock.recover'),
  'lock.lockNow': (ctx) => lockNow(ctx, ctx.session),
  'lock.set': (ctx, input) => setPassword(ctx, ctx.session, input),
  'lock.disable': (ctx, { current }) => disablePassword(ctx, ctx.session, current),
};
