import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import * as schema from './schema';
import { applyMigrations, planMigrations, readJournal } from './migrate';
import { ensureHandIndexes } from './handIndexes';
import { makeBackupSync } from './backups/make';
import { applyKey } from './crypt/cipher';
import { rememberKey } from './crypt/keyring';
import { noteConnectionKey } from './crypt/switchKey';

export type Db = BetterSQLite3Database<typeof schema>;

export interface Ledger {
  sqlite: Database.Database;
  db: Db;
  file: string;
  /** The data key the file is encrypted with; null for a plain file (no start password). */
  key: Buffer | null;
  /** Runs fn in one transaction: one user action, all or nothing. */
  tx<T>(fn: () => T): T;
  /**
   * A statement prepared once per connection, for paths that run per row (imports, derivations):
   * drizzle builds and prepares its SQL on every call, 70–200 µs here against 7 µs for a
   * prepared statement. Never call .raw()/.pluck() on it: it is shared.
   */
  prepare(sql: string): Database.Statement;
  close(): void;
}

export interface OpenOptions {
  /** Path of the SQLite file, or ':memory:' for tests. */
  file: string;
  migrationsDir: string;
  /** Where a copy goes before pending migrations touch an existing file. */
  backupsDir?: string;
  /** The unwrapped data key (db/crypt/keyFile.ts); absent or null opens a plain file. */
  key?: Buffer | null;
}

export class NewerFileError extends Error {
  constructor(file: string) {
    super(`数据文件 ${file} 由更新版本的社区党务台账创建，当前版本无法打开。请安装最新版本后再打开，数据未被改动。`);
    this.name = 'NewerFileError';
  }
}

export function openLedger(options: OpenOptions): Ledger {
  const { file, migrationsDir } = options;
  const key = options.key ?? null;
  const sqlite = new Database(file);
  try {
    // Before any other statement: the first read of an encrypted file needs the key.
    applyKey(sqlite, key);
    noteConnectionKey(sqlite, key);
    if (key) rememberKey(key);
    sqlite.pragma('journal_mode = WAL');
    // FULL: a commit the user saw acknowledged survives a power cut, which is worth
    // the few milliseconds on an office PC.
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('foreign_keys = ON');
    // Deleted personal data is overwritten, not left in free pages.
    sqlite.pragma('secure_delete = ON');
    // SQLite's default 2 MB page cache holds a tenth of a street's members table: every view
    // re-read its pages from the OS after each write. 32 MB keeps the hot tables in memory
    // (home figures and reminders ~25% faster at street scale) within the host's 400 MB.
    sqlite.pragma('cache_size = -32768');
    // Savepoints (a nested ledger.tx, one per imported row) and statement journals in memory,
    // not in temporary files: a 10,000-row import spent most of its insert time on them.
    sqlite.pragma('temp_store = MEMORY');

    const db = drizzle(sqlite, { schema });
    const journal = readJournal(migrationsDir);
    const plan = planMigrations(sqlite, journal);
    if (plan.kind === 'newer-file') throw new NewerFileError(file);
    if (plan.kind === 'pending') {
      if (!plan.fresh && options.backupsDir) makeBackupSync(sqlite, file, key, options.backupsDir, '升级前备份');
      applyMigrations(sqlite, db, migrationsDir);
    }
    ensureHandIndexes(sqlite, journal);
    const statements = new Map<string, Database.Statement>();
    return {
      sqlite,
      db,
      file,
      key,
      tx: <T>(fn: () => T): T => sqlite.transaction(fn)(),
      prepare(sql) {
        let statement = statements.get(sql);
        if (!statement) statements.set(sql, (statement = sqlite.prepare(sql)));
        // Kept statements are shared: one caller's .raw() or .pluck() must not reach the next,
        // who would get arrays or bare values where it expects rows. Each use starts plain.
        else if (statement.reader) statement.raw(false).pluck(false).expand(false);
        return statement;
      },
      close: () => sqlite.close(),
    };
  } catch (error) {
    sqlite.close();
    throw error;
  }
}
