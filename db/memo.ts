// Views that are costly at street scale (a year's ranking of 20,000 members) are kept in
// memory until the ledger changes. SQLite's total_changes() counts every row this connection
// has written (rolled-back ones too, which only costs a recompute), and data_version moves
// when another connection commits; together they say "nothing changed since" for a few µs.
import type { Ledger } from './open';

interface Entry {
  stamp: string;
  value: unknown;
}

const caches = new WeakMap<Ledger, Map<string, Entry>>();

function stampOf(ledger: Ledger): string {
  const changes = ledger.sqlite.prepare('SELECT total_changes()').pluck().get() as number;
  const version = ledger.sqlite.pragma('data_version', { simple: true }) as number;
  return `${changes}:${version}`;
}

/** `compute()`'s value for `key`, recomputed only after something was written. */
export function memoUntilWrite<T>(ledger: Ledger, key: string, compute: () => T): T {
  // Inside a transaction the value may include writes that roll back, and a rollback does not
  // move total_changes(): compute without remembering.
  if (ledger.sqlite.inTransaction) return compute();
  let cache = caches.get(ledger);
  if (!cache) caches.set(ledger, (cache = new Map()));
  const stamp = stampOf(ledger);
  const hit = cache.get(key);
  if (hit && hit.stamp === stamp) return hit.value as T;
  const value = compute();
  cache.set(key, { stamp: stampOf(ledger), value });
  return value;
}
