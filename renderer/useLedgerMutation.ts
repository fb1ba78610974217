// Writes for pages: after a write succeeds, every cached read of the families it touches
// (`touches` in api/contract.ts) is stale, and those on screen refetch, each once. Pages do
// not reload lists by hand.
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { CallInput, CallName, CallOutput } from '../api/contract';
import type { CallError, Result } from '../api/result';
import { client } from './transport';
import { unwrap } from './useLedgerQuery';

/**
 * The contract's value (zod and every schema: 110 KB, 32 KB gzipped) is loaded here on the
 * first write, not imported: with a static import, every page that writes would bring it in
 * when first opened, for a table of names. A write is always a click on a page already drawn.
 */
async function invalidateTouched(queryClient: QueryClient, name: CallName): Promise<void> {
  const { contract } = await import('./contractValue');
  const touched = new Set<string>(contract[name].touches);
  if (touched.size === 0) return;
  await queryClient.invalidateQueries({ predicate: (query) => touched.has(query.queryKey[0] as string) });
}

export interface LedgerMutation<K extends CallName> {
  /** Runs the write; resolves to its result (a refusal is a result, not a throw). */
  call(input: CallInput<K>): Promise<Result<CallOutput<K>>>;
  busy: boolean;
}

export function useLedgerMutation<K extends CallName>(name: K): LedgerMutation<K> {
  const queryClient = useQueryClient();
  const mutation = useMutation<CallOutput<K>, CallError, CallInput<K>>({
    mutationKey: [name],
    mutationFn: async (input) => unwrap(await client.call(name, input)),
    // Not awaited: the form closes at once and the lists behind it refresh as their answers come.
    onSuccess: () => void invalidateTouched(queryClient, name),
  });
  const { mutateAsync } = mutation;
  return {
    call: (input) =>
      mutateAsync(input).then(
        (value): Result<CallOutput<K>> => ({ ok: true, value }),
        (error: CallError): Result<CallOutput<K>> => ({ ok: false, error }),
      ),
    busy: mutation.isPending,
  };
}
