// The import's batched member writer against the one-member path: the same rows in members
// and member_facts, across several INSERTs of a hundred and a remainder.
import { describe, expect, it } from 'vitest';
import type { MemberInput } from '../../../api/schemas/members';
import { memberInserter } from '../../../db/members/insertMany';
import { createMember } from '../../../db/members/write';
import type { Ledger } from '../../../db/open';
import { basicTree, memberInput, memoryLedger, TODAY } from '../../support/testLedger';

const pad = (n: number) => String(n).padStart(2, '0');

function inputs(tree: ReturnType<typeof basicTree>): MemberInput[] {
  return Array.from({ length: 250 }, (_, i) =>
    memberInput(i % 3 === 0 ? tree.branchB.id : tree.branchA.id, {
      name: `党员${i}`,
      birthDate: `1960-${pad(1 + (i % 12))}-${pad(1 + (Math.floor(i / 12) % 28))}`,
      groupId: i % 3 === 1 ? tree.group.id : null,
      // 预备党员, 正式 with a 转正日期, 正式 with none (an old record)
      ...(i % 4 === 0 ? { category: '预备党员', joinedOn: '2026-03-01', fullMemberOn: null } : i % 4 === 1 ? { fullMemberOn: null } : {}),
      communityClass: i % 5 === 0 ? '离退休' : '直管',
    }),
  );
}

const rows = (ledger: Ledger) => ({
  members: ledger.sqlite
    .prepare('SELECT * FROM members ORDER BY id')
    .all()
    .map((m) => ({ ...(m as object), created_at: null, updated_at: null })),
  facts: ledger.sqlite.prepare('SELECT member_id, fact, value, valid_from, valid_to FROM member_facts ORDER BY member_id, fact, valid_from').all(),
});

describe('memberInserter', () => {
  it('writes what createMember writes, a hundred members to an INSERT', () => {
    const one = memoryLedger();
    const many = memoryLedger();
    const given = inputs(basicTree(one));
    expect(inputs(basicTree(many)).map((m) => m.branchId)).toEqual(given.map((m) => m.branchId));
    for (const input of given) createMember(one, input, null, TODAY);
    many.tx(() => {
      const inserter = memberInserter(many);
      for (const input of given) inserter.add(input);
      inserter.flush();
    });
    const expected = rows(one);
    expect(expected.members).toHaveLength(250);
    expect(expected.facts.length).toBeGreaterThan(1000);
    expect(rows(many)).toEqual(expected);
  });

  it('refuses a member for a closed or wrong placement when it is added, not at the flush', () => {
    const ledger = memoryLedger();
    const tree = basicTree(ledger);
    ledger.tx(() => {
      const inserter = memberInserter(ledger);
      inserter.add(memberInput(tree.branchA.id));
      expect(() => inserter.add(memberInput(tree.branchB.id, { groupId: tree.group.id }))).toThrow('不属于');
    });
  });
});
