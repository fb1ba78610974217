// The app's one query cache. Every read a page shows is a query keyed [family, name, input]
// (useLedgerQuery.ts); every write invalidates the families the contract says it touches
// (useLedgerMutation.ts), and the open queries refetch.
import { QueryClient } from '@tanstack/react-query';
import type { CallError } from '../api/result';

declare module '@tanstack/react-query' {
  interface Register {
    /** A query or write that fails rejects with the ledger's refusal, message in Chinese. */
    defaultError: CallError;
  }
}

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // The ledger is on this machine: the browser's idea of being offline (no network
      // cable at the community office) must not pause the calls.
      networkMode: 'always',
      // A refusal is an answer (not found, locked, invalid input), not a network hiccup.
      retry: false,
      // Data goes stale when this app writes (invalidation) and is asked again when a page
      // opens, as before; switching windows to Excel and back asks nothing.
      staleTime: 0,
      refetchOnWindowFocus: false,
      refetchOnReconnect: false,
    },
    mutations: { networkMode: 'always', retry: false },
  },
});
