import { describe, expect, it } from 'vitest';
import { memberListInput } from '../../../api/schemas/members';
import { getMember, listMembers } from '../../../db/members/read';
import { changeMemberStatus, type StatusChangeInput } from '../../../db/members/status';
import { createMember, updateMember } from '../../../db/members/write';
import { refused } from '../../support/refused';
import { basicTree, memberInput, memoryLedger, snapshot, TODAY } from '../../support/testLedger';

const query = (q: object = {}) => memberListInput.parse(q);
const change = (c: Partial<StatusChangeInput> & Pick<StatusChangeInput, 'change'>): StatusChangeInput => ({
  occurredOn: '2026-10-01',
  place: null,
  letterNo: null,
  reason: null,
  extendedTo: null,
  ...c,
});

function roster() {
  const ledger = memoryLedger();
  const tree = basicTree(ledger);
  const add = (extra: Parameters<typeof memberInput>[1]) => createMember(ledger, memberInput(extra?.branchId ?? tree.branchA.id, extra), null, TODAY).id;
  const ids = {
    zhang: add({ name: '张秀兰', gender: '女', birthDate: '1950-03-12', phone: '13800138000', groupId: tree.group.id, communityClass: '离退休' }),
    li: add({ name: '李建国', birthDate: '1975-05-01', branchId: tree.branchB.id, joinedOn: '2000-07-01', fullMemberOn: '2001-07-01' }),
    wang: add({ name: '王100%', birthDate: '1990-08-08', category: '预备党员', joinedOn: '2026-01-10', fullMemberOn: null, communityClass: '流动' }),
  };
  return { ledger, tree, ids };
}

describe('roster queries', () => {
  it('filters by 支部, 党小组, 人员类别, 社区分类 and 党籍状态', () => {
    const { ledger, tree, ids } = roster();
    const names = (q: object) =>
      listMembers(ledger, query(q), TODAY)
        .rows.map((r) => r.name)
        .sort();
    expect(names({ branchId: tree.branchB.id })).toEqual(['李建国']);
    expect(names({ groupId: tree.group.id })).toEqual(['张秀兰']);
    expect(names({ category: '预备党员' })).toEqual(['王100%']);
    expect(names({ communityClass: '离退休' })).toEqual(['张秀兰']);
    changeMemberStatus(ledger, ids.li, change({ change: '停止党籍', reason: '连续六个月不参加组织生活' }), TODAY);
    expect(names({ partyStatus: '停止党籍' })).toEqual(['李建国']);
  });

  it('searches name, 身份证号 (any case) and phone, treating % literally', () => {
    const { ledger, ids } = roster();
    const zhangId = getMember(ledger, ids.zhang, TODAY).idNumber;
    const names = (keyword: string) => listMembers(ledger, query({ keyword }), TODAY).rows.map((r) => r.name);
    expect(names('秀兰')).toEqual(['张秀兰']);
    expect(names(zhangId.slice(6, 14))).toEqual(['张秀兰']);
    expect(names('138001')).toEqual(['张秀兰']);
    expect(names('100%')).toEqual(['王100%']);
    expect(names('%')).toEqual(['王100%']);
    const withX = listMembers(ledger, query({}), TODAY).rows.find((r) => r.idNumber.endsWith('X'));
    if (withX) expect(names(withX.idNumber.toLowerCase())).toEqual([withX.name]);
  });

  it('sorts both ways and pages with a total', () => {
    const { ledger } = roster();
    const byBirth = (sortOrder: 'asc' | 'desc') => listMembers(ledger, query({ sortBy: 'birthDate', sortOrder }), TODAY).rows.map((r) => r.name);
    expect(byBirth('asc')).toEqual(['张秀兰', '李建国', '王100%']);
    expect(byBirth('desc')).toEqual(['王100%', '李建国', '张秀兰']);
    const page2 = listMembers(ledger, query({ sortBy: 'birthDate', pageSize: 2, page: 2 }), TODAY);
    expect(page2.total).toBe(3);
    expect(page2.rows.map((r) => r.name)).toEqual(['王100%']);
  });

  it('computes 年龄 and 党龄 (from 转正日期) as of the given day', () => {
    const { ledger, ids } = roster();
    const li = getMember(ledger, ids.li, '2026-06-30');
    expect(li.age).toBe(51);
    expect(li.partyYears).toBe(24);
    expect(getMember(ledger, ids.li, '2026-07-01').partyYears).toBe(25);
    expect(getMember(ledger, ids.wang, TODAY).partyYears).toBeNull();
    expect(getMember(ledger, ids.wang, TODAY).probationDueOn).toBe('2027-01-10');
  });
});

describe('writing members', () => {
  it('refuses a second member with the same 身份证号, also against 历史党员, naming the field', () => {
    const { ledger, tree, ids } = roster();
    const id = getMember(ledger, ids.li, TODAY).idNumber;
    changeMemberStatus(ledger, ids.li, change({ change: '转出', place: '外区' }), TODAY);
    const error = refused(() => createMember(ledger, memberInput(tree.branchA.id, { idNumber: id }), null, TODAY));
    expect(error).toMatchObject({ code: 'CONFLICT', field: 'idNumber' });
    expect(error.message).toContain('李建国');
    expect(error.message).toContain('历史党员');
  });

  // A 15-digit number and its 18-digit form (GB 11643-1999) are one person.
  it('finds a duplicate across the 15- and 18-digit forms of one number, on create and update', () => {
    const { ledger, tree, ids } = roster();
    const old = createMember(
      ledger,
      memberInput(tree.branchA.id, { name: '旧号码', birthDate: '1949-12-31', gender: '女', idNumber: '110105491231002' }),
      null,
      TODAY,
    ).id;
    const before = snapshot(ledger);
    const twice = refused(() =>
      createMember(
        ledger,
        memberInput(tree.branchA.id, { name: '新号码', birthDate: '1949-12-31', gender: '女', idNumber: '11010519491231002X' }),
        null,
        TODAY,
      ),
    );
    expect([twice.code, twice.field]).toEqual(['CONFLICT', 'idNumber']);
    expect(twice.message).toContain('旧号码');
    expect(
      refused(() =>
        updateMember(
          ledger,
          ids.li,
          { ...memberInput(tree.branchB.id, { name: '李建国', birthDate: '1949-12-31', gender: '女' }), idNumber: '11010519491231002X' },
          TODAY,
        ),
      ).field,
    ).toBe('idNumber');
    expect(snapshot(ledger)).toEqual(before);
    // The member may take the 18-digit form of their own number.
    updateMember(ledger, old, memberInput(tree.branchA.id, { name: '旧号码', birthDate: '1949-12-31', gender: '女', idNumber: '11010519491231002X' }), TODAY);
    expect(getMember(ledger, old, TODAY).idNumber).toBe('11010519491231002X');
    // And the 15-digit form then finds it too.
    expect(
      refused(() =>
        createMember(ledger, memberInput(tree.branchA.id, { name: '再录', birthDate: '1949-12-31', gender: '女', idNumber: '110105491231002' }), null, TODAY),
      ).field,
    ).toBe('idNumber');
  });

  it('requires the 党小组 to belong to the chosen 支部', () => {
    const { ledger, tree } = roster();
    expect(refused(() => createMember(ledger, memberInput(tree.branchB.id, { groupId: tree.group.id }), null, TODAY)).field).toBe('groupId');
    expect(refused(() => createMember(ledger, memberInput(tree.root.id), null, TODAY)).field).toBe('branchId');
  });

  it('returns mismatch warnings but saves', () => {
    const { ledger, tree } = roster();
    const input = memberInput(tree.branchA.id, { birthDate: '1980-01-01' });
    const result = createMember(ledger, { ...input, gender: '女' }, null, TODAY);
    expect(result.warnings).toEqual([expect.stringContaining('性别与公民身份号码不一致')]);
    expect(getMember(ledger, result.id, TODAY).gender).toBe('女');
  });

  it('records a 转入 with its letter on creation, and a 支部调整 when the branch changes', () => {
    const { ledger, tree } = roster();
    const { id } = createMember(
      ledger,
      memberInput(tree.branchA.id),
      { occurredOn: '2026-03-01', fromPlace: '东城区某街道党工委', letterNo: '第018号' },
      TODAY,
    );
    expect(getMember(ledger, id, TODAY).events).toMatchObject([{ kind: '转入', occurredOn: '2026-03-01', place: '东城区某街道党工委', letterNo: '第018号' }]);
    updateMember(ledger, id, { ...memberInput(tree.branchB.id), idNumber: getMember(ledger, id, TODAY).idNumber }, TODAY);
    expect(getMember(ledger, id, TODAY).events[0]).toMatchObject({ kind: '支部调整', place: '第二网格党支部' });
  });

  it('leaves the file unchanged when a write is refused', () => {
    const { ledger, tree, ids } = roster();
    const before = snapshot(ledger);
    refused(() => updateMember(ledger, ids.zhang, memberInput(tree.branchB.id, { groupId: tree.group.id }), TODAY));
    refused(() => changeMemberStatus(ledger, ids.li, change({ change: '恢复', reason: 'x' }), TODAY));
    expect(snapshot(ledger)).toEqual(before);
  });
});

describe('status changes', () => {
  it('转出 moves a member to 历史党员 with a dated record, and 转入 brings them back', () => {
    const { ledger, ids } = roster();
    changeMemberStatus(ledger, ids.zhang, change({ change: '转出', place: '和平街道机关党支部', letterNo: '018' }), TODAY);
    expect(listMembers(ledger, query({}), TODAY).rows.map((r) => r.name)).not.toContain('张秀兰');
    const history = listMembers(ledger, query({ view: 'history' }), TODAY).rows;
    expect(history).toMatchObject([{ name: '张秀兰', leftOn: '2026-10-01', leftReason: '转出' }]);
    expect(getMember(ledger, ids.zhang, TODAY).events[0]).toMatchObject({ kind: '转出', place: '和平街道机关党支部', letterNo: '018' });
    expect(refused(() => updateMember(ledger, ids.zhang, memberInput(1), TODAY)).message).toContain('只读');
    expect(refused(() => changeMemberStatus(ledger, ids.zhang, change({ change: '停止党籍', reason: 'x' }), TODAY)).message).toContain('不在册');

    changeMemberStatus(ledger, ids.zhang, change({ change: '转入', occurredOn: '2026-11-01', place: '和平街道机关党支部' }), TODAY);
    expect(getMember(ledger, ids.zhang, TODAY).leftOn).toBeNull();
  });

  it('出党 and 死亡 set the 党籍状态 and cannot be undone by 转入', () => {
    const { ledger, ids } = roster();
    changeMemberStatus(ledger, ids.li, change({ change: '死亡' }), TODAY);
    expect(getMember(ledger, ids.li, TODAY)).toMatchObject({ partyStatus: '死亡', partyStatusOn: '2026-10-01', leftReason: '死亡' });
    expect(refused(() => changeMemberStatus(ledger, ids.li, change({ change: '转入', place: 'x' }), TODAY)).message).toContain('不能办理转入');
  });

  it('停止党籍 then 恢复 returns to 正常', () => {
    const { ledger, ids } = roster();
    changeMemberStatus(ledger, ids.li, change({ change: '停止党籍', reason: '失联' }), TODAY);
    changeMemberStatus(ledger, ids.li, change({ change: '恢复', reason: '已取得联系', occurredOn: '2026-11-01' }), TODAY);
    expect(getMember(ledger, ids.li, TODAY)).toMatchObject({ partyStatus: '正常', partyStatusOn: '2026-11-01' });
    expect(
      getMember(ledger, ids.li, TODAY)
        .events.map((e) => e.kind)
        .slice(0, 2),
    ).toEqual(['恢复', '停止党籍']);
  });

  it('转正 and 延长预备期 (at most one year)', () => {
    const { ledger, ids } = roster();
    expect(
      refused(() => changeMemberStatus(ledger, ids.wang, change({ change: '延长预备期', reason: 'x', extendedTo: '2028-02-01' }), TODAY)).message,
    ).toContain('不能超过一年');
    changeMemberStatus(ledger, ids.wang, change({ change: '延长预备期', reason: '考察', extendedTo: '2027-07-10' }), TODAY);
    expect(getMember(ledger, ids.wang, TODAY).probationDueOn).toBe('2027-07-10');
    // 转正 is dated the day the 预备期 ends: not before it (tests/integration/ledger/probation.test.ts).
    expect(refused(() => changeMemberStatus(ledger, ids.wang, change({ change: '转正', occurredOn: '2026-11-20' }), TODAY)).field).toBe('occurredOn');
    const zhao = createMember(
      ledger,
      memberInput(getMember(ledger, ids.wang, TODAY).branchId, { name: '赵', category: '预备党员', joinedOn: '2025-03-01', fullMemberOn: null }),
      null,
      TODAY,
    ).id;
    changeMemberStatus(ledger, zhao, change({ change: '转正', occurredOn: '2026-03-01', decidedOn: '2026-03-03', approvedOn: '2026-04-01' }), TODAY);
    expect(getMember(ledger, zhao, TODAY)).toMatchObject({ category: '正式党员', fullMemberOn: '2026-03-01', probationDueOn: null });
    expect(refused(() => changeMemberStatus(ledger, zhao, change({ change: '转正', occurredOn: '2026-11-21' }), TODAY)).message).toContain('已是正式党员');
  });

  it('refuses dates in the future or before 入党日期', () => {
    const { ledger, ids } = roster();
    expect(refused(() => changeMemberStatus(ledger, ids.li, change({ change: '转出', place: 'x', occurredOn: '2026-12-01' }), TODAY)).field).toBe('occurredOn');
    expect(refused(() => changeMemberStatus(ledger, ids.li, change({ change: '转出', place: 'x', occurredOn: '1999-01-01' }), TODAY)).field).toBe('occurredOn');
  });
});
