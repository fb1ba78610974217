// The types that hold each handler module to its slice of the contract: the module for
// api/contract/<domain>.ts implements exactly that slice's calls, no fewer and no more.
import type { CallName, CallOutput, ParsedInput } from '../api/contract';
import type { LedgerFreeCall } from './access';
import type { HandlerContext, LedgerFreeContext } from './context';

/** A ledger-free call's handler must cope with no open ledger; every other handler is given one. */
export type Handler<K extends CallName> = (
  ctx: K extends LedgerFreeCall ? LedgerFreeContext : HandlerContext,
  input: ParsedInput<K>,
) => CallOutput<K> | Promise<CallOutput<K>>;

/** The handlers of one contract slice (`HandlersOf<typeof duesCalls>`). */
export type HandlersOf<S> = { [K in keyof S & CallName]: Handler<K> };

export type Handlers = { [K in CallName]: Handler<K> };
