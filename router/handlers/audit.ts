import { listAudit } from '../../db/audit';
import { exportAudit } from '../../excel/exportAudit';
import { todayOf } from '../context';
import type { HandlersOf } from '../handlerTypes';
import type { auditCalls } from '../../api/contract/audit';

export const audit: HandlersOf<typeof auditCalls> = {
  'audit.list': (ctx, input) => listAudit(ctx.ledger, input),
  'reports.audit': (ctx, input) => exportAudit(ctx.ledger, ctx.exportsDir, input, todayOf(ctx)),
};
