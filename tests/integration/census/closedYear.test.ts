// 年度封账 protects a member's facts and events dated in a closed year like its meetings and dues:
// an admission, a status change or a date correction dated into 2025 after 2025 was closed is
// refused through the contract with a message naming 2025, and nothing is written; the triggers
// refuse any other path. Reopening 2025 with a reason (logged) lets the correction in, and the
// back-dated member's 2025 dues can then be paid: no arrears that can never be paid.
import { describe, expect, it } from 'vitest';
import { closeYear, reopenYear } from '../../../db/yearClosing';
import { arrears } from '../../../db/dues/arrears';
import { basicTree, memberInput, memoryLedger, routerFor, snapshot } from '../../support/testLedger';
import { createMember } from '../../../db/members/write';
import { base, payMonths } from '../dues/duesFixture';

const TODAY = '2026-02-10';

async function closed2025() {
  const ledger = memoryLedger();
  const tree = basicTree(ledger);
  const id = createMember(ledger, memberInput(tree.branchA.id, { name: '甲' }), null, '2025-01-01').id;
  await closeYear(ledger, { year: 2025, operator: '李书记' }, null, TODAY);
  const { router } = routerFor(ledger, TODAY);
  return { ledger, tree, id, router };
}

describe('a closed year protects its members’ facts and events', () => {
  it('refuses an admission, a status change and a correction dated into it, naming the year; writes nothing', async () => {
    const { ledger, tree, id, router } = await closed2025();
    const before = snapshot(ledger);
    const admit = await router.handle('members.create', {
      ...memberInput(tree.branchA.id, { name: '乙', joinedOn: '2025-03-01', fullMemberOn: null, category: '预备党员' }),
      transferIn: null,
    });
    expect(admit).toMatchObject({ ok: false, error: { code: 'RULE', field: 'joinedOn' } });
    expect((admit as { error: { message: string } }).error.message).toBe(
      '2025年度已封账，不能登记日期为2025-03-01的乙的入党（新建党员档案）（封账年度的党员变动、党籍和组织关系记录只读）。确需更正，请先在“积分评议 → 年度封账”中重新开启2025年度并填写原因。',
    );
    const death = await router.handle('members.changeStatus', { id, change: '死亡', occurredOn: '2025-12-10' });
    expect(death).toMatchObject({ ok: false, error: { code: 'RULE', field: 'occurredOn' } });
    expect((death as { error: { message: string } }).error.message).toMatch(/^2025年度已封账，不能登记日期为2025-12-10的甲的死亡记录/);
    const transfer = await router.handle('members.create', {
      ...memberInput(tree.branchA.id, { name: '丙' }),
      transferIn: { occurredOn: '2025-11-01', fromPlace: '外区某社区', letterNo: null },
    });
    expect((transfer as { error: { message: string } }).error.message).toMatch(/^2025年度已封账，不能登记日期为2025-11-01的丙的转入记录/);
    expect(snapshot(ledger)).toEqual(before);
    // The triggers refuse any other path too.
    expect(() =>
      ledger.sqlite.prepare("INSERT INTO member_events (member_id, kind, occurred_on, created_at) VALUES (?, '死亡', '2025-12-10', 'x')").run(id),
    ).toThrow('YEAR_CLOSED');
    expect(() => ledger.sqlite.prepare("UPDATE member_facts SET valid_to = '2025-12-10' WHERE member_id = ? AND fact = 'branch'").run(id)).toThrow(
      'YEAR_CLOSED',
    );
    // 2026 is open: a death dated in it is recorded.
    expect(await router.handle('members.changeStatus', { id, change: '死亡', occurredOn: '2026-01-20' })).toMatchObject({ ok: true });
  });

  it('reopened with a reason (logged), the back-dated admission goes in and its 2025 dues can be paid', async () => {
    const { ledger, tree, router } = await closed2025();
    reopenYear(ledger, { year: 2025, reason: '补录2025年3月接收的预备党员', operator: '李书记' });
    expect(ledger.sqlite.prepare('SELECT action, reason FROM year_close_events WHERE year = 2025 ORDER BY id DESC LIMIT 1').get()).toEqual({
      action: '重新开启',
      reason: '补录2025年3月接收的预备党员',
    });
    const done = await router.handle('members.create', {
      ...memberInput(tree.branchA.id, { name: '乙', joinedOn: '2025-03-01', fullMemberOn: null, category: '预备党员' }),
      transferIn: null,
    });
    if (!done.ok) throw new Error(done.error.message);
    const id = (done.value as { id: number }).id;
    base(ledger, id, { fromMonth: '2025-03', baseFen: 300000 });
    expect(arrears(ledger, '2025-12', null).rows.some((r) => r.memberId === id)).toBe(true);
    payMonths(ledger, id, '2025-03', '2025-12', { paidOn: '2026-02-10' });
    expect(arrears(ledger, '2025-12', null).rows.some((r) => r.memberId === id)).toBe(false);
    // Closed again, the year keeps what was paid and refuses the next back-dated change.
    await closeYear(ledger, { year: 2025, operator: '李书记' }, null, TODAY);
    expect(await router.handle('members.changeStatus', { id, change: '死亡', occurredOn: '2025-12-20' })).toMatchObject({ ok: false, error: { code: 'RULE' } });
  });
});

describe('a fact change dated into a closed year', () => {
  it('is refused naming the year (a 支部 move dated in 2025 after closing)', async () => {
    const { ledger, tree, id, router } = await closed2025();
    const before = snapshot(ledger);
    const moved = await router.handle('members.update', { ...memberInput(tree.branchB.id, { name: '甲' }), id, effectiveOn: '2025-10-01' });
    expect(moved).toMatchObject({ ok: false, error: { code: 'RULE' } });
    expect((moved as { error: { message: string } }).error.message).toMatch(/^2025年度已封账，不能登记日期为2025-10-01的.*变动/);
    expect(snapshot(ledger)).toEqual(before);
  });
});
