// Through the router, as both transports call it: bad input is refused in Chinese with
// the field named, and nothing is written.
import { describe, expect, it } from 'vitest';
import { CALL_NAMES } from '../../../api/contract';
import { handlers } from '../../../router/handlers';
import { basicTree, makeId, memoryLedger, routerFor, snapshot, TODAY } from '../../support/testLedger';

const validMember = (branchId: number) => ({
  name: '张秀兰',
  gender: '女',
  birthDate: '1950-03-12',
  idNumber: makeId('1950-03-12', '女'),
  joinedOn: '1975-07-01',
  fullMemberOn: '1976-07-01',
  category: '正式党员',
  communityClass: '离退休',
  branchId,
});

describe('router', () => {
  it('has a handler for every declared call and nothing more', () => {
    expect(Object.keys(handlers).sort()).toEqual([...CALL_NAMES].sort());
  });

  it('refuses an unknown call', async () => {
    const { router } = routerFor(memoryLedger());
    expect(await router.handle('members.drop', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CALL' } });
    expect(await router.handle(42, {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CALL' } });
  });

  it.each([
    ['a mistyped 身份证号', { idNumber: '11010519491231002' + '1' }, 'idNumber', '校验位'],
    ['a missing 姓名', { name: '   ' }, 'name', '请填写姓名'],
    ['a number where text belongs', { name: 12 }, 'name', '请填写姓名'],
    ['text where a branch id belongs', { branchId: '第一支部' }, 'branchId', '请选择所在党支部'],
    ['an impossible date', { joinedOn: '2021-02-30' }, 'joinedOn', '入党日期应为有效日期'],
    ['转正 before 入党', { fullMemberOn: '1970-01-01' }, 'fullMemberOn', '转正日期不能早于入党日期'],
    ['an unknown 人员类别', { category: '积极分子' }, 'category', '人员类别'],
    ['a phone with letters', { phone: 'call me' }, 'phone', '联系电话'],
  ])('refuses %s, names the field, writes nothing', async (_what, patch, field, words) => {
    const ledger = memoryLedger();
    const { branchA } = basicTree(ledger);
    const { router } = routerFor(ledger);
    const before = snapshot(ledger);
    const result = await router.handle('members.create', { ...validMember(branchA.id), ...patch });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', field, message: expect.stringContaining(words) } });
    expect(snapshot(ledger)).toEqual(before);
  });

  it('accepts the valid member and answers with its id', async () => {
    const ledger = memoryLedger();
    const { branchA } = basicTree(ledger);
    const { router } = routerFor(ledger);
    const result = await router.handle('members.create', { ...validMember(branchA.id), phone: ' 138 0013 8000 ' });
    expect(result).toMatchObject({ ok: true, value: { id: 1, warnings: [] } });
    const member = await router.handle('members.get', { id: 1 });
    expect(member).toMatchObject({ ok: true, value: { name: '张秀兰', phone: '138******8000', branchName: '第一网格党支部' } });
    expect(await router.handle('members.reveal', { id: 1 })).toMatchObject({ ok: true, value: { phone: '138 0013 8000' } });
  });

  it('turns an unexpected failure into a short Chinese message and logs the stack', async () => {
    const ledger = memoryLedger();
    const { router, logged } = routerFor(ledger);
    ledger.sqlite.exec('DROP TABLE settings');
    const result = await router.handle('settings.get', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL', message: expect.stringContaining('数据未被修改') } });
    if (!result.ok) expect(result.error.message).not.toMatch(/at |Error|settings/);
    expect(logged[0].message).toContain('settings.get');
    expect((logged[0].error as Error).stack).toContain('no such table');
  });

  it('saves and reads settings', async () => {
    const { router } = routerFor(memoryLedger());
    await router.handle('settings.save', {
      communityName: '幸福里社区党委',
      streetName: '和平街道党工委',
      preparer: '王芳',
      reviewer: null,
      phone: '010-12345678',
    });
    expect(await router.handle('settings.get', {})).toEqual({
      ok: true,
      value: {
        communityName: '幸福里社区党委',
        streetName: '和平街道党工委',
        preparer: '王芳',
        reviewer: null,
        phone: '010-12345678',
        accessCode: null,
        operator: null,
        devPublicityDays: null,
      },
    });
  });

  it('reminds of 预备期满 within 30 days, this month’s 政治生日 and 换届 within 6 months', async () => {
    const ledger = memoryLedger();
    const { root, branchA } = basicTree(ledger);
    const { router } = routerFor(ledger, TODAY);
    const add = (name: string, joinedOn: string, category = '预备党员') =>
      router.handle('members.create', {
        ...validMember(branchA.id),
        name,
        idNumber: makeId('1990-01-01'),
        birthDate: '1990-01-01',
        gender: '男',
        joinedOn,
        fullMemberOn: category === '预备党员' ? null : '2011-11-01',
        category,
      });
    await add('近期满', '2025-12-10'); // due 2026-12-10: 16 days
    await add('远期满', '2026-01-10'); // due 2027-01-10: 47 days
    await add('已延长', '2025-06-01'); // due 2026-06-01 but extended below
    await add('老党员', '2010-11-01', '正式党员');
    await router.handle('members.changeStatus', { id: 3, change: '延长预备期', occurredOn: '2026-05-20', reason: '继续考察', extendedTo: '2026-12-01' });
    await router.handle('orgs.update', { id: root.id, name: root.name, kind: '党委', termEndsOn: '2026-12-20' });
    await router.handle('orgs.update', { id: branchA.id, name: branchA.name, kind: '党支部', termEndsOn: '2027-04-01' });

    const result = await router.handle('home.reminders', {});
    if (!result.ok) throw new Error(result.error.message);
    const value = result.value as any;
    expect(value.probation.map((p: any) => [p.name, p.dueOn, p.daysLeft, p.extended])).toEqual([
      ['已延长', '2026-12-01', 7, true],
      ['近期满', '2026-12-10', 16, false],
    ]);
    expect(value.birthdays.map((b: any) => [b.name, b.years])).toEqual([['老党员', 16]]);
    expect(value.terms.map((t: any) => [t.name, t.daysLeft, t.urgent])).toEqual([
      ['幸福里社区党委', 26, true],
      ['第一网格党支部', 128, false],
    ]);
    expect(value.counts).toEqual({ members: 4, probationary: 3, branches: 2, groups: 1 });
  });
});
