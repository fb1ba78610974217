// Regression: the member count per organisation is a correlated subquery; an unqualified
// "id" inside it once resolved to members.id and produced counts that looked plausible.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLedger } from '../../db/open';
import { createOrg, listOrgs } from '../../db/orgs';
import { createMember } from '../../db/members/write';
import { changeMemberStatus } from '../../db/members/status';
import { memberInput } from '../support/testLedger';

const migrationsDir = path.resolve(__dirname, '..', '..', 'db', 'migrations');
const org = {
  branchType: null,
  secretary: null,
  contactName: null,
  contactPhone: null,
  foundedOn: null,
  electedOn: null,
  termYears: null,
  termEndsOn: null,
  note: null,
};

describe('organisation member counts', () => {
  it('counts members on the roster by their branch and their group, not by row ids', () => {
    const ledger = openLedger({ file: ':memory:', migrationsDir });
    const root = createOrg(ledger, { ...org, name: '社区党委', kind: '党委', parentId: null });
    const branchA = createOrg(ledger, { ...org, name: '一支部', kind: '党支部', parentId: root.id });
    const branchB = createOrg(ledger, { ...org, name: '二支部', kind: '党支部', parentId: root.id });
    const group = createOrg(ledger, { ...org, name: '1号楼党小组', kind: '党小组', parentId: branchA.id });
    const placements = [
      [branchA.id, group.id],
      [branchA.id, group.id],
      [branchA.id, null],
      [branchB.id, null],
    ] as const;
    const ids = placements.map(([branchId, groupId], i) => createMember(ledger, memberInput(branchId, { name: `党员${i}`, groupId }), null, '2026-01-01').id);
    changeMemberStatus(
      ledger,
      ids[1],
      { change: '转出', occurredOn: '2025-12-01', place: '外区', letterNo: null, reason: null, extendedTo: null },
      '2026-01-01',
    );

    const counts = Object.fromEntries(listOrgs(ledger).map((o) => [o.name, o.activeMembers]));
    expect(counts).toEqual({ 社区党委: 0, 一支部: 2, 二支部: 1, '1号楼党小组': 1 });
    ledger.close();
  });
});
