import type { HandlersOf } from '../handlerTypes';
import type { appCalls } from '../../api/contract/app';

export const app: HandlersOf<typeof appCalls> = {
  'app.info': (ctx) => ctx.info,
};
