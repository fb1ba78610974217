// The database's own refusals (trigger aborts) as messages the user can act on. The router
// hands every error it did not expect here, so it knows no domain's rules: each rule that is
// enforced by a trigger adds its translation to this list, next to the trigger's migration.
import type { Ledger } from './open';
import type { LedgerError } from './ledgerError';
import { appendOnlyRefusal } from './dues/refusals';
import { yearClosedRefusal } from './yearClosing';

/** The refusal the error stands for, or null when it is not one (a real failure, logged by the router). */
export function databaseRefusal(ledger: Ledger | null, error: unknown): LedgerError | null {
  return (ledger && yearClosedRefusal(ledger, error)) ?? appendOnlyRefusal(error);
}
