// Indexes drizzle-kit cannot write (on an expression), so its snapshot does not know them.
// A later migration that rebuilds the table (drizzle's `__new_members` copy) would drop them
// without a word, and a query that names one with INDEXED BY would then fail instead of
// merely slowing down. So each is made again, if missing, every time a ledger opens — but
// only once the migration that introduced it has been applied: before that, the migration
// itself would meet the index and fail ("already exists").
import type Database from 'better-sqlite3';
import { appliedMigrations, type JournalEntry } from './migrate';

export const HAND_INDEXES: { name: string; since: string; sql: string }[] = [
  {
    // This month's 政治生日 on 首页 (db/reminders.ts): 7 → 0.7 ms at street scale.
    name: 'members_birthday_idx',
    since: '0011_street_indexes',
    sql: 'CREATE INDEX IF NOT EXISTS `members_birthday_idx` ON `members` (substr(`joined_on`, 6)) WHERE left_on IS NULL',
  },
];

export function ensureHandIndexes(sqlite: Database.Database, journal: JournalEntry[]): void {
  const applied = new Set(appliedMigrations(sqlite));
  for (const index of HAND_INDEXES) {
    const introduced = journal.find((e) => e.tag === index.since);
    if (introduced && applied.has(introduced.when)) sqlite.exec(index.sql);
  }
}
