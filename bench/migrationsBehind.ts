// A street-sized file as the previous version of the app left it: one migration behind. The
// data generator is today's code, which may read what the newest migration adds (meetings'
// voided_at), so the file is generated at the current version and the newest migration is then
// taken back out of it. Only a migration that adds columns can be taken back (DROP COLUMN);
// any other kind stops the bench with a message rather than time a wrong file.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

interface Journal {
  entries: { tag: string; when: number }[];
}

/** The newest migration's tag, and the columns it adds as [table, column]. */
function newestAddsColumns(migrationsDir: string): { tag: string; when: number; columns: [string, string][] } {
  const journal = JSON.parse(fs.readFileSync(path.join(migrationsDir, 'meta', '_journal.json'), 'utf8')) as Journal;
  const newest = journal.entries[journal.entries.length - 1];
  const sql = fs.readFileSync(path.join(migrationsDir, `${newest.tag}.sql`), 'utf8');
  const statements = sql
    .split('--> statement-breakpoint')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const columns = statements.map((s) => {
    const m = /^ALTER TABLE `(\w+)` ADD `(\w+)`[^;]*;?$/s.exec(s);
    if (!m) throw new Error(`bench: the newest migration ${newest.tag} does more than add columns; teach bench/migrationsBehind.ts to take it back`);
    return [m[1], m[2]] as [string, string];
  });
  return { tag: newest.tag, when: newest.when, columns };
}

/** Takes the newest migration back out of a closed ledger file made at the current version. */
export function oneMigrationBehind(file: string, migrationsDir: string): { pending: string } {
  const newest = newestAddsColumns(migrationsDir);
  const db = new Database(file);
  db.transaction(() => {
    for (const [table, column] of newest.columns) db.exec(`ALTER TABLE "${table}" DROP COLUMN "${column}"`);
    db.prepare('DELETE FROM __drizzle_migrations WHERE created_at = ?').run(newest.when);
  })();
  db.close();
  return { pending: newest.tag };
}
