// memoUntilTablesChange keeps a value across writes to other tables and drops it after any
// insert, update or delete of a watched one, by this connection or another; inside a
// transaction it never remembers (the write may roll back).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLedger } from '../../db/open';
import { memoUntilTablesChange } from '../../db/tableChanges';
import { MIGRATIONS_DIR, tempDir } from '../support/testLedger';

function counter() {
  let runs = 0;
  return { compute: () => ++runs, runs: () => runs };
}

describe('values kept until a watched table changes', () => {
  it('recomputes after a write to a watched table only', () => {
    const file = path.join(tempDir(), 'ledger.sqlite');
    const ledger = openLedger({ file, migrationsDir: MIGRATIONS_DIR });
    const c = counter();
    const read = () => memoUntilTablesChange(ledger, 'k', ['dues_schemes', 'dues_bands'], c.compute);
    expect(read()).toBe(1);
    expect(read()).toBe(1);

    ledger.sqlite.prepare("INSERT INTO orgs (name, kind, created_at, updated_at) VALUES ('另一个', '党委', 'x', 'x')").run();
    expect(read()).toBe(1);

    ledger.sqlite.prepare("INSERT INTO dues_schemes (year, rounding, created_at, updated_at) VALUES (2030, '分', 'x', 'x')").run();
    expect(read()).toBe(2);
    ledger.sqlite.prepare("UPDATE dues_schemes SET rounding = '元' WHERE year = 2030").run();
    expect(read()).toBe(3);
    ledger.sqlite.prepare('DELETE FROM dues_schemes WHERE year = 2030').run();
    expect(read()).toBe(4);
    expect(read()).toBe(4);

    // Inside a transaction: computed, never remembered. A write that rolls back leaves the
    // data as it was, and its count rolls back with it: the kept value stands.
    expect(() =>
      ledger.tx(() => {
        ledger.sqlite.prepare("INSERT INTO dues_schemes (year, rounding, created_at, updated_at) VALUES (2031, '分', 'x', 'x')").run();
        expect(read()).toBe(5);
        throw new Error('roll back');
      }),
    ).toThrow('roll back');
    expect(read()).toBe(4);

    // Another connection's commit, to any table.
    const other = openLedger({ file, migrationsDir: MIGRATIONS_DIR });
    other.sqlite.prepare("INSERT INTO orgs (name, kind, created_at, updated_at) VALUES ('第三个', '党委', 'x', 'x')").run();
    expect(read()).toBe(6);
    expect(read()).toBe(6);
    other.close();
    ledger.close();
  });

  it('keeps values apart by key and by the tables each watches, and lets memo.ts remember the first', () => {
    const ledger = openLedger({ file: path.join(tempDir(), 'ledger.sqlite'), migrationsDir: MIGRATIONS_DIR });
    const a = counter();
    const b = counter();
    memoUntilTablesChange(ledger, 'a', ['dues_schemes'], a.compute);
    memoUntilTablesChange(ledger, 'b', ['dues_bases'], b.compute);
    memoUntilTablesChange(ledger, 'a', ['dues_schemes'], a.compute);
    memoUntilTablesChange(ledger, 'b', ['dues_bases'], b.compute);
    expect([a.runs(), b.runs()]).toEqual([1, 1]);
    ledger.sqlite.prepare("INSERT INTO dues_schemes (year, rounding, created_at, updated_at) VALUES (2030, '分', 'x', 'x')").run();
    memoUntilTablesChange(ledger, 'a', ['dues_schemes'], a.compute);
    memoUntilTablesChange(ledger, 'b', ['dues_bases'], b.compute);
    expect([a.runs(), b.runs()]).toEqual([2, 1]);
    ledger.close();
  });
});
