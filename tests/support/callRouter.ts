// The one way tests call the router by the contract, as the page does: the call's name picks
// its input and output types (api/contract), so a test states no `<T>` and cannot drift from
// what the handler answers.
import type { CallInput, CallName, CallOutput } from '../../api/contract';
import type { CallError, Result } from '../../api/result';
import type { Router } from '../../router/router';

/** A call's input, optional when the contract defaults it (`none`). */
export type InputArgs<K extends CallName> = undefined extends CallInput<K> ? [input?: CallInput<K>] : [input: CallInput<K>];

/** What a refused call throws: the Chinese message, with the refusal kept for asserting on. */
export class RefusedCall extends Error {
  readonly call: CallName;
  readonly error: CallError;
  readonly field: string | undefined;
  readonly code: CallError['code'];
  constructor(call: CallName, error: CallError) {
    super(error.message);
    this.call = call;
    this.error = error;
    this.field = error.field;
    this.code = error.code;
  }
}

export interface Caller {
  /** A call that must succeed: its value, or a RefusedCall carrying the call's Chinese message. */
  call<K extends CallName>(name: K, ...input: InputArgs<K>): Promise<CallOutput<K>>;
  /** The answer as it comes, for a test that expects a refusal. */
  attempt<K extends CallName>(name: K, ...input: InputArgs<K>): Promise<Result<CallOutput<K>>>;
}

export function callerFor(router: Router): Caller {
  const attempt = async <K extends CallName>(name: K, ...[input]: InputArgs<K>) => (await router.handle(name, input ?? {})) as Result<CallOutput<K>>;
  const call = async <K extends CallName>(name: K, ...input: InputArgs<K>): Promise<CallOutput<K>> => {
    const answer = await attempt(name, ...input);
    if (!answer.ok) throw new RefusedCall(name, answer.error);
    return answer.value;
  };
  return { call, attempt };
}

/** The calls that answer with a file written to the exports folder (every export, the import template). */
export type FileCall = { [K in CallName]: CallOutput<K> extends { fileName: string } ? K : never }[CallName];
