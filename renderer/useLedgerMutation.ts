// Writes for pages: after a write succeeds, every cached read of the families it touches
// (`touches` in api/contract.ts) is stale, and those on screen refetch, each once. Pages do
// not reload lists by hand.
import { useEffect } from 'react';
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { CallInput, CallName, CallOutput, Contract } from '../api/contract';
import type { CallError, Result } from '../api/result';
import { client } from './transport';
import { unwrap } from './useLedgerQuery';

/**
 * The contract's value (zod and every schema: 110 KB, 32 KB gzipped) is loaded apart, not
 * imported: a static import would put its evaluation on the opening of every page that
 * writes, for a table of names. It loads while the first such page sits idle, or when a
 * write starts, whichever comes first; the write itself takes longer than that.
 */
let contractValue: Promise<Contract> | undefined;
function loadContract(): Promise<Contract> {
  contractValue ??= import('./contractValue').then(
    (m) => m.contract,
    (error: unknown) => {
      contractValue = undefined; // asked again by the next write
      throw error;
    },
  );
  return contractValue;
}

async function invalidateTouched(queryClient: QueryClient, name: CallName): Promise<void> {
  const touched = new Set<string>((await loadContract())[name].touches);
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
  useEffect(() => {
    const idle = requestIdleCallback(() => void loadContract().catch(() => undefined));
    return () => cancelIdleCallback(idle);
  }, []);
  const mutation = useMutation<CallOutput<K>, CallError, CallInput<K>>({
    mutationKey: [name],
    mutationFn: async (input) => unwrap(await client.call(name, input)),
    onMutate: () => void loadContract().catch(() => undefined),
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
