// A drizzle-typed insert through a statement prepared once per column set: for paths that
// insert row after row (imports), where drizzle's builder costs ~200 µs a row here.
import { getTableColumns, getTableName, type InferInsertModel } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Ledger } from './open';

/** The INSERT for a table and a set of columns, built once (a 10,000-row import asks 10,000 times). */
const sqlFor = new WeakMap<SQLiteTable, Map<string, string>>();

/** Inserts `values` (keys as in the drizzle table) and returns the new row id. */
export function insertRow<T extends SQLiteTable>(ledger: Ledger, table: T, values: InferInsertModel<T>): number {
  const columns = getTableColumns(table);
  const keys = Object.keys(values)
    .filter((k) => k in columns && (values as Record<string, unknown>)[k] !== undefined)
    .sort();
  const signature = keys.join(',');
  let byKeys = sqlFor.get(table);
  if (!byKeys) sqlFor.set(table, (byKeys = new Map()));
  let sql = byKeys.get(signature);
  if (!sql) {
    sql = `INSERT INTO "${getTableName(table)}" (${keys.map((k) => `"${columns[k].name}"`).join(', ')}) VALUES (${keys.map(() => '?').join(', ')})`;
    byKeys.set(signature, sql);
  }
  const params = keys.map((k) => {
    const v = (values as Record<string, unknown>)[k];
    return typeof v === 'boolean' ? (v ? 1 : 0) : v;
  });
  return Number(ledger.prepare(sql).run(...params).lastInsertRowid);
}
