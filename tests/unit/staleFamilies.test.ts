// 党内统计 is counted from members, organisations, meetings, 党费, 发展党员 and care: every write
// that changes one of those must make the 党内统计 page refetch, or it shows yesterday's figures
// while it stays open.
import { describe, expect, it } from 'vitest';
import { CALL_NAMES, contract } from '../../api/contract';

describe('what a write makes stale', () => {
  it('makes 党内统计 stale whenever it changes what 党内统计 counts', () => {
    const sources = ['members', 'orgs', 'meetings', 'dues', 'development', 'care'];
    const writes = CALL_NAMES.filter((n) => contract[n].effect === 'write' && contract[n].touches.some((f) => sources.includes(f)));
    expect(writes).toContain('members.changeStatus');
    expect(writes).toContain('dues.pay');
    expect(writes.filter((n) => !contract[n].touches.includes('census'))).toEqual([]);
  });

  it('leaves 党内统计 alone for writes that change nothing it counts', () => {
    expect(contract['street.importPackages'].touches).not.toContain('census');
    expect(contract['settings.save'].touches).not.toContain('census');
  });
});
