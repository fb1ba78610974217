// The types that make the compiler hold each handler module to its slice of the contract:
// a module for prefix P implements exactly the calls named `P.…`, no fewer and no more.
import type { CallName, CallOutput, ParsedInput } from '../api/contract';
import type { RouterContext } from './context';

export type Handler<K extends CallName> = (ctx: RouterContext, input: ParsedInput<K>) => CallOutput<K> | Promise<CallOutput<K>>;

type PrefixOf<K> = K extends `${infer P}.${string}` ? P : never;
/** The part of a call's name before the dot: 'members' for 'members.list'. */
export type CallPrefix = PrefixOf<CallName>;

/** The handlers of every call whose name starts with `P.`. */
export type HandlersFor<P extends CallPrefix> = {
  [K in CallName as K extends `${P}.${string}` ? K : never]: Handler<K>;
};

export type Handlers = { [K in CallName]: Handler<K> };
