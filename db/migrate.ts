// Applying migrations safely (shared/DESIGN.md, data rules):
// - drizzle-kit rebuilds tables with `PRAGMA foreign_keys=OFF` inside the migration
//   transaction, where SQLite ignores it; with FKs on, ON DELETE CASCADE would delete
//   child rows. So FKs are switched off here, outside drizzle's transaction, and checked after.
// - drizzle applies a migration only if it is newer than the newest applied one, so a file
//   written by a newer app version (unknown migrations) is refused, never "upgraded".
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';

export interface JournalEntry {
  idx: number;
  when: number;
  tag: string;
}

export function readJournal(migrationsDir: string): JournalEntry[] {
  const file = path.join(migrationsDir, 'meta', '_journal.json');
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { entries: JournalEntry[] }).entries;
}

/** created_at of every migration already applied to this file (empty for a new file). */
export function appliedMigrations(sqlite: Database.Database): number[] {
  const table = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'").get();
  if (!table) return [];
  return (sqlite.prepare('SELECT created_at AS at FROM __drizzle_migrations ORDER BY created_at').all() as { at: number }[]).map((r) => Number(r.at));
}

export type MigrationPlan = { kind: 'up-to-date' } | { kind: 'pending'; count: number; fresh: boolean } | { kind: 'newer-file' };

export function planMigrations(sqlite: Database.Database, journal: JournalEntry[]): MigrationPlan {
  const applied = appliedMigrations(sqlite);
  const known = new Set(journal.map((e) => e.when));
  if (applied.some((at) => !known.has(at))) return { kind: 'newer-file' };
  const pending = journal.filter((e) => !applied.includes(e.when)).length;
  if (pending === 0) return { kind: 'up-to-date' };
  return { kind: 'pending', count: pending, fresh: applied.length === 0 };
}

export function applyMigrations<S extends Record<string, unknown>>(sqlite: Database.Database, db: BetterSQLite3Database<S>, migrationsDir: string): void {
  sqlite.pragma('foreign_keys = OFF');
  try {
    migrate(db, { migrationsFolder: migrationsDir });
    const broken = sqlite.pragma('foreign_key_check') as unknown[];
    if (broken.length > 0) {
      throw new Error(`foreign_key_check found ${broken.length} broken references after migrating`);
    }
  } finally {
    sqlite.pragma('foreign_keys = ON');
  }
}
