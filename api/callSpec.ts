// How a call is declared: its effect, audit label, input schema and the families it makes
// stale. api/contract.ts lists the calls; a family with many calls keeps its own list in
// api/contract/<family>.ts, spread into it.
import { z } from 'zod';
import { staleAfter } from './staleness';

/**
 * The families the renderer caches calls by (the part of a call's name before the dot).
 * A write names the families whose data it changes; the renderer refetches those, and every
 * family derived from them (api/staleness.ts), after it.
 */
export const FAMILIES = ['app', 'settings', 'backups', 'sample', 'audit', 'lock', 'orgs', 'members', 'home', 'meetings', 'dual', 'points', 'appraisal', 'years', 'reports', 'files', 'attachments', 'import', 'dues', 'development', 'care', 'census', 'street'] as const;
export type Family = (typeof FAMILIES)[number];

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
  touches: readonly Family[];
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
  <I extends z.ZodType>(label: string, touches: readonly Family[], input: I): CallSpec<I, O, 'write'> => ({
    input,
    label,
    effect: 'write',
    touches: staleAfter(touches),
  });

export const none = z.object({}).default({});
/** Every family: a write that may change anything (restore, import, sample data). */
export const ALL = FAMILIES;
