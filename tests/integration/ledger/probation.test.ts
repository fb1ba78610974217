// 预备期 (DOMAIN.md "Members"): 转正 is dated the day the 预备期 ends, with the 支部大会 and
// approval dates beside it; 延长预备期 once, half a year to a year; 取消预备党员资格 leaves
// the roster and stays in history.
import { describe, expect, it } from 'vitest';
import type { Result } from '../../../api/result';
import type { ProbationProposal } from '../../../api/schemas/members';
import { cacheDisagreements } from '../../../db/members/factsCache';
import { memberHistory } from '../../../db/members/history';
import { probationProposal } from '../../../db/members/probation';
import { getMember, listMembers } from '../../../db/members/read';
import { changeMemberStatus, type StatusChangeInput } from '../../../db/members/status';
import { createMember } from '../../../db/members/write';
import { memberListInput } from '../../../api/schemas/members';
import type { Ledger } from '../../../db/open';
import { refused } from '../../support/refused';
import { basicTree, memberInput, memoryLedger, routerFor, TODAY } from '../../support/testLedger';

const change = (c: Partial<StatusChangeInput> & Pick<StatusChangeInput, 'change'>): StatusChangeInput => ({
  occurredOn: '2026-10-01',
  place: null,
  letterNo: null,
  reason: null,
  extendedTo: null,
  ...c,
});
const categories = (ledger: Ledger, id: number) =>
  ledger.sqlite.prepare("SELECT value, valid_from, valid_to FROM member_facts WHERE member_id = ? AND fact = 'category' ORDER BY valid_from").raw().all(id);

function probationer(joinedOn = '2025-03-01') {
  const ledger = memoryLedger();
  const tree = basicTree(ledger);
  const id = createMember(ledger, memberInput(tree.branchA.id, { category: '预备党员', joinedOn, fullMemberOn: null }), null, TODAY).id;
  return { ledger, tree, id };
}

describe('转正', () => {
  it('is dated the day the 预备期 ends; an earlier date is refused', () => {
    const { ledger, id } = probationer();
    const early = refused(() => changeMemberStatus(ledger, id, change({ change: '转正', occurredOn: '2026-02-28' }), TODAY));
    expect(early).toMatchObject({ field: 'occurredOn', message: '转正日期应为预备期满之日2026-03-01，不能早于该日' });
    changeMemberStatus(ledger, id, change({ change: '转正', occurredOn: '2026-03-01', decidedOn: '2026-03-05', approvedOn: '2026-04-20' }), TODAY);
    expect(getMember(ledger, id, TODAY)).toMatchObject({ category: '正式党员', fullMemberOn: '2026-03-01' });
    expect(categories(ledger, id)).toEqual([
      ['预备党员', '2025-03-01', '2026-03-01'],
      ['正式党员', '2026-03-01', null],
    ]);
    // The 支部大会 and approval dates are recorded beside it, in its event.
    expect(memberHistory(ledger, id).events.find((e) => e.kind === '转正')).toMatchObject({
      occurredOn: '2026-03-01',
      decidedOn: '2026-03-05',
      approvedOn: '2026-04-20',
    });
  });

  it('refuses an approval before the 支部大会', () => {
    const { ledger, id } = probationer();
    expect(
      refused(() =>
        changeMemberStatus(ledger, id, change({ change: '转正', occurredOn: '2026-03-01', decidedOn: '2026-03-05', approvedOn: '2026-03-04' }), TODAY),
      ),
    ).toMatchObject({
      field: 'approvedOn',
      message: '上级党委审批日期不能早于支部大会讨论日期2026-03-05',
    });
  });

  it('requires the 支部大会 and approval dates, the approval within 3 months of the 支部大会', () => {
    const { ledger, id } = probationer();
    const at = (decidedOn: string | null, approvedOn: string | null) => () =>
      changeMemberStatus(ledger, id, change({ change: '转正', occurredOn: '2026-03-01', decidedOn, approvedOn }), TODAY);
    expect(refused(at(null, null))).toMatchObject({ field: 'decidedOn', message: '请填写支部大会讨论日期' });
    expect(refused(at('2026-03-05', null))).toMatchObject({ field: 'approvedOn', message: '请填写上级党委审批日期' });
    expect(refused(at('2026-03-05', '2026-06-06'))).toMatchObject({ field: 'approvedOn', message: expect.stringContaining('最晚2026-06-05') });
    // Nothing was written by the refusals.
    expect(getMember(ledger, id, TODAY).category).toBe('预备党员');
    at('2026-03-05', '2026-06-05')();
    expect(getMember(ledger, id, TODAY).category).toBe('正式党员');
  });

  it('is refused by the contract without both dates, with the same words', async () => {
    const { ledger, id } = probationer();
    const { router } = routerFor(ledger);
    const r = (await router.handle('members.changeStatus', {
      id,
      change: '转正',
      occurredOn: '2026-03-01',
      decidedOn: '2025-11-30',
      approvedOn: '2026-03-01',
    })) as Result<unknown>;
    expect(r).toMatchObject({ ok: false, error: { field: 'approvedOn', message: expect.stringContaining('最晚2026-02-28') } });
  });

  it('after an extension, is dated the extension’s end', () => {
    const { ledger, id } = probationer('2024-06-01');
    changeMemberStatus(ledger, id, change({ change: '延长预备期', occurredOn: '2025-06-01', reason: '继续考察', extendedTo: '2025-12-01' }), TODAY);
    expect(refused(() => changeMemberStatus(ledger, id, change({ change: '转正', occurredOn: '2025-06-01' }), TODAY)).message).toBe(
      '转正日期应为预备期满之日2025-12-01，不能早于该日（预备期已延长）',
    );
    changeMemberStatus(ledger, id, change({ change: '转正', occurredOn: '2025-12-01', decidedOn: '2025-12-03', approvedOn: '2026-01-15' }), TODAY);
    expect(getMember(ledger, id, TODAY).fullMemberOn).toBe('2025-12-01');
  });
});

describe('延长预备期', () => {
  it('at least half a year, at most one year beyond the normal end, and only once', () => {
    const { ledger, id } = probationer('2026-01-10');
    const extend = (extendedTo: string) => () =>
      changeMemberStatus(ledger, id, change({ change: '延长预备期', occurredOn: '2026-11-01', reason: '继续考察', extendedTo }), TODAY);
    expect(refused(extend('2027-07-09'))).toMatchObject({ field: 'extendedTo', message: '延长预备期至少半年：延长后的期满日期不能早于2027-07-10' });
    expect(refused(extend('2028-01-11'))).toMatchObject({ field: 'extendedTo', message: '延长预备期不能超过一年：延长后的期满日期不能晚于2028-01-10' });
    extend('2027-07-10')();
    expect(getMember(ledger, id, TODAY).probationDueOn).toBe('2027-07-10');
    expect(refused(extend('2028-01-10')).message).toBe('预备期已延长至2027-07-10，只能延长一次');
  });
});

describe('取消预备党员资格', () => {
  it('leaves the roster like 出党 and stays in history', () => {
    const { ledger, tree, id } = probationer();
    changeMemberStatus(ledger, id, change({ change: '取消预备党员资格', occurredOn: '2025-12-01', reason: '不履行党员义务' }), TODAY);
    expect(getMember(ledger, id, TODAY)).toMatchObject({ leftOn: '2025-12-01', leftReason: '取消预备党员资格', category: '预备党员' });
    const list = (view: 'roster' | 'history') => listMembers(ledger, memberListInput.parse({ view }), TODAY).rows.map((r) => r.id);
    expect(list('roster')).not.toContain(id);
    expect(list('history')).toContain(id);
    expect(categories(ledger, id)).toEqual([['预备党员', '2025-03-01', '2025-12-01']]);
    expect(ledger.sqlite.prepare("SELECT valid_to FROM member_facts WHERE member_id = ? AND fact = 'branch'").pluck().all(id)).toEqual(['2025-12-01']);
    expect(refused(() => changeMemberStatus(ledger, id, change({ change: '转入', occurredOn: '2026-01-01', place: '外区' }), TODAY)).message).toContain(
      '不能办理转入',
    );
    const full = createMember(ledger, memberInput(tree.branchA.id), null, TODAY).id;
    expect(refused(() => changeMemberStatus(ledger, full, change({ change: '取消预备党员资格', reason: 'x' }), TODAY)).message).toContain('正式党员');
    expect(cacheDisagreements(ledger)).toEqual([]);
  });

  it('needs a reason through the contract', async () => {
    const { ledger, id } = probationer();
    const { router } = routerFor(ledger);
    const result = await router.handle('members.changeStatus', { id, change: '取消预备党员资格', occurredOn: '2025-12-01' });
    expect(result).toMatchObject({ ok: false, error: { field: 'reason' } });
  });
});

describe('the dialog’s proposal', () => {
  it('proposes the 预备期 end as 转正日期, and an extension’s range until one is made', async () => {
    const { ledger, id } = probationer('2026-01-10');
    expect(probationProposal(ledger, id, TODAY)).toEqual({
      memberId: id,
      joinedOn: '2026-01-10',
      normalEnd: '2027-01-10',
      extendedTo: null,
      fullMemberOn: '2027-01-10',
      canConvertNow: false,
      extension: { earliest: '2027-07-10', latest: '2028-01-10' },
    });
    changeMemberStatus(ledger, id, change({ change: '延长预备期', occurredOn: '2026-11-01', reason: '继续考察', extendedTo: '2027-10-01' }), TODAY);
    const { router } = routerFor(ledger);
    const proposal = (await router.handle('members.probation', { id })) as Result<ProbationProposal>;
    expect(proposal).toMatchObject({ ok: true, value: { fullMemberOn: '2027-10-01', extendedTo: '2027-10-01', extension: null, canConvertNow: false } });
    const due = probationer('2025-03-01');
    expect(probationProposal(due.ledger, due.id, TODAY)).toMatchObject({ fullMemberOn: '2026-03-01', canConvertNow: true });
  });
});
