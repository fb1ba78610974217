// memoUntilWrite keeps a value until a table its computation read is written: the tables are
// found from the statements it ran (readTables.ts), settings by key, and an inner kept value
// passes its tables to the value that encloses it.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isRemembered, memoUntilWrite, readsOf } from '../../db/memo';
import { openLedger } from '../../db/open';
import { namesIn } from '../../db/readTables';
import { getSetting, putSettings } from '../../db/settings';
import { memoUntilTablesChange } from '../../db/tableChanges';
import { idCheckChar } from '../../api/rules/idNumber';
import { complianceMatrix } from '../../db/meetings/compliance';
import { scaleFor, seedLedger } from '../../db/sample/generate';
import { MIGRATIONS_DIR, memoryLedger, tempDir } from '../support/testLedger';

const TODAY = '2026-11-24';
/** The same birth date and place, another sequence number, its own check character. */
const anotherIdNumber = (id: string) => {
  const body = `${id.slice(0, 14)}${(Number(id.slice(14, 17)) + 500) % 1000}`.padEnd(17, '0');
  return `${body}${idCheckChar(body)}`;
};

function counted<T>(fn: () => T) {
  let runs = 0;
  return {
    compute: () => {
      runs++;
      return fn();
    },
    runs: () => runs,
  };
}

const ledgerAt = () => openLedger({ file: path.join(tempDir(), 'ledger.sqlite'), migrationsDir: MIGRATIONS_DIR });
const addOrg = (l: ReturnType<typeof ledgerAt>, name: string) =>
  l.sqlite.prepare("INSERT INTO orgs (name, kind, created_at, updated_at) VALUES (?, '党委', 'x', 'x')").run(name);

describe('values kept until a table they read is written', () => {
  it('keeps across writes to other tables and settings keys it never read; drops after its own', () => {
    const ledger = ledgerAt();
    const orgs = counted(() => [ledger.sqlite.prepare('SELECT count(*) FROM orgs').pluck().get(), getSetting(ledger, 'communityName')]);
    const read = () => memoUntilWrite(ledger, 'orgs', orgs.compute);
    expect(read()).toEqual([0, null]);
    expect(readsOf(ledger, 'orgs')).toEqual(['orgs', 'settings:communityName']);

    putSettings(ledger, { 'bench.tick': '1' });
    ledger.sqlite.prepare("INSERT INTO dues_schemes (year, rounding, created_at, updated_at) VALUES (2030, '分', 'x', 'x')").run();
    expect(read()).toEqual([0, null]);
    expect(orgs.runs()).toBe(1);

    addOrg(ledger, '一个');
    expect(isRemembered(ledger, 'orgs')).toBe(false);
    expect(read()).toEqual([1, null]);
    ledger.sqlite.prepare("UPDATE orgs SET name = '改名' WHERE name = '一个'").run();
    expect(read()).toEqual([1, null]);
    expect(orgs.runs()).toBe(3);

    putSettings(ledger, { communityName: '幸福里社区' });
    expect(read()).toEqual([1, '幸福里社区']);
    // A raw read of the settings table depends on every key.
    const raw = counted(() => ledger.sqlite.prepare("SELECT value FROM settings WHERE key = 'x'").pluck().get());
    memoUntilWrite(ledger, 'raw', raw.compute);
    putSettings(ledger, { 'bench.tick': '2' });
    memoUntilWrite(ledger, 'raw', raw.compute);
    expect(raw.runs()).toBe(2);
    ledger.close();
  });

  it('an enclosing value depends on what an inner one read, whether the inner computed or answered from memory', () => {
    const ledger = ledgerAt();
    const inner = counted(() => ledger.sqlite.prepare('SELECT count(*) FROM orgs').pluck().get() as number);
    const innerRead = () => memoUntilWrite(ledger, 'inner', inner.compute);
    const bands = counted(() => ledger.sqlite.prepare('SELECT count(*) FROM dues_bands').pluck().get() as number);
    const outer = counted(() => [innerRead(), memoUntilTablesChange(ledger, 'bands', ['dues_bands'], bands.compute)]);
    // The inner value is kept before the outer is first asked: the outer must still see orgs.
    innerRead();
    expect(memoUntilWrite(ledger, 'outer', outer.compute)).toEqual([0, 0]);
    expect(readsOf(ledger, 'outer')).toEqual(['dues_bands', 'orgs']);
    addOrg(ledger, '一个');
    expect(memoUntilWrite(ledger, 'outer', outer.compute)).toEqual([1, 0]);
    expect([outer.runs(), inner.runs()]).toEqual([2, 2]);
    ledger.close();
  });

  it('never remembers inside a transaction, and keeps what a rolled-back write left as it was', () => {
    const ledger = ledgerAt();
    const orgs = counted(() => ledger.sqlite.prepare('SELECT count(*) FROM orgs').pluck().get());
    const read = () => memoUntilWrite(ledger, 'orgs', orgs.compute);
    read();
    expect(() =>
      ledger.tx(() => {
        addOrg(ledger, '回滚');
        expect(read()).toBe(1);
        throw new Error('roll back');
      }),
    ).toThrow('roll back');
    expect(read()).toBe(0);
    expect(orgs.runs()).toBe(2);
    // Another connection's commit, to any table, drops everything kept.
    const other = openLedger({ file: ledger.sqlite.name, migrationsDir: MIGRATIONS_DIR });
    other.sqlite.prepare("INSERT INTO dues_schemes (year, rounding, created_at, updated_at) VALUES (2031, '分', 'x', 'x')").run();
    other.close();
    expect(read()).toBe(0);
    expect(orgs.runs()).toBe(3);
    ledger.close();
  });
});

describe('the names a statement reads', () => {
  it('takes quoted names, and leaves out values in quotes and the aliases after AS', () => {
    expect(namesIn(`SELECT count(*) AS members FROM onjob_members WHERE kind != 'orgs' AND note = 'it''s settings'`)).toEqual(
      expect.not.arrayContaining(['members', 'orgs', 'settings']),
    );
    expect(namesIn(`SELECT count(*) AS members FROM onjob_members`)).toContain('onjob_members');
    expect(namesIn('select "members"."id", "orgs"."name" from "members" join `orgs` on [orgs].id = "members"."branch_id"')).toEqual(
      expect.arrayContaining(['members', 'orgs']),
    );
  });
});

describe('a column counted apart from its table', () => {
  it('keeps the 三会一课 matrix across a 联系电话 edit and drops it after a 人员类别 change or a new member', () => {
    const ledger = memoryLedger();
    seedLedger(ledger, scaleFor('sample', TODAY), TODAY);
    const key = `compliance:2026:${TODAY}`;
    complianceMatrix(ledger, 2026, TODAY);
    expect(readsOf(ledger, key)).toContain('members.category');
    expect(readsOf(ledger, key)).not.toContain('members');
    const someone = ledger.sqlite.prepare('SELECT id, category FROM members ORDER BY id LIMIT 1').get() as { id: number; category: string };
    ledger.sqlite.prepare("UPDATE members SET phone = '13900000000' WHERE id = ?").run(someone.id);
    expect(isRemembered(ledger, key)).toBe(true);
    ledger.sqlite.prepare('UPDATE members SET category = category WHERE id = ?').run(someone.id);
    expect(isRemembered(ledger, key)).toBe(false);
    complianceMatrix(ledger, 2026, TODAY);
    expect(isRemembered(ledger, key)).toBe(true);
    const row = ledger.sqlite.prepare('SELECT * FROM members WHERE id = ?').get(someone.id) as Record<string, unknown>;
    const columns = Object.keys(row).filter((c) => c !== 'id');
    ledger.sqlite
      .prepare(`INSERT INTO members (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`)
      .run(...columns.map((c) => (c === 'id_number' ? anotherIdNumber(String(row[c])) : row[c])));
    expect(isRemembered(ledger, key)).toBe(false);
    ledger.close();
  });
});
