import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { clearAttempts, readAttempts, recordFailure, waitAfter, waitLeft } from '../../../db/crypt/attempts';
import { tempDir } from '../../support/testLedger';

describe('wrong password throttle', () => {
  it('is free for 5 tries, then waits 30 s, doubling, at most 30 minutes', () => {
    expect([0, 4, 5, 6, 7, 12, 40].map(waitAfter)).toEqual([0, 0, 30_000, 60_000, 120_000, 1_800_000, 1_800_000]);
  });

  it('keeps the count in a file, so a restart does not reset it, and a success clears it', () => {
    const file = path.join(tempDir(), 'ledger.sqlite.attempts');
    for (let i = 0; i < 5; i++) recordFailure(file, 1_000_000);
    expect(readAttempts(file)).toEqual({ failures: 5, lastAt: 1_000_000 });
    expect(waitLeft(readAttempts(file), 1_010_000)).toBe(20_000);
    expect(waitLeft(readAttempts(file), 1_030_000)).toBe(0);
    clearAttempts(file);
    expect(readAttempts(file)).toEqual({ failures: 0, lastAt: 0 });
  });
});
