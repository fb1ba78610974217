// Views that are costly at street scale (a year's ranking of 20,000 members) are kept in
// memory until the ledger changes. SQLite's total_changes() counts every row this connection
// has written (rolled-back ones too, which only costs a recompute), and data_version moves
// when another connection commits; together they say "nothing changed since" for a few µs.
import type { Ledger } from './open';

/** Values computed since the ledger last changed; a change empties the lot (nothing stale is kept). */
interface Cache {
  stamp: string;
  values: Map<string, unknown>;
}

const caches = new WeakMap<Ledger, Cache>();

/** Moves whenever anything is written to the ledger, by this connection or another. */
export function changeStamp(ledger: Ledger): string {
  const { changes, version } = ledger.prepare('SELECT total_changes() AS changes, (SELECT data_version FROM pragma_data_version) AS version').get() as {
    changes: number;
    version: number;
  };
  return `${changes}:${version}`;
}

/** `compute()`'s value for `key`, recomputed only after something was written. */
export function memoUntilWrite<T>(ledger: Ledger, key: string, compute: () => T): T {
  // Inside a transaction the value may include writes that roll back, and a rollback does not
  // move total_changes(): compute without remembering.
  if (ledger.sqlite.inTransaction) return compute();
  const stamp = changeStamp(ledger);
  let cache = caches.get(ledger);
  if (!cache || cache.stamp !== stamp) caches.set(ledger, (cache = { stamp, values: new Map() }));
  if (cache.values.has(key)) return cache.values.get(key) as T;
  const value = compute();
  // A compute that wrote (none should) leaves the value unremembered rather than stale.
  if (changeStamp(ledger) === stamp) cache.values.set(key, value);
  return value;
}

/** Whether `key`'s value is remembered for the ledger as it is now (tests of what is worked out ahead). */
export function isRemembered(ledger: Ledger, key: string): boolean {
  const cache = caches.get(ledger);
  return cache !== undefined && cache.stamp === changeStamp(ledger) && cache.values.has(key);
}
