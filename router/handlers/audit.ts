import { listAudit } from '../../db/audit';
import type { HandlersFor } from '../handlerTypes';

export const audit: HandlersFor<'audit'> = {
  'audit.list': (ctx, input) => listAudit(ctx.ledger, input),
};
