import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { NewerFileError, openLedger } from '../../../db/open';
import { readJournal } from '../../../db/migrate';
import { HAND_INDEXES } from '../../../db/handIndexes';
import { homeReminders } from '../../../db/reminders';
import { MIGRATIONS_DIR, tempDir } from '../../support/testLedger';
import { migrationsBehindBy } from '../../support/olderMigrations';

const tables = (file: string) => {
  const db = new Database(file, { readonly: true });
  const rows = db.prepare('SELECT name, sql FROM sqlite_master ORDER BY name').all();
  db.close();
  return rows;
};

describe('migrations', () => {
  it('journal timestamps strictly increase and every entry has its SQL file', () => {
    const journal = readJournal(MIGRATIONS_DIR);
    expect(journal.length).toBeGreaterThan(0);
    journal.forEach((entry, i) => {
      expect(entry.idx).toBe(i);
      if (i > 0) expect(entry.when).toBeGreaterThan(journal[i - 1].when);
      expect(fs.existsSync(path.join(MIGRATIONS_DIR, `${entry.tag}.sql`))).toBe(true);
    });
    const sqlFiles = fs.readdirSync(MIGRATIONS_DIR).filter((f) => f.endsWith('.sql'));
    expect(sqlFiles.sort()).toEqual(journal.map((e) => `${e.tag}.sql`).sort());
  });

  it('opens with WAL, full sync and foreign keys on', () => {
    const file = path.join(tempDir(), 'ledger.sqlite');
    const ledger = openLedger({ file, migrationsDir: MIGRATIONS_DIR });
    expect(ledger.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(ledger.sqlite.pragma('synchronous', { simple: true })).toBe(2);
    expect(ledger.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    ledger.close();
  });

  it('a second open changes nothing and backs nothing up', () => {
    const dir = tempDir();
    const file = path.join(dir, 'ledger.sqlite');
    openLedger({ file, migrationsDir: MIGRATIONS_DIR, backupsDir: path.join(dir, 'backups') }).close();
    const before = tables(file);
    const ledger = openLedger({ file, migrationsDir: MIGRATIONS_DIR, backupsDir: path.join(dir, 'backups') });
    const applied = ledger.sqlite.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number };
    ledger.close();
    expect(tables(file)).toEqual(before);
    expect(applied.n).toBe(readJournal(MIGRATIONS_DIR).length);
    expect(fs.existsSync(path.join(dir, 'backups'))).toBe(false);
  });

  it('remakes on open the hand-written indexes a table rebuild would drop, so 首页 still opens', () => {
    const file = path.join(tempDir(), 'ledger.sqlite');
    openLedger({ file, migrationsDir: MIGRATIONS_DIR }).close();
    // What a future drizzle-kit rebuild of `members` (copy, drop, rename) leaves behind.
    const raw = new Database(file);
    for (const index of HAND_INDEXES) raw.exec(`DROP INDEX ${index.name}`);
    expect(() => raw.prepare('SELECT count(*) FROM members INDEXED BY members_birthday_idx WHERE left_on IS NULL')).toThrow(/no such index/);
    raw.close();
    const ledger = openLedger({ file, migrationsDir: MIGRATIONS_DIR });
    const names = ledger.sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'index'").pluck().all();
    expect(names).toEqual(expect.arrayContaining(HAND_INDEXES.map((i) => i.name)));
    expect(homeReminders(ledger, '2026-07-01').birthdays).toEqual(expect.anything());
    ledger.close();
  });

  it('opens a file made before the migration that introduced a hand-written index, and migrates it', () => {
    const dir = tempDir();
    const file = path.join(dir, 'ledger.sqlite');
    const older = migrationsBehindBy(dir, HAND_INDEXES[0].since);
    openLedger({ file, migrationsDir: older }).close();
    const ledger = openLedger({ file, migrationsDir: MIGRATIONS_DIR });
    const names = ledger.sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'index'").pluck().all();
    expect(names).toEqual(expect.arrayContaining(HAND_INDEXES.map((i) => i.name)));
    ledger.close();
  });

  it('refuses a file written by a newer version and leaves it untouched', () => {
    const file = path.join(tempDir(), 'ledger.sqlite');
    openLedger({ file, migrationsDir: MIGRATIONS_DIR }).close();
    const raw = new Database(file);
    raw.prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)').run('future', 9_999_999_999_999);
    raw.pragma('wal_checkpoint(TRUNCATE)');
    raw.close();
    const bytes = fs.readFileSync(file);
    expect(() => openLedger({ file, migrationsDir: MIGRATIONS_DIR })).toThrow(NewerFileError);
    expect(() => openLedger({ file, migrationsDir: MIGRATIONS_DIR })).toThrow(/更新版本/);
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });

  it('backs the file up before applying a pending migration, and migrates with data intact', () => {
    // A two-step migrations folder: the real first migration, then one adding a table.
    const dir = tempDir();
    const v1 = path.join(dir, 'v1');
    const v2 = path.join(dir, 'v2');
    const journal = JSON.parse(fs.readFileSync(path.join(MIGRATIONS_DIR, 'meta', '_journal.json'), 'utf8'));
    const first = journal.entries[0];
    for (const target of [v1, v2]) {
      fs.mkdirSync(path.join(target, 'meta'), { recursive: true });
      fs.copyFileSync(path.join(MIGRATIONS_DIR, `${first.tag}.sql`), path.join(target, `${first.tag}.sql`));
    }
    fs.writeFileSync(path.join(v1, 'meta', '_journal.json'), JSON.stringify({ ...journal, entries: [first] }));
    const second = { idx: 1, version: first.version, when: first.when + 1000, tag: '0001_extra', breakpoints: true };
    fs.writeFileSync(path.join(v2, '0001_extra.sql'), 'CREATE TABLE `extra` (`id` integer PRIMARY KEY);');
    fs.writeFileSync(path.join(v2, 'meta', '_journal.json'), JSON.stringify({ ...journal, entries: [first, second] }));

    const file = path.join(dir, 'ledger.sqlite');
    const backups = path.join(dir, 'backups');
    const old = openLedger({ file, migrationsDir: v1, backupsDir: backups });
    old.sqlite.prepare("INSERT INTO settings (key, value) VALUES ('communityName', '幸福里社区')").run();
    old.close();

    const upgraded = openLedger({ file, migrationsDir: v2, backupsDir: backups });
    expect(upgraded.sqlite.prepare("SELECT value FROM settings WHERE key = 'communityName'").get()).toEqual({ value: '幸福里社区' });
    expect(upgraded.sqlite.prepare("SELECT name FROM sqlite_master WHERE name = 'extra'").get()).toBeTruthy();
    upgraded.close();

    const copies = fs.readdirSync(backups);
    expect(copies).toHaveLength(1);
    const backup = new Database(path.join(backups, copies[0]), { readonly: true });
    expect(backup.prepare("SELECT name FROM sqlite_master WHERE name = 'extra'").get()).toBeUndefined();
    expect(backup.prepare('SELECT value FROM settings').get()).toEqual({ value: '幸福里社区' });
    backup.close();
  });
});
