// Views that are costly at street scale (a year's ranking of 20,000 members) are kept in
// memory until a table they read is written. The tables are not declared: readTables.ts
// records the SQL every statement of the computation ran (and what inner kept values read),
// and tableChanges.ts counts each table's writes, so a 三会一课 record leaves the 双报到 figures
// kept, and a settings key no view reads leaves everything kept.
import type { Ledger } from './open';
import { noteReads, recordReads } from './readTables';
import { tablesStamp, watchedOf, watchOf } from './tableChanges';

/** Moves whenever anything is written to the ledger, by this connection or another. */
export function changeStamp(ledger: Ledger): string {
  const { changes, version } = ledger.prepare('SELECT total_changes() AS changes, (SELECT data_version FROM pragma_data_version) AS version').get() as {
    changes: number;
    version: number;
  };
  return `${changes}:${version}`;
}

/** `compute()`'s value for `key` (which holds every input but the ledger), recomputed only after a table it read was written. */
export function memoUntilWrite<T>(ledger: Ledger, key: string, compute: () => T): T {
  // Inside a transaction the value may include writes that roll back: compute without remembering.
  if (ledger.sqlite.inTransaction) return compute();
  const w = watchOf(ledger);
  const held = w.values.get(`memo:${key}`);
  if (held && held.stamp === tablesStamp(ledger, held.names!)) {
    // An enclosing kept value (home.figures holds the 三会一课 matrix) depends on these too.
    noteReads(held.names!);
    return held.value as T;
  }
  const before = changeStamp(ledger);
  const { value, names } = recordReads(compute);
  const watched = watchedOf(ledger, names);
  // A compute that wrote (none should) or answers later (a promise: what it reads after the
  // first await is not recorded) is not remembered, rather than kept stale.
  if (changeStamp(ledger) === before && !(value instanceof Promise)) {
    watchOf(ledger).values.set(`memo:${key}`, { stamp: tablesStamp(ledger, watched), value, names: watched });
  }
  return value;
}

/** Whether `key`'s value is remembered for the ledger as it is now (tests of what is worked out ahead). */
export function isRemembered(ledger: Ledger, key: string): boolean {
  const held = watchOf(ledger).values.get(`memo:${key}`);
  return held !== undefined && held.stamp === tablesStamp(ledger, held.names!);
}

/** The tables and settings keys `key`'s kept value was read from (tests, and the bench's choice of an unrelated write). */
export function readsOf(ledger: Ledger, key: string): string[] | null {
  return watchOf(ledger).values.get(`memo:${key}`)?.names ?? null;
}
