// Questions about a day are answered with that day's facts: the roster, who was expected at a
// meeting and who could vote there, who is appraised in a branch, the branch a year's ranking
// names. 首页 reads today's cache, which must say the same as today's intervals.
import { describe, expect, it } from 'vitest';
import { meetingInput } from '../../../api/schemas/meetings';
import type { MemberInput } from '../../../api/schemas/members';
import { createAppraisal } from '../../../db/appraisal';
import { homeFigures } from '../../../db/homeFigures';
import { expectedAttendees } from '../../../db/meetings/expected';
import { getMeeting } from '../../../db/meetings/read';
import { saveMeeting } from '../../../db/meetings/write';
import { rosterAsOf } from '../../../db/members/asOf';
import { changeMemberStatus } from '../../../db/members/status';
import { createMember, updateMember } from '../../../db/members/write';
import { yearStandings } from '../../../db/points/views';
import { COMMUNITY_CLASSES } from '../../../api/enums';
import { formOf, statusChange } from '../../support/memberForms';
import { basicTree, memberInput, memoryLedger, TODAY } from '../../support/testLedger';

const change = statusChange;

/** 甲 moves from 一支部 (its 党小组) to 二支部 on 2026-03-01; 乙 stays in 一支部; 丙 in 二支部. */
function moved() {
  const ledger = memoryLedger();
  const tree = basicTree(ledger);
  const add = (name: string, branchId: number, extra: Partial<MemberInput> = {}) =>
    createMember(ledger, memberInput(branchId, { name, ...extra }), null, TODAY).id;
  const jia = add('甲', tree.branchA.id, { groupId: tree.group.id });
  const yi = add('乙', tree.branchA.id, { groupId: tree.group.id });
  const bing = add('丙', tree.branchB.id);
  updateMember(ledger, jia, { ...formOf(ledger, jia), branchId: tree.branchB.id, groupId: null }, TODAY, '2026-03-01');
  return { ledger, tree, jia, yi, bing };
}

const names = (rows: { name: string }[]) => rows.map((r) => r.name).sort();

describe('as of a day', () => {
  it('the roster the day before a move has the member in the old branch, and after it in the new', () => {
    const { ledger, tree } = moved();
    expect(names(rosterAsOf(ledger, { asOf: '2026-02-28', branchId: tree.branchA.id }))).toEqual(['乙', '甲']);
    expect(names(rosterAsOf(ledger, { asOf: '2026-02-28', branchId: tree.branchB.id }))).toEqual(['丙']);
    expect(names(rosterAsOf(ledger, { asOf: '2026-03-01', branchId: tree.branchA.id }))).toEqual(['乙']);
    expect(names(rosterAsOf(ledger, { asOf: '2026-03-01', branchId: tree.branchB.id }))).toEqual(['丙', '甲']);
    const whole = rosterAsOf(ledger, { asOf: '2026-02-28', branchId: null });
    expect(whole.find((r) => r.name === '甲')).toMatchObject({
      branchId: tree.branchA.id,
      branchName: '第一网格党支部',
      groupId: tree.group.id,
      groupName: '1号楼党小组',
    });
    expect(rosterAsOf(ledger, { asOf: TODAY, branchId: null }).find((r) => r.name === '甲')).toMatchObject({
      branchId: tree.branchB.id,
      groupId: null,
      groupName: null,
    });
  });

  it('a meeting the day before expects them in the old branch, and saves with them there', () => {
    const { ledger, tree, jia } = moved();
    expect(names(expectedAttendees(ledger, tree.branchA.id, ['主题党日'], '2026-02-28'))).toEqual(['乙', '甲']);
    expect(names(expectedAttendees(ledger, tree.group.id, ['党小组会'], '2026-02-28'))).toEqual(['乙', '甲']);
    expect(names(expectedAttendees(ledger, tree.branchB.id, ['主题党日'], '2026-02-28'))).toEqual(['丙']);
    expect(names(expectedAttendees(ledger, tree.group.id, ['党小组会'], '2026-03-02'))).toEqual(['乙']);
    expect(names(expectedAttendees(ledger, tree.branchB.id, ['主题党日'], '2026-03-02'))).toEqual(['丙', '甲']);
    const people = expectedAttendees(ledger, tree.branchA.id, ['主题党日'], '2026-02-28');
    const id = saveMeeting(
      ledger,
      meetingInput.parse({
        orgId: tree.branchA.id,
        heldOn: '2026-02-28',
        types: ['主题党日'],
        attendance: people.map((p) => ({ memberId: p.memberId, status: '出席' })),
      }),
      TODAY,
    );
    expect(getMeeting(ledger, id).attendance.map((a) => a.memberId)).toContain(jia);
  });

  it('a 停止党籍 member is not expected while suspended, and is again after 恢复', () => {
    const { ledger, tree, yi } = moved();
    changeMemberStatus(ledger, yi, change({ change: '停止党籍', occurredOn: '2026-05-01', reason: '连续六个月不参加组织生活' }), TODAY);
    changeMemberStatus(ledger, yi, change({ change: '恢复', occurredOn: '2026-08-01', reason: '已改正' }), TODAY);
    expect(names(expectedAttendees(ledger, tree.branchA.id, ['主题党日'], '2026-04-30'))).toEqual(['乙']);
    expect(names(expectedAttendees(ledger, tree.branchA.id, ['主题党日'], '2026-05-01'))).toEqual([]);
    expect(names(expectedAttendees(ledger, tree.group.id, ['党小组会'], '2026-07-31'))).toEqual([]);
    expect(names(expectedAttendees(ledger, tree.branchA.id, ['主题党日'], '2026-08-01'))).toEqual(['乙']);
    // The roster still lists them that day, with the day's 党籍.
    expect(rosterAsOf(ledger, { asOf: '2026-06-01', branchId: tree.branchA.id }).find((r) => r.id === yi)).toMatchObject({
      partyStatus: '停止党籍',
      partyStatusOn: '2026-05-01',
    });
    expect(rosterAsOf(ledger, { asOf: TODAY, branchId: tree.branchA.id }).find((r) => r.id === yi)).toMatchObject({
      partyStatus: '正常',
      partyStatusOn: '2026-08-01',
    });
  });

  it('only those who were 正式党员 on the meeting’s day vote there', () => {
    const ledger = memoryLedger();
    const tree = basicTree(ledger);
    const full = createMember(ledger, memberInput(tree.branchA.id, { name: '正式' }), null, TODAY).id;
    const probation = createMember(
      ledger,
      memberInput(tree.branchA.id, { name: '预备', category: '预备党员', joinedOn: '2025-03-01', fullMemberOn: null }),
      null,
      TODAY,
    ).id;
    const people = expectedAttendees(ledger, tree.branchA.id, ['支部党员大会'], '2026-02-10');
    expect(people.map((p) => [p.name, p.category])).toEqual([
      ['正式', '正式党员'],
      ['预备', '预备党员'],
    ]);
    const id = saveMeeting(
      ledger,
      meetingInput.parse({
        orgId: tree.branchA.id,
        heldOn: '2026-02-10',
        types: ['支部党员大会'],
        attendance: [
          { memberId: full, status: '出席' },
          { memberId: probation, status: '出席' },
        ],
      }),
      TODAY,
    );
    changeMemberStatus(ledger, probation, change({ change: '转正', occurredOn: '2026-03-01', decidedOn: '2026-03-03', approvedOn: '2026-04-01' }), TODAY);
    // After the 转正, the February meeting still had one voter: the 预备党员 attended without a vote.
    expect(getMeeting(ledger, id).attendance.map((a) => [a.name, a.category])).toEqual([
      ['正式', '正式党员'],
      ['预备', '预备党员'],
    ]);
    expect(rosterAsOf(ledger, { asOf: '2026-02-10', branchId: null }).find((r) => r.id === probation)).toMatchObject({
      category: '预备党员',
      fullMemberOn: null,
      partyYears: null,
    });
    expect(rosterAsOf(ledger, { asOf: TODAY, branchId: null }).find((r) => r.id === probation)).toMatchObject({
      category: '正式党员',
      fullMemberOn: '2026-03-01',
    });
  });

  it('民主评议 and the year’s ranking use the branch held at the year’s end', () => {
    const { ledger, tree, jia, yi } = moved();
    // For 2025 甲 was in 一支部 all year; for 2026, in 二支部 at its end.
    const a2025 = createAppraisal(ledger, { year: 2025, orgId: tree.branchA.id, heldOn: null });
    expect(a2025.rows.map((r) => r.memberId).sort()).toEqual([jia, yi].sort());
    const b2026 = createAppraisal(ledger, { year: 2026, orgId: tree.branchB.id, heldOn: '2026-12-20' });
    expect(b2026.rows.map((r) => r.name).sort()).toEqual(['丙', '甲']);
    const a2026 = createAppraisal(ledger, { year: 2026, orgId: tree.branchA.id, heldOn: null });
    expect(a2026.rows.map((r) => r.name)).toEqual(['乙']);
    const branchOf = (year: number) => yearStandings(ledger, year).rows.find((r) => r.memberId === jia);
    expect(branchOf(2025)).toMatchObject({ branchId: tree.branchA.id, branchName: '第一网格党支部' });
    expect(branchOf(2026)).toMatchObject({ branchId: tree.branchB.id, branchName: '第二网格党支部' });
  });

  it('a member under 停止党籍 at the year’s end is not appraised', () => {
    const { ledger, tree, yi } = moved();
    changeMemberStatus(ledger, yi, change({ change: '停止党籍', occurredOn: '2025-11-01', reason: '连续六个月不参加组织生活' }), TODAY);
    expect(createAppraisal(ledger, { year: 2025, orgId: tree.branchA.id, heldOn: null }).rows.map((r) => r.name)).toEqual(['甲']);
  });

  it('首页 reads today’s cache, and it counts what today’s intervals count', () => {
    const { ledger, tree, bing } = moved();
    changeMemberStatus(ledger, bing, change({ change: '转出', occurredOn: '2026-09-01', place: '外区' }), TODAY);
    const extra = createMember(ledger, memberInput(tree.branchB.id, { name: '丁', communityClass: '流动' }), null, TODAY).id;
    updateMember(ledger, extra, { ...formOf(ledger, extra), communityClass: '离退休' }, TODAY, '2026-10-01');
    const home = homeFigures(ledger, TODAY);
    const fromFacts = ledger.sqlite
      .prepare(
        `SELECT cc.value AS label, count(*) AS n FROM member_facts b JOIN member_facts cc ON cc.member_id = b.member_id AND cc.fact = 'community_class'
           AND cc.valid_from <= @day AND (cc.valid_to IS NULL OR cc.valid_to > @day)
         WHERE b.fact = 'branch' AND b.valid_from <= @day AND (b.valid_to IS NULL OR b.valid_to > @day) GROUP BY 1`,
      )
      .all({ day: TODAY }) as { label: string; n: number }[];
    const counted = Object.fromEntries(fromFacts.map((r) => [r.label, r.n]));
    expect(home.members).toBe(fromFacts.reduce((a, r) => a + r.n, 0));
    expect(home.byClass).toEqual(COMMUNITY_CLASSES.map((label) => ({ label, count: counted[label] ?? 0 })));
    expect(home.members).toBe(3);
  });
});
