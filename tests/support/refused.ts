import { LedgerError } from '../../db/ledgerError';

/** Runs fn and returns the LedgerError it refused with; fails the test if it did not refuse. */
export function refused(fn: () => unknown): LedgerError {
  try {
    fn();
  } catch (error) {
    if (error instanceof LedgerError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}
