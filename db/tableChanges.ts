// What a kept value depends on, counted: TEMP triggers (this connection only, never stored in
// the file, so no migration) count every table's inserts, updates and deletes, and each
// settings key's apart, in a TEMP table; a value kept with the counts of the tables it read
// (memo.ts, readTables.ts) stands until one of them moves. They also log which members'
// member_facts rows were written, so a per-member view redoes only them (db/dues/owed.ts).
// Another connection's commit moves data_version, and a schema change (which can drop the
// triggers) moves schema_version: either makes everything kept be worked out afresh.
import type { Ledger } from './open';
import { noteReads, watchStatements } from './readTables';

interface Watch {
  /** data_version:schema_version when the triggers were last checked. */
  base: string;
  /** The main schema's tables (and the columns counted apart, COLUMNS), each counted by triggers; and views or virtual tables, which cannot be. */
  tables: Set<string>;
  unwatchable: Set<string>;
  /** Kept values by key (memo.ts's and memoUntilTablesChange's), with the stamp they were computed at. */
  values: Map<string, { stamp: string; value: unknown; names?: string[] }>;
}

const watches = new WeakMap<Ledger, Watch>();

/** Moves when another connection commits or the schema changes: then nothing kept is trusted. */
export function baseStamp(ledger: Ledger): string {
  const row = ledger.sqlite
    .prepare('SELECT (SELECT data_version FROM pragma_data_version) AS d, (SELECT schema_version FROM pragma_schema_version) AS s')
    .get() as { d: number; s: number };
  return `${row.d}:${row.s}`;
}

/**
 * Columns counted apart from their table, for a reader that names them instead (readTables.ts
 * `unrecorded`): the 三会一课 matrix reads members only for the cached 人员类别 (the 7 正式党员 that
 * make a branch owe a 支委会), so a 联系电话 edit need not work out a street's matrix afresh.
 * An insert or delete of a row counts every column's name as well.
 */
const COLUMNS: Record<string, readonly string[]> = { members: ['category'] };
export const columnName = (table: string, column: string) => `${table}.${column}`;

/** Settings are many values in one table: a reader names the keys it read (db/settings.ts), each counted apart. */
export const settingName = (key: string) => `settings:${key}`;

function install(ledger: Ledger): Pick<Watch, 'tables' | 'unwatchable'> {
  const db = ledger.sqlite;
  watchStatements(db);
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
  // Every table's writes counted, by name. Counts roll back with the transaction that made them,
  // as the rows do. A table's counter is there from the start and its triggers UPDATE it (a row
  // of an import pays ~0.4 µs; an upsert cost twice that); a settings key's is made by its first
  // write. The counters are made by CREATE … AS SELECT, which writes no row that total_changes()
  // counts: memo.ts refuses to keep a value whose computation wrote, and the contract fuzz
  // (tests/faults) refuses a read that writes.
  const schema = db
    .prepare("SELECT name, type, sql FROM main.sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")
    .all() as {
    name: string;
    type: string;
    sql: string | null;
  }[];
  const watchable = schema.filter(({ type, sql }) => type === 'table' && !/^\s*CREATE\s+VIRTUAL/i.test(sql ?? ''));
  const counters = watchable.flatMap(({ name }) => [name.toLowerCase(), ...(COLUMNS[name] ?? []).map((c) => columnName(name, c))]);
  const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;
  db.exec(`DROP TABLE IF EXISTS temp.table_changes;
    CREATE TEMP TABLE table_changes AS SELECT column1 AS name, 0 AS n FROM (VALUES ${counters.map((c) => `(${literal(c)})`).join(', ')});
    CREATE UNIQUE INDEX temp.table_changes_name ON table_changes (name);`);
  const count = (name: string) => `UPDATE temp.table_changes SET n = n + 1 WHERE name = ${name};`;
  const countKey = (name: string) => `INSERT INTO temp.table_changes (name, n) VALUES (${name}, 1) ON CONFLICT (name) DO UPDATE SET n = n + 1;`;
  const tables = new Set<string>();
  const unwatchable = new Set(schema.filter((t) => !watchable.includes(t)).map(({ name }) => name.toLowerCase()));
  for (const { name } of watchable) {
    // Counted under the name a statement's text gives (readTables.ts lower-cases it).
    const key = name.toLowerCase();
    tables.add(key);
    const quoted = literal(key);
    for (const op of ['INSERT', 'UPDATE', 'DELETE']) {
      const row = op === 'DELETE' ? 'OLD' : 'NEW';
      const keys =
        name !== 'settings'
          ? ''
          : op === 'UPDATE'
            ? `${countKey("'settings:' || NEW.key")} ${countKey("'settings:' || OLD.key")}`
            : countKey(`'settings:' || ${row}.key`);
      const columns = op === 'UPDATE' ? '' : (COLUMNS[name] ?? []).map((c) => count(`'${columnName(name, c)}'`)).join(' ');
      db.exec(`CREATE TEMP TRIGGER IF NOT EXISTS "table_changes_${name}_${op.toLowerCase()}" AFTER ${op} ON main."${name}"
        BEGIN ${count(quoted)} ${keys} ${columns} END`);
    }
    for (const column of COLUMNS[name] ?? []) {
      tables.add(columnName(name, column));
      db.exec(`CREATE TEMP TRIGGER IF NOT EXISTS "table_changes_${name}_${column}" AFTER UPDATE OF "${column}" ON main."${name}"
        BEGIN ${count(`'${columnName(name, column)}'`)} END`);
    }
  }
  return { tables, unwatchable };
}

export function watchOf(ledger: Ledger): Watch {
  const base = baseStamp(ledger);
  let w = watches.get(ledger);
  if (!w || w.base !== base) {
    // First use, another connection wrote, or the schema changed (a rebuilt table loses its
    // triggers, a new one has none yet): start over, triggers anew, counters from nothing.
    const schema = !w || base.split(':')[1] !== w.base.split(':')[1] ? install(ledger) : w;
    w = { base: baseStamp(ledger), tables: schema.tables, unwatchable: schema.unwatchable, values: new Map() };
    watches.set(ledger, w);
  }
  return w;
}

/**
 * `write()` (one transaction's bulk INSERTs: the roster import's 10,000 members and 50,000 dated
 * facts) with the INSERT triggers on `tables` set aside, each table then counted once and the
 * members whose facts were inserted logged in one statement. Per row the two triggers cost
 * the import's commit about a sixth. Updates and deletes inside `write()` are still counted
 * by their triggers. The triggers are dropped and made again inside the caller's transaction,
 * so a write that fails and rolls back restores them with everything else.
 */
export function countInsertsOnce<T>(ledger: Ledger, tables: readonly string[], write: () => T): T {
  const db = ledger.sqlite;
  if (!db.inTransaction) throw new Error('countInsertsOnce belongs inside a transaction');
  // Nothing is counted yet on this connection (no kept value): nothing to set aside.
  if (!watches.has(ledger)) return write();
  const triggers = db
    .prepare(
      `SELECT name, sql FROM temp.sqlite_master WHERE type = 'trigger' AND lower(tbl_name) IN (${tables.map(() => '?').join(', ')})
       AND (name LIKE 'table\\_changes\\_%\\_insert' ESCAPE '\\' OR name = 'member_fact_log_insert')`,
    )
    .all(...tables.map((t) => t.toLowerCase())) as { name: string; sql: string }[];
  const factsBefore = tables.includes('member_facts') ? (db.prepare('SELECT coalesce(max(id), 0) FROM main.member_facts').pluck().get() as number) : null;
  const changesBefore = db.prepare('SELECT total_changes()').pluck();
  const before = changesBefore.get() as number;
  for (const { name } of triggers) db.exec(`DROP TRIGGER temp."${name.replaceAll('"', '""')}"`);
  const value = write();
  // temp.sqlite_master keeps the text as CREATE TRIGGER: made again in temp, not in the file.
  for (const { sql } of triggers) db.exec(sql.replace(/^\s*CREATE\s+(TEMP\s+|TEMPORARY\s+)?TRIGGER/i, 'CREATE TEMP TRIGGER'));
  if ((changesBefore.get() as number) !== before) {
    const names = tables.flatMap((t) => [t.toLowerCase(), ...(COLUMNS[t] ?? []).map((c) => columnName(t, c))]);
    db.prepare(`UPDATE temp.table_changes SET n = n + 1 WHERE name IN (${names.map(() => '?').join(', ')})`).run(...names);
  }
  if (factsBefore !== null)
    db.prepare('INSERT INTO temp.member_fact_log (member_id) SELECT member_id FROM main.member_facts WHERE id > ? ORDER BY id').run(factsBefore);
  return value;
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

/** Of the names a computation read (readTables.ts), those that are counted: tables and settings keys, sorted. */
export function watchedOf(ledger: Ledger, names: Iterable<string>): string[] {
  const w = watchOf(ledger);
  const out = new Set<string>();
  for (const name of names) {
    // A view or virtual table has no triggers: anything written may change what it shows.
    if (w.unwatchable.has(name)) out.add('*');
    else if (w.tables.has(name) || name.startsWith('settings:')) out.add(name);
  }
  return [...out].sort();
}

/** A text that moves whenever one of `names` (watchedOf) is written, by this connection or another. */
export function tablesStamp(ledger: Ledger, names: readonly string[]): string {
  const w = watchOf(ledger);
  const counted = names.filter((n) => n !== '*');
  const counts = counted.length
    ? (ledger.sqlite
        .prepare(`SELECT name, n FROM temp.table_changes WHERE name IN (${counted.map(() => '?').join(',')}) ORDER BY name`)
        .raw()
        .all(...counted) as [string, number][])
    : [];
  // '*': every write by this connection moves total_changes(); another's moves the base.
  const all = names.includes('*') ? String(ledger.sqlite.prepare('SELECT total_changes()').pluck().get()) : '';
  return `${w.base}|${counts.map(([n, c]) => `${n}=${c}`).join(',')}|${all}`;
}

/**
 * `compute()`'s value for `key`, recomputed only after one of `tables` was written. The tables
 * are the caller's word (a view that keeps parts of its input apart, db/dues/stats.ts); memo.ts
 * finds them itself.
 */
export function memoUntilTablesChange<T>(ledger: Ledger, key: string, tables: readonly string[], compute: () => T): T {
  // Inside a transaction a value may see writes that roll back: compute without remembering.
  if (ledger.sqlite.inTransaction) return compute();
  const w = watchOf(ledger);
  const watched = watchedOf(ledger, tables);
  // An enclosing kept value depends on these too (memo.ts).
  noteReads(watched);
  const stamp = tablesStamp(ledger, watched);
  const held = w.values.get(`tables:${key}`);
  if (held && held.stamp === stamp) return held.value as T;
  const value = compute();
  if (tablesStamp(ledger, watched) === stamp) watchOf(ledger).values.set(`tables:${key}`, { stamp, value });
  return value;
}
