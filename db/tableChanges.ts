// Finer than memo.ts's "anything written": a street's 党费 views read a year of dated facts
// and bases (~150 ms) that a payment does not touch, so they keep those parts until their own
// tables change. TEMP triggers (this connection only, never stored in the file, so no
// migration) count each watched table's inserts, updates and deletes in a TEMP table, and log
// which members' member_facts rows were written, so a per-member view redoes only them.
// Another connection's commit moves data_version, and a schema change (which can drop the
// triggers) moves schema_version: either makes everything kept be worked out afresh.
import type { Ledger } from './open';

/**
 * The tables a kept value may watch. Their counters are made together in one statement that
 * writes no row (CREATE … AS SELECT), because memo.ts refuses to remember a value whose
 * computation moved total_changes(), and an INSERT into the counters would.
 */
export const WATCHED_TABLES = ['dues_bases', 'dues_schemes', 'dues_bands'] as const;
export type WatchedTable = (typeof WATCHED_TABLES)[number];

interface Watch {
  /** data_version:schema_version when the triggers were last checked. */
  base: string;
  values: Map<string, { stamp: string; value: unknown }>;
}

const watches = new WeakMap<Ledger, Watch>();

/** Moves when another connection commits or the schema changes: then nothing kept is trusted. */
export function baseStamp(ledger: Ledger): string {
  const row = ledger.sqlite
    .prepare('SELECT (SELECT data_version FROM pragma_data_version) AS d, (SELECT schema_version FROM pragma_schema_version) AS s')
    .get() as { d: number; s: number };
  return `${row.d}:${row.s}`;
}

function install(ledger: Ledger): void {
  const db = ledger.sqlite;
  // Which members' facts changed, in order: kept per-member views redo only those members.
  db.exec(`DROP TABLE IF EXISTS temp.member_fact_log;
    CREATE TEMP TABLE member_fact_log (seq INTEGER PRIMARY KEY, member_id INTEGER NOT NULL);
    CREATE TEMP TRIGGER IF NOT EXISTS member_fact_log_insert AFTER INSERT ON main.member_facts BEGIN
      INSERT INTO temp.member_fact_log (member_id) VALUES (NEW.member_id);
    END;
    CREATE TEMP TRIGGER IF NOT EXISTS member_fact_log_update AFTER UPDATE ON main.member_facts BEGIN
      INSERT INTO temp.member_fact_log (member_id) VALUES (NEW.member_id);
      INSERT INTO temp.member_fact_log (member_id) SELECT OLD.member_id WHERE OLD.member_id <> NEW.member_id;
    END;
    CREATE TEMP TRIGGER IF NOT EXISTS member_fact_log_delete AFTER DELETE ON main.member_facts BEGIN
      INSERT INTO temp.member_fact_log (member_id) VALUES (OLD.member_id);
    END;`);
  db.exec(`DROP TABLE IF EXISTS temp.table_changes;
    CREATE TEMP TABLE table_changes AS ${WATCHED_TABLES.map((t) => `SELECT '${t}' AS name, 0 AS n`).join(' UNION ALL ')}`);
  for (const table of WATCHED_TABLES) {
    for (const op of ['INSERT', 'UPDATE', 'DELETE']) {
      db.exec(`CREATE TEMP TRIGGER IF NOT EXISTS table_changes_${table}_${op.toLowerCase()} AFTER ${op} ON main.${table}
        BEGIN UPDATE temp.table_changes SET n = n + 1 WHERE name = '${table}'; END`);
    }
  }
}

function watchOf(ledger: Ledger): Watch {
  const base = baseStamp(ledger);
  let w = watches.get(ledger);
  if (!w || w.base !== base) {
    // First use, another connection wrote, or the schema changed (a rebuilt table loses its
    // triggers): start over, triggers anew.
    if (!w || base.split(':')[1] !== w.base.split(':')[1]) install(ledger);
    w = { base: baseStamp(ledger), values: new Map() };
    watches.set(ledger, w);
  }
  return w;
}

/**
 * The members whose dated facts this connection changed after log position `after`, and the
 * position now; `base` moves (baseStamp) when the log cannot be trusted (another connection
 * wrote): then redo everything.
 */
export function memberFactChanges(ledger: Ledger, after: number): { base: string; position: number; members: number[] } {
  const w = watchOf(ledger);
  const rows = ledger.sqlite.prepare('SELECT DISTINCT member_id FROM temp.member_fact_log WHERE seq > ?').pluck().all(after) as number[];
  const position = ledger.sqlite.prepare('SELECT coalesce(max(seq), 0) FROM temp.member_fact_log').pluck().get() as number;
  return { base: w.base, position, members: rows };
}

/** A text that moves whenever one of `tables` is written (by this connection or another). */
export function tablesStamp(ledger: Ledger, tables: readonly WatchedTable[]): string {
  const w = watchOf(ledger);
  const counts = ledger.sqlite
    .prepare(`SELECT n FROM temp.table_changes WHERE name IN (${tables.map(() => '?').join(',')}) ORDER BY name`)
    .pluck()
    .all(...tables) as number[];
  return `${w.base}|${counts.join(',')}`;
}

/** `compute()`'s value for `key`, recomputed only after one of `tables` was written. */
export function memoUntilTablesChange<T>(ledger: Ledger, key: string, tables: readonly WatchedTable[], compute: () => T): T {
  // Inside a transaction a value may see writes that roll back: compute without remembering.
  if (ledger.sqlite.inTransaction) return compute();
  const stamp = tablesStamp(ledger, tables);
  const w = watches.get(ledger)!;
  const held = w.values.get(key);
  if (held && held.stamp === stamp) return held.value as T;
  const value = compute();
  if (tablesStamp(ledger, tables) === stamp) w.values.set(key, { stamp, value });
  return value;
}
