// The migrations as the previous version of the app shipped them: the same folder without
// the newest entry of the journal, so a file made with it needs one migration to open.
import fs from 'node:fs';
import path from 'node:path';

export function migrationsBehind(migrationsDir: string, into: string): { dir: string; pending: string } {
  fs.cpSync(migrationsDir, into, { recursive: true });
  const journalFile = path.join(into, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as { entries: { tag: string }[] };
  const newest = journal.entries.pop()!;
  fs.writeFileSync(journalFile, JSON.stringify(journal, null, 2));
  return { dir: into, pending: newest.tag };
}
