import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { DataDirBusyError, lockDataDir } from '../../../host/lock';
import { tempDir } from '../../support/testLedger';

describe('data folder lock', () => {
  it('refuses a second owner while the first one runs, in Chinese', async () => {
    const dir = tempDir();
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      fs.writeFileSync(path.join(dir, 'ledger.lock'), String(other.pid));
      expect(() => lockDataDir(dir)).toThrow(DataDirBusyError);
      expect(() => lockDataDir(dir)).toThrow(/正在被另一个社区党务台账程序使用/);
    } finally {
      other.kill();
    }
  });

  it('takes over a lock left by a process that is gone, and releases it', async () => {
    const dir = tempDir();
    const gone = spawn(process.execPath, ['-e', '0']);
    await new Promise((r) => gone.once('exit', r));
    fs.writeFileSync(path.join(dir, 'ledger.lock'), String(gone.pid));
    const lock = lockDataDir(dir);
    expect(fs.readFileSync(path.join(dir, 'ledger.lock'), 'utf8')).toBe(String(process.pid));
    lock.release();
    expect(fs.existsSync(path.join(dir, 'ledger.lock'))).toBe(false);
  });
});
