// The one router both transports bind to: look the call up, validate its input against
// the contract, run it, and answer with a Result. Nothing runs on input that failed.
import { contract, isCallName } from '../api/contract';
import type { Result } from '../api/result';
import { validationError } from '../api/validation';
import { LedgerError } from '../db/ledgerError';
import { auditTarget, writeAudit } from '../db/audit';
import { getSettings } from '../db/settings';
import { databaseRefusal } from '../db/refusals';
import { countsAsActivity, LEDGER_FREE_CALLS, LOCK_FREE_CALLS, RECOVERY_CALLS } from './access';
import { isHandlerReady, isLedgerFreeReady, type LedgerFreeContext, type Logger, type RouterContext } from './context';
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
    if (!ctx.ledger) return; // a ledger-free call run before the ledger opened: nothing to write to
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
        // Checked, not assumed: a sealed or damaged app has no ledger, and only ledger-free calls get this far then.
        if (!(LEDGER_FREE_CALLS.has(name) ? isLedgerFreeReady(ctx) : isHandlerReady(ctx))) {
          return { ok: false, error: { code: 'LOCKED', message: '程序已锁定，请输入密码解锁' } };
        }
        // The table is typed per call; looked up by a name known only at run time, it is called as the widest
        // handler, with the context the check above proved it may have.
        const handler = handlers[name] as (c: LedgerFreeContext, i: unknown) => unknown;
        const value = await handler(ctx as LedgerFreeContext, parsed.data);
        if (contract[name].effect !== 'read' && ctx.ledger && !ctx.info.damaged) audit(name, parsed.data, value);
        return { ok: true, value };
      } catch (error) {
        if (error instanceof LedgerError) return { ok: false, error: error.toCallError() };
        const refusal = databaseRefusal(ctx.ledger, error);
        if (refusal) return { ok: false, error: refusal.toCallError() };
        log(`call ${name} failed`, error);
        return { ok: false, error: { code: 'INTERNAL', message: '操作未完成，数据未被修改。程序内部出错，详情已记入数据文件夹的日志' } };
      }
    },
  };
}
