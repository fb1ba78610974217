// Which tables a computation read, so that what memo.ts keeps is dropped only when one of them
// is written. Every better-sqlite3 statement run while a recording is open (get, all, iterate)
// adds the names in its SQL text; the kept values of inner memos add theirs when they answer
// from memory (noteReads). Reading names from the text over-approximates (a column named like a
// table adds that table too), which only costs a recompute; what it must never miss is a table
// read, and every read of the ledger is a statement with its SQL, drizzle's included.
import type Database from 'better-sqlite3';

/** Open recordings, innermost last: a statement adds its names to all of them. */
const open: Set<string>[] = [];
/** While above zero, statements add nothing (db/settings.ts names the keys it read instead). */
let quiet = 0;

const NAME = /[A-Za-z_][A-Za-z0-9_]*/g;
const namesBySource = new Map<string, string[]>();

/**
 * The identifiers of a statement's SQL, lower-cased; kept per text (statements repeat). Text in
 * '…' is a value, not a name, and the name after AS is an alias the statement makes up (`… AS
 * members` counts onjob_members, it reads no members table): both are left out. Quoted names
 * ("members", drizzle's) are names.
 */
export function namesIn(source: string): string[] {
  let names = namesBySource.get(source);
  if (!names) {
    const words =
      source
        .replace(/'(?:[^']|'')*'/g, ' ')
        .replace(/["`[\]]/g, ' ')
        .toLowerCase()
        .match(NAME) ?? [];
    names = [...new Set(words.filter((w, i) => words[i - 1] !== 'as'))];
    // Texts built with a varying number of ? would grow this without end.
    if (namesBySource.size > 5000) namesBySource.clear();
    namesBySource.set(source, names);
  }
  return names;
}

/** Adds names (tables, or settings:<key>) to every open recording. */
export function noteReads(names: Iterable<string>): void {
  if (open.length === 0) return;
  for (const name of names) for (const set of open) set.add(name);
}

/** `fn()`'s value and the names it read. */
export function recordReads<T>(fn: () => T): { value: T; names: Set<string> } {
  const names = new Set<string>();
  open.push(names);
  try {
    return { value: fn(), names };
  } finally {
    open.pop();
  }
}

/** Runs `fn` with its statements unrecorded: the caller notes what they read more precisely. */
export function unrecorded<T>(fn: () => T): T {
  quiet++;
  try {
    return fn();
  } finally {
    quiet--;
  }
}

const patched = new WeakSet<object>();

/** Makes the statements of this connection's driver report their text while a recording is open (once per driver). */
export function watchStatements(sqlite: Database.Database): void {
  const proto = Object.getPrototypeOf(sqlite.prepare('SELECT 1')) as Record<string, unknown>;
  if (patched.has(proto)) return;
  patched.add(proto);
  for (const method of ['get', 'all', 'iterate'] as const) {
    const original = proto[method] as (this: Database.Statement, ...args: unknown[]) => unknown;
    proto[method] = function (this: Database.Statement, ...args: unknown[]) {
      if (open.length > 0 && quiet === 0) noteReads(namesIn(this.source));
      return original.apply(this, args);
    };
  }
}
