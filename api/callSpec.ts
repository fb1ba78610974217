// How a call is declared: its effect, audit label, input schema and the families it makes
// stale. api/contract.ts lists the calls; a family with many calls keeps its own list in
// api/contract/<family>.ts, spread into it.
import { z } from 'zod';
import { staleAfter } from './staleness';

/**
 * A family is the part of a call's name before the dot: the renderer caches calls by it. A write
 * names the families whose data it changes; the renderer refetches those, and every family
 * derived from them (api/staleness.ts), after it. The list of families is the contract's own
 * (FAMILIES in api/contract.ts), so a new domain registers nothing here; that every name a write
 * gives is a family is checked by tests/unit/staleness.test.ts.
 */
type FamilyName = string;

/**
 * read: changes nothing and hands out nothing new; not written to the audit log.
 * give: changes nothing but hands out a file or personal data (exports, reveals); audited.
 * write: changes the ledger; audited; `touches` are the families it makes stale.
 */
export type CallEffect = 'read' | 'give' | 'write';

export interface CallSpec<I extends z.ZodType, O, E extends CallEffect = CallEffect> {
  input: I;
  /** What the call is called in the audit log (系统设置 → 操作日志). */
  label: string;
  /** Literal per call, so a table can be typed by effect (the staleness oracle needs an input per write). */
  effect: E;
  touches: readonly FamilyName[];
  /** Type carrier only; never read at run time. */
  output?: O;
}

export const read =
  <O>() =>
  <I extends z.ZodType>(label: string, input: I): CallSpec<I, O, 'read'> => ({ input, label, effect: 'read', touches: [] });
export const give =
  <O>() =>
  <I extends z.ZodType>(label: string, input: I): CallSpec<I, O, 'give'> => ({ input, label, effect: 'give', touches: [] });
/**
 * `touches` is the full list: the families the write names (those whose data it changes itself)
 * and every family derived from them (api/staleness.ts), so an entry does not repeat the chains.
 */
export const write =
  <O>() =>
  <I extends z.ZodType>(label: string, touches: readonly FamilyName[], input: I): CallSpec<I, O, 'write'> => ({
    input,
    label,
    effect: 'write',
    // ALL stays itself, for api/contract.ts to turn into every family once the calls are joined.
    touches: touches === ALL ? ALL : staleAfter(touches),
  });

export const none = z.object({}).default({});
/** Every family: a write that may change anything (restore, import, sample data). Resolved in api/contract.ts. */
export const ALL: readonly FamilyName[] = Object.freeze(['*']);
