// A refused 党员状态变更 writes nothing, not even rows its transaction rolls back: every dated
// fact's refusal is checked before the first is written (setFacts, db/members/facts.ts). Found
// by the contract fuzz: 转出 and 转入 on one day, then 死亡 that day.
import { describe, expect, it } from 'vitest';
import { createMember } from '../../../db/members/write';
import { basicTree, memberInput, memoryLedger, routerFor } from '../../support/testLedger';

describe('a refused status change', () => {
  it('writes no row before its refusal', async () => {
    const ledger = memoryLedger();
    const tree = basicTree(ledger);
    const id = createMember(ledger, memberInput(tree.branchA.id, { name: '张红' }), null, '2026-11-24').id;
    const { router } = routerFor(ledger);
    const changes = () => ledger.sqlite.prepare('SELECT total_changes()').pluck().get() as number;
    expect((await router.handle('members.changeStatus', { id, change: '转出', occurredOn: '2026-11-24', place: '外区' })).ok).toBe(true);
    expect((await router.handle('members.changeStatus', { id, change: '转入', occurredOn: '2026-11-24', place: '外区' })).ok).toBe(true);
    const before = changes();
    const refused = await router.handle('members.changeStatus', { id, change: '死亡', occurredOn: '2026-11-24' });
    expect(refused.ok ? null : refused.error.message).toContain('不能在同一天结束');
    expect(changes()).toBe(before);
  });
});
