// A copy of the migrations folder as an older build shipped it, to make files "at the previous
// version" that the current migrations then upgrade.
import fs from 'node:fs';
import path from 'node:path';
import { MIGRATIONS_DIR } from './testLedger';

/** The migrations folder as it was before `tag` (that entry and the ones after it left out). */
export function migrationsBehindBy(dir: string, tag: string): string {
  const into = path.join(dir, 'older-migrations');
  fs.cpSync(MIGRATIONS_DIR, into, { recursive: true });
  const journalFile = path.join(into, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as { entries: { tag: string }[] };
  const at = journal.entries.findIndex((e) => e.tag === tag);
  if (at <= 0) throw new Error(`no migration ${tag} after the first`);
  fs.writeFileSync(journalFile, JSON.stringify({ ...journal, entries: journal.entries.slice(0, at) }));
  return into;
}
