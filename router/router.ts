// The one router both transports bind to: look the call up, validate its input against
// the contract, run it, and answer with a Result. Nothing runs on input that failed.
import { contract, isCallName } from '../api/contract';
import type { Result } from '../api/result';
import { validationError } from '../api/validation';
import { LedgerError } from '../db/ledgerError';
import { auditTarget, writeAudit } from '../db/audit';
import { getSettings } from '../db/settings';
import { yearClosedRefusal } from '../db/yearClosing';
import { appendOnlyRefusal } from '../db/dues/refusals';
import { countsAsActivity, LOCK_FREE_CALLS, RECOVERY_CALLS } from './access';
import type { Logger, RouterContext } from './context';
import { handlers } from './handlers';
import { isLocked, newSession } from './lock';

export type { Logger } from './context';

export interface Router {
  handle(name: unknown, input: unknown): Promise<Result<unknown>>;
}

export function createRouter(ctx: RouterContext, log: Logger): Router {
  ctx.log = log;
  /** After the write committed: a lost audit row must not undo or fail the user's action. */
  function audit(name: string, input: unknown, value: unknown) {
    try {
      writeAudit(ctx.ledger, name, ctx.session?.operator ?? getSettings(ctx.ledger).operator, auditTarget(input, value));
    } catch (error) {
      log(`audit of ${name} failed`, error);
    }
  }

  return {
    async handle(name, input) {
      if (!isCallName(name)) {
        return { ok: false, error: { code: 'UNKNOWN_CALL', message: '程序版本不一致：界面请求了一个不存在的操作，请重新启动程序' } };
      }
      if (ctx.info.damaged && !RECOVERY_CALLS.has(name)) {
        return { ok: false, error: { code: 'DAMAGED', message: '数据文件已损坏，为免数据进一步受损，程序只允许从备份恢复。请在恢复页面选择备份。' } };
      }
      const session = (ctx.session ??= newSession());
      try {
        if (!ctx.info.damaged && !LOCK_FREE_CALLS.has(name) && isLocked(ctx, session)) {
          return { ok: false, error: { code: 'LOCKED', message: '程序已锁定，请输入密码解锁' } };
        }
        if (countsAsActivity(name)) session.lastActivity = Date.now();
        const parsed = contract[name].input.safeParse(input ?? {});
        if (!parsed.success) return { ok: false, error: validationError(parsed.error) };
        const handler = handlers[name] as (c: RouterContext, i: unknown) => unknown;
        const value = await handler(ctx, parsed.data);
        if (contract[name].effect !== 'read' && ctx.ledger && !ctx.info.damaged) audit(name, parsed.data, value);
        return { ok: true, value };
      } catch (error) {
        if (error instanceof LedgerError) return { ok: false, error: error.toCallError() };
        const closed = ctx.ledger ? yearClosedRefusal(ctx.ledger, error) : null;
        if (closed) return { ok: false, error: closed.toCallError() };
        const appendOnly = appendOnlyRefusal(error);
        if (appendOnly) return { ok: false, error: appendOnly.toCallError() };
        log(`call ${name} failed`, error);
        return { ok: false, error: { code: 'INTERNAL', message: '操作未完成，数据未被修改。程序内部出错，详情已记入数据文件夹的日志' } };
      }
    },
  };
}
