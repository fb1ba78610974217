import { describe, expect, it } from 'vitest';
import { addCommitteeMember, closeOrg, createOrg, endCommitteeTerm, getOrgDetail, listOrgs, moveOrg, reopenOrg, updateOrg } from '../../../db/orgs';
import { createMember } from '../../../db/members/write';
import { getMember } from '../../../db/members/read';
import { LedgerError } from '../../../db/ledgerError';
import { orgCreateInput } from '../../../api/schemas/orgs';
import { basicTree, memberInput, memoryLedger, orgInput, snapshot, TODAY } from '../../support/testLedger';

const refusal = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(LedgerError);
    return error as LedgerError;
  }
  throw new Error('expected a refusal');
};

describe('organisation tree', () => {
  it('places kinds only under the kinds they belong to', () => {
    const ledger = memoryLedger();
    const { root, branchA } = basicTree(ledger);
    expect(refusal(() => createOrg(ledger, orgInput('孤立支部', '党支部', null))).message).toContain('必须有上级组织');
    expect(refusal(() => createOrg(ledger, orgInput('错放小组', '党小组', root.id))).message).toContain('党小组的上级应为党支部、联合党支部');
    expect(refusal(() => createOrg(ledger, orgInput('支部下支部', '党支部', branchA.id))).field).toBe('parentId');
    expect(createOrg(ledger, orgInput('第二社区党总支', '党总支', null)).parentId).toBeNull();
  });

  it('refuses a second open organisation of the same name under one parent', () => {
    const ledger = memoryLedger();
    const { root } = basicTree(ledger);
    const error = refusal(() => createOrg(ledger, orgInput('第一网格党支部', '党支部', root.id)));
    expect(error.code).toBe('CONFLICT');
    expect(error.field).toBe('name');
  });

  it('refuses to move an organisation under itself or its descendants', () => {
    const ledger = memoryLedger();
    const { root, branchA } = basicTree(ledger);
    const sub = createOrg(ledger, orgInput('下属党委', '党委', root.id));
    expect(refusal(() => moveOrg(ledger, root.id, sub.id, TODAY)).message).toContain('下级组织之下');
    expect(refusal(() => moveOrg(ledger, root.id, root.id, TODAY)).message).toContain('它自己');
    expect(moveOrg(ledger, branchA.id, sub.id, TODAY).parentId).toBe(sub.id);
  });

  it('moves a 党小组 with its members, who get a dated 支部调整', () => {
    const ledger = memoryLedger();
    const { branchA, branchB, group } = basicTree(ledger);
    const { id } = createMember(ledger, memberInput(branchA.id, { groupId: group.id }), null, TODAY);
    moveOrg(ledger, group.id, branchB.id, TODAY);
    const member = getMember(ledger, id, TODAY);
    expect(member.branchId).toBe(branchB.id);
    expect(member.groupId).toBe(group.id);
    expect(member.events[0]).toMatchObject({ kind: '支部调整', occurredOn: TODAY, place: '第二网格党支部' });
    const counts = Object.fromEntries(listOrgs(ledger).map((o) => [o.name, o.activeMembers]));
    expect(counts).toMatchObject({ 第一网格党支部: 0, 第二网格党支部: 1, '1号楼党小组': 1 });
  });

  it('closes only when no member and no open child remain, and can reopen', () => {
    const ledger = memoryLedger();
    const { root, branchA, branchB, group } = basicTree(ledger);
    createMember(ledger, memberInput(branchB.id), null, TODAY);
    expect(refusal(() => closeOrg(ledger, branchB.id, TODAY, '合并')).message).toContain('还有1名在册党员');
    expect(refusal(() => closeOrg(ledger, branchA.id, TODAY, '合并')).message).toContain('1号楼党小组');
    expect(closeOrg(ledger, group.id, '2026-11-01', '楼栋合并').closedOn).toBe('2026-11-01');
    expect(closeOrg(ledger, branchA.id, TODAY, '网格调整')).toMatchObject({ closedOn: TODAY, closedReason: '网格调整' });
    expect(refusal(() => createMember(ledger, memberInput(branchA.id), null, TODAY)).message).toContain('已撤销');
    expect(refusal(() => reopenOrg(ledger, root.id)).message).toContain('未撤销');
    expect(reopenOrg(ledger, branchA.id).closedOn).toBeNull();
    expect(listOrgs(ledger, false).map((o) => o.name)).not.toContain('1号楼党小组');
  });

  it('refuses to change a branch with members into a non-branch', () => {
    const ledger = memoryLedger();
    const { branchB } = basicTree(ledger);
    createMember(ledger, memberInput(branchB.id), null, TODAY);
    const before = snapshot(ledger);
    expect(refusal(() => updateOrg(ledger, branchB.id, { ...orgInput('第二网格', '党总支', null) })).field).toBe('kind');
    expect(snapshot(ledger)).toEqual(before);
  });

  it('keeps committee terms as history', () => {
    const ledger = memoryLedger();
    const { branchA } = basicTree(ledger);
    addCommitteeMember(ledger, { orgId: branchA.id, memberId: null, name: '赵建华', role: '书记', startOn: '2024-01-01', note: null });
    const detail = getOrgDetail(ledger, branchA.id);
    expect(detail.committee).toHaveLength(1);
    endCommitteeTerm(ledger, detail.committee[0].id, '2026-06-30');
    expect(getOrgDetail(ledger, branchA.id).committee[0]).toMatchObject({ name: '赵建华', endOn: '2026-06-30' });
    expect(refusal(() => endCommitteeTerm(ledger, detail.committee[0].id, '2026-07-01')).message).toContain('已于2026-06-30结束');
  });
});

describe('支委 take office as 正式党员', () => {
  // 党章 art. 7: 预备党员没有表决权、选举权和被选举权.
  it('refuses a 预备党员 on the day of taking office, naming the member and the day, and takes them from 转正', () => {
    const ledger = memoryLedger();
    const { branchA } = basicTree(ledger);
    const li = createMember(ledger, memberInput(branchA.id, { name: '李新', joinedOn: '2025-09-01', fullMemberOn: '2026-09-01' }), null, TODAY).id;
    const before = snapshot(ledger);
    for (const role of ['书记', '副书记', '组织委员']) {
      const r = refusal(() => addCommitteeMember(ledger, { orgId: branchA.id, memberId: li, name: '李新', role, startOn: '2026-08-31', note: null }));
      expect(r.message).toBe(`李新在2026-08-31是预备党员（2026-09-01转正），${role}须由正式党员担任`);
      expect(r.field).toBe('startOn');
    }
    expect(snapshot(ledger)).toEqual(before);
    // The day of 转正 is the first day as a 正式党员.
    expect(
      addCommitteeMember(ledger, { orgId: branchA.id, memberId: li, name: '李新', role: '书记', startOn: '2026-09-01', note: null }).committee,
    ).toHaveLength(1);
  });

  it('refuses a 预备党员 not yet 转正, and someone not on the roster that day', () => {
    const ledger = memoryLedger();
    const { branchA } = basicTree(ledger);
    const wang = createMember(
      ledger,
      memberInput(branchA.id, { name: '王预', category: '预备党员', joinedOn: '2026-03-01', fullMemberOn: null }),
      null,
      TODAY,
    ).id;
    expect(
      refusal(() => addCommitteeMember(ledger, { orgId: branchA.id, memberId: wang, name: '王预', role: '委员', startOn: TODAY, note: null })).message,
    ).toBe(`王预在${TODAY}是预备党员，委员须由正式党员担任`);
    const late = createMember(
      ledger,
      memberInput(branchA.id, { name: '赵转', joinedOn: '2000-07-01', fullMemberOn: '2001-07-01' }),
      { occurredOn: '2026-05-01', fromPlace: '外区', letterNo: null },
      TODAY,
    ).id;
    expect(
      refusal(() => addCommitteeMember(ledger, { orgId: branchA.id, memberId: late, name: '赵转', role: '书记', startOn: '2026-04-30', note: null })).message,
    ).toContain('赵转在2026-04-30不在本社区党员名册中');
    expect(
      addCommitteeMember(ledger, { orgId: branchA.id, memberId: late, name: '赵转', role: '书记', startOn: '2026-05-01', note: null }).committee,
    ).toHaveLength(1);
  });
});

describe('换届', () => {
  it('gives 届满日期 from 本届选举日期 and a five-year 任期 by default for a community’s organisations', () => {
    const ledger = memoryLedger();
    const root = createOrg(ledger, orgInput('幸福里社区党委', '党委', null, { electedOn: '2021-06-15' }));
    expect(root).toMatchObject({ electedOn: '2021-06-15', termYears: 5, termEndsOn: '2026-06-15' });
    const branch = createOrg(ledger, orgInput('第一网格党支部', '党支部', root.id, { electedOn: '2024-02-29' }));
    expect(branch).toMatchObject({ termYears: 5, termEndsOn: '2029-02-28' });
    // A 任期 entered is kept; an entered 届满日期 gives way to the computed one.
    const three = updateOrg(ledger, branch.id, {
      ...orgInput('第一网格党支部', '党支部', null),
      electedOn: '2024-03-01',
      termYears: 3,
      termEndsOn: '2030-01-01',
    });
    expect(three).toMatchObject({ electedOn: '2024-03-01', termYears: 3, termEndsOn: '2027-03-01' });
    // Without an election date, the 届满日期 as entered (an old record that knows only that).
    const group = createOrg(ledger, orgInput('1号楼党小组', '党小组', branch.id, { electedOn: '2024-03-01' }));
    expect(group).toMatchObject({ termYears: null, termEndsOn: null });
    expect(updateOrg(ledger, root.id, { ...orgInput('幸福里社区党委', '党委', null), termEndsOn: '2027-01-01' })).toMatchObject({
      electedOn: null,
      termYears: null,
      termEndsOn: '2027-01-01',
    });
    // 党章 art. 30: three to five years.
    const parsed = orgCreateInput.safeParse({ name: '某支部', kind: '党支部', parentId: root.id, electedOn: '2024-01-01', termYears: 6 });
    expect(parsed.success ? null : parsed.error.issues[0].message).toBe('任期应为3至5年（党章第三十条）');
  });
});
