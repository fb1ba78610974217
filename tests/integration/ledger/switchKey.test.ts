// The crash-safe password change (db/crypt/switchKey.ts), stopped at each step by hand.
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isPlainFile, openDatabase } from '../../../db/crypt/cipher';
import { keyFilePath, makeKeyFile, readKeyFile } from '../../../db/crypt/keyFile';
import { newRecoveryCode } from '../../../db/crypt/recoveryCode';
import { prepareSwitch, settlePendingSwitch } from '../../../db/crypt/switchKey';
import { openLedger } from '../../../db/open';
import { basicTree, MIGRATIONS_DIR, tempDir } from '../../support/testLedger';

function plainLedger() {
  const file = path.join(tempDir(), 'ledger.sqlite');
  const ledger = openLedger({ file, migrationsDir: MIGRATIONS_DIR });
  basicTree(ledger);
  return { file, ledger };
}
const orgCount = (file: string, key: Buffer | null) => {
  const db = openDatabase(file, key, { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM orgs').get() as { n: number }).n;
  } finally {
    db.close();
  }
};

describe('switching the ledger to a new key', () => {
  const key = randomBytes(32);
  const next = { key, keyFile: makeKeyFile(key, 'pass1234', newRecoveryCode(), 15) };

  it('before the marker: start-up throws the new files away and the old ledger is untouched', () => {
    const { file, ledger } = plainLedger();
    prepareSwitch(ledger.sqlite, file, next);
    ledger.close();
    fs.rmSync(`${file}.switch`); // as if killed just before the commit point
    expect(settlePendingSwitch(file)).toBe('rolled-back');
    expect(fs.readdirSync(path.dirname(file)).filter((f) => f.includes('.next'))).toEqual([]);
    expect(isPlainFile(file)).toBe(true);
    expect(orgCount(file, null)).toBe(4);
  });

  it('after the marker: start-up finishes the switch, even with the old WAL still there', () => {
    const { file, ledger } = plainLedger();
    ledger.sqlite.prepare("INSERT INTO settings (key, value) VALUES ('x', 'in the WAL')").run();
    prepareSwitch(ledger.sqlite, file, next);
    // Killed after the commit point: the old connection never closed cleanly.
    fs.copyFileSync(`${file}-wal`, `${file}-wal.keep`);
    ledger.close();
    fs.renameSync(`${file}-wal.keep`, `${file}-wal`);
    expect(settlePendingSwitch(file)).toBe('rolled-forward');
    expect(isPlainFile(file)).toBe(false);
    expect(readKeyFile(keyFilePath(file))?.keyId).toBe(next.keyFile.keyId);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
    expect(orgCount(file, key)).toBe(4);
    const reopened = openLedger({ file, migrationsDir: MIGRATIONS_DIR, key });
    expect(reopened.sqlite.prepare("SELECT value FROM settings WHERE key = 'x'").get()).toEqual({ value: 'in the WAL' });
    expect(reopened.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    reopened.close();
    expect(settlePendingSwitch(file)).toBe('none');
  });

  it('removing the password: the key file goes, the file is plain again', () => {
    const { file, ledger } = plainLedger();
    prepareSwitch(ledger.sqlite, file, next);
    ledger.close();
    settlePendingSwitch(file);
    const encrypted = openLedger({ file, migrationsDir: MIGRATIONS_DIR, key });
    prepareSwitch(encrypted.sqlite, file, null);
    encrypted.close();
    expect(settlePendingSwitch(file)).toBe('rolled-forward');
    expect(fs.existsSync(keyFilePath(file))).toBe(false);
    expect(isPlainFile(file)).toBe(true);
    expect(orgCount(file, null)).toBe(4);
  });
});
