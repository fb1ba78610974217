import type { HandlersFor } from '../handlerTypes';

export const app: HandlersFor<'app'> = {
  'app.info': (ctx) => ctx.info,
};
