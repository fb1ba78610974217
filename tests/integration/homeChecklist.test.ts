// 首页's 开始使用 list ticks each step from what the ledger holds, whichever page did it.
import { describe, expect, it } from 'vitest';
import type { StartChecklist } from '../../api/schemas/home';
import { recordExternalCopy } from '../../db/backups/policy';
import { createMember } from '../../db/members/write';
import { startChecklist } from '../../db/startChecklist';
import { basicTree, makeId, memberInput, memoryLedger, routerFor, TODAY } from '../support/testLedger';

const doneSteps = (c: StartChecklist) => c.steps.filter((s) => s.done).map((s) => s.key);

describe('开始使用', () => {
  it('shows on a new community ledger and ticks each step from the ledger’s state', async () => {
    const ledger = memoryLedger();
    const { call } = routerFor(ledger, TODAY);
    expect((await call('home.checklist', {})).show).toBe(false); // 社区 or 街道 not chosen yet
    await call('street.setKind', { kind: '社区' });
    let list = await call('home.checklist', {});
    expect(list.show).toBe(true);
    expect(list.steps.map((s) => s.key)).toEqual(['names', 'start', 'roster', 'development', 'dues', 'password', 'usb']);
    expect(doneSteps(list)).toEqual([]);

    await call('settings.save', { communityName: '幸福里社区' });
    expect(doneSteps(await call('home.checklist', {}))).toEqual([]); // 所属街道 still missing
    await call('settings.save', { communityName: '幸福里社区', streetName: '和平街道' });
    await call('settings.setLedgerStart', { startDate: TODAY, meetingsStart: null });
    const tree = basicTree(ledger);
    const member = createMember(ledger, memberInput(tree.branchA.id, { name: '张三' }), null, TODAY);
    await call('development.create', { name: '李四', gender: '女', idNumber: makeId('2000-01-01', '女'), orgId: tree.branchA.id });
    expect(doneSteps(await call('home.checklist', {}))).toEqual(['names', 'start', 'roster', 'development']);
    await call('dues.saveBase', { memberId: member.id, fromMonth: TODAY.slice(0, 7), kind: '在职', baseFen: 300000 });
    recordExternalCopy(ledger);
    list = await call('home.checklist', {});
    expect(doneSteps(list)).toEqual(['names', 'start', 'roster', 'development', 'dues', 'usb']);
    expect(list.show).toBe(true);
    // The host knows the password; with it on, every step is done and the list goes.
    expect(startChecklist(ledger, true)).toMatchObject({ show: false });
  });

  it('goes when put away, and a street ledger never shows it', async () => {
    const ledger = memoryLedger();
    const { router } = routerFor(ledger, TODAY);
    await router.handle('street.setKind', { kind: '社区' });
    const dismissed = await router.handle('home.dismissChecklist', {});
    expect(dismissed.ok && (dismissed.value as StartChecklist).show).toBe(false);
    const street = memoryLedger();
    const streetRouter = routerFor(street, TODAY).router;
    await streetRouter.handle('street.setKind', { kind: '街道' });
    const r = await streetRouter.handle('home.checklist', {});
    expect(r.ok && (r.value as StartChecklist).show).toBe(false);
  });
});
