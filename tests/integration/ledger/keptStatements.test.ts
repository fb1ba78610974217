// ledger.prepare keeps statements by their SQL; one caller's .raw()/.pluck() must not reach the next.
import { describe, expect, it } from 'vitest';
import { basicTree, memoryLedger } from '../../support/testLedger';

describe('kept statements', () => {
  it('start plain at each prepare, whatever mode the last caller set', () => {
    const ledger = memoryLedger();
    basicTree(ledger);
    const sql = "SELECT id, name FROM orgs WHERE kind = '党委'";
    expect(ledger.prepare(sql).pluck().all()).toEqual([1]);
    expect(ledger.prepare(sql).all()).toEqual([{ id: 1, name: '幸福里社区党委' }]);
    expect(ledger.prepare(sql).raw().all()).toEqual([[1, '幸福里社区党委']]);
    expect(ledger.prepare(sql).get()).toEqual({ id: 1, name: '幸福里社区党委' });
    // The same object: kept, not prepared again.
    expect(ledger.prepare(sql)).toBe(ledger.prepare(sql));
  });
});
