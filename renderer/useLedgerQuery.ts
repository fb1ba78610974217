// Reads for pages: one query per call and input, cached under [family, name, input] so a
// write can make a whole family stale at once (useLedgerMutation.ts). No contract value here:
// this module is on the first screen, and the contract brings zod and every schema with it.
import { keepPreviousData, skipToken, useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { CallInput, CallName, CallOutput, Family } from '../api/contract';
import type { CallError, Result } from '../api/result';
import { peekEarly, takeEarly } from './earlyCalls';
import { client } from './transport';

/** The family a call is cached under: the part of its name before the dot. */
export const familyOf = (name: CallName): Family => name.slice(0, name.indexOf('.')) as Family;

export const ledgerKey = <K extends CallName>(name: K, input: CallInput<K> | null) => [familyOf(name), name, input] as const;

/** A call's value, or its refusal thrown for the query to hold as `error`. */
export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw result.error;
  return result.value;
}

/**
 * A call's result, asked again when `input` changes (compared by value) and after any write
 * that touches its family. `input` null means not yet (no member chosen): nothing is asked.
 * While another input loads, the previous answer stays on screen (a table does not flash empty
 * between pages) unless `keepPrevious` is false (an answer that must match its input).
 */
export function useLedgerQuery<K extends CallName>(
  name: K,
  input: CallInput<K> | null,
  options: { enabled?: boolean; keepPrevious?: boolean } = {},
): UseQueryResult<CallOutput<K>, CallError> {
  return useQuery({
    queryKey: ledgerKey(name, input),
    // A first-screen call started by early.ts is this query's first fetch: its answer (or the
    // call still under way) is taken rather than asked again.
    queryFn:
      input === null
        ? skipToken
        : async () => unwrap((await (takeEarly(name, JSON.stringify(input))?.pending ?? client.call(name, input))) as Result<CallOutput<K>>),
    // ...and an answer already in is the first render's data, so 首页 draws once, with it.
    initialData: () => peekEarly(name, JSON.stringify(input)) as CallOutput<K> | undefined,
    enabled: options.enabled ?? true,
    placeholderData: options.keepPrevious === false ? undefined : keepPreviousData,
  });
}
