// The closure write() applies to what a write names (api/staleness.ts): derived families follow
// through any chain, a cycle ends, and the audit log is always stale after a write.
import { describe, expect, it } from 'vitest';
import { CALL_NAMES, contract, FAMILIES, type Family } from '../../api/contract';
import { DERIVED_FROM, staleAfter } from '../../api/staleness';

describe('staleAfter', () => {
  it('follows a chain: 积分 → 民主评议 → 党内统计', () => {
    expect(staleAfter(['points']).sort()).toEqual(['appraisal', 'audit', 'census', 'home', 'points']);
  });

  it('ends on a cycle (members ↔ orgs) and lists each family once', () => {
    const out = staleAfter(['members']);
    expect(out).toContain('orgs');
    expect(out).toContain('appraisal'); // members → points → appraisal
    expect(new Set(out).size).toBe(out.length);
  });

  it('adds only the audit log to a family nothing derives from', () => {
    expect(staleAfter(['street'])).toEqual(['street', 'audit']);
    expect(staleAfter(['appraisal']).sort()).toEqual(['appraisal', 'audit', 'census']);
    expect(staleAfter(FAMILIES)).toEqual([...FAMILIES]);
  });

  it('names only real families, and none derives from itself', () => {
    for (const [family, sources] of Object.entries(DERIVED_FROM) as [Family, readonly Family[]][]) {
      expect(FAMILIES).toContain(family);
      for (const s of sources) expect(FAMILIES).toContain(s);
      expect(sources).not.toContain(family);
    }
  });

  it('takes its family names from the calls, and every write names only real families', () => {
    expect(FAMILIES).toContain('members');
    expect(FAMILIES).toContain('street');
    expect(new Set(FAMILIES).size).toBe(FAMILIES.length);
    for (const name of CALL_NAMES) for (const f of contract[name].touches) expect(FAMILIES, `${name} touches ${f}`).toContain(f);
    // ALL is resolved to every family once the slices are joined.
    expect([...contract['sample.load'].touches].sort()).toEqual([...FAMILIES].sort());
  });
});
