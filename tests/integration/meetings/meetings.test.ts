import { describe, expect, it } from 'vitest';
import type { MeetingInput } from '../../../api/schemas/meetings';
import { meetingInput } from '../../../api/schemas/meetings';
import { complianceMatrix } from '../../../db/meetings/compliance';
import { expectedAttendees } from '../../../db/meetings/expected';
import { getMeeting, memberAttendance } from '../../../db/meetings/read';
import { saveMeetingRules } from '../../../db/meetings/rules';
import { addExemption, saveMeeting, voidMeeting } from '../../../db/meetings/write';
import { changeMemberStatus } from '../../../db/members/status';
import { createMember } from '../../../db/members/write';
import { addCommitteeMember } from '../../../db/orgs';
import { refused } from '../../support/refused';
import { basicTree, memberInput, memoryLedger, snapshot } from '../../support/testLedger';

const TODAY = '2026-11-24';

function community() {
  const ledger = memoryLedger();
  const tree = basicTree(ledger);
  const add = (name: string, extra: Parameters<typeof memberInput>[1] = {}) =>
    createMember(ledger, memberInput(tree.branchA.id, { name, ...extra }), null, TODAY).id;
  const ids = {
    a: add('甲', { groupId: tree.group.id }),
    b: add('乙', { groupId: tree.group.id }),
    c: add('丙'),
    d: add('丁', { category: '预备党员', joinedOn: '2026-03-01', fullMemberOn: null }),
  };
  return { ledger, tree, ids };
}

const meeting = (
  orgId: number,
  heldOn: string,
  types: MeetingInput['types'],
  people: number[],
  extra: Partial<Record<string, unknown>> = {},
  statuses: Record<number, ['请假' | '缺席', string]> = {},
): MeetingInput =>
  meetingInput.parse({
    orgId,
    heldOn,
    types,
    lectureTitle: types.includes('党课') ? '学习党章' : null,
    attendance: people.map((memberId) =>
      statuses[memberId] ? { memberId, status: statuses[memberId][0], reason: statuses[memberId][1] } : { memberId, status: '出席' },
    ),
    ...extra,
  });

describe('who is expected', () => {
  it('follows joins, transfers and deaths by date', () => {
    const { ledger, tree, ids } = community();
    changeMemberStatus(ledger, ids.c, { change: '转出', occurredOn: '2026-06-30', place: '外区', letterNo: null, reason: null, extendedTo: null }, TODAY);
    changeMemberStatus(ledger, ids.b, { change: '死亡', occurredOn: '2026-04-15', place: null, letterNo: null, reason: null, extendedTo: null }, TODAY);
    const at = (date: string) =>
      expectedAttendees(ledger, tree.branchA.id, ['支部党员大会'], date)
        .map((p) => p.name)
        .sort();
    expect(at('2026-02-15')).toEqual(['丙', '乙', '甲'].sort()); // 丁 joined 2026-03-01
    expect(at('2026-05-10')).toEqual(['丁', '丙', '甲'].sort()); // 乙 died in April
    expect(at('2026-07-10')).toEqual(['丁', '甲'].sort()); // 丙 transferred out in June
  });

  it('a 党小组会 expects the group; a 支委会 the committee in office that day', () => {
    const { ledger, tree, ids } = community();
    expect(
      expectedAttendees(ledger, tree.group.id, ['党小组会'], '2026-05-01')
        .map((p) => p.name)
        .sort(),
    ).toEqual(['乙', '甲'].sort());
    addCommitteeMember(ledger, { orgId: tree.branchA.id, memberId: ids.a, name: '甲', role: '书记', startOn: '2025-01-01', note: null });
    addCommitteeMember(ledger, { orgId: tree.branchA.id, memberId: ids.c, name: '丙', role: '组织委员', startOn: '2026-06-01', note: null });
    expect(expectedAttendees(ledger, tree.branchA.id, ['支部委员会'], '2026-05-01').map((p) => p.name)).toEqual(['甲']);
    expect(
      expectedAttendees(ledger, tree.branchA.id, ['支部委员会'], '2026-07-01')
        .map((p) => p.name)
        .sort(),
    ).toEqual(['丙', '甲'].sort());
  });
});

describe('saving meetings', () => {
  it('stores types and attendance, and computes 应到, 实到 and 出勤率', () => {
    const { ledger, tree, ids } = community();
    const id = saveMeeting(
      ledger,
      meeting(
        tree.branchA.id,
        '2026-05-10',
        ['主题党日', '党课'],
        [ids.a, ids.b, ids.c, ids.d],
        {},
        { [ids.b]: ['请假', '出差'], [ids.c]: ['缺席', '未说明'] },
      ),
      TODAY,
    );
    const m = getMeeting(ledger, id);
    expect(m.types).toEqual(['主题党日', '党课']);
    expect([m.expected, m.present, m.rate]).toEqual([4, 2, 0.5]);
    expect(m.attendance.map((a) => [a.name, a.status, a.reason])).toEqual([
      ['甲', '出席', null],
      ['丁', '出席', null],
      ['乙', '请假', '出差'],
      ['丙', '缺席', '未说明'],
    ]);
    expect(memberAttendance(ledger, ids.b, 2026)).toMatchObject({ expected: 1, present: 0, rate: 0 });
  });

  it('refuses an incomplete or foreign attendance list and changes nothing', () => {
    const { ledger, tree, ids } = community();
    const stranger = createMember(ledger, memberInput(tree.branchB.id, { name: '外支部' }), null, TODAY).id;
    const before = snapshot(ledger);
    expect(refused(() => saveMeeting(ledger, meeting(tree.branchA.id, '2026-05-10', ['主题党日'], [ids.a, ids.b]), TODAY)).message).toContain(
      '还有 2 人未登记',
    );
    expect(refused(() => saveMeeting(ledger, meeting(tree.branchA.id, '2026-05-10', ['主题党日'], [ids.a, ids.b, ids.c, ids.d, stranger]), TODAY)).field).toBe(
      'attendance',
    );
    expect(refused(() => saveMeeting(ledger, meeting(tree.root.id, '2026-05-10', ['党小组会'], []), TODAY)).field).toBe('orgId');
    expect(refused(() => saveMeeting(ledger, meeting(tree.branchA.id, '2026-12-01', ['主题党日'], [ids.a, ids.b, ids.c, ids.d]), TODAY)).field).toBe('heldOn');
    expect(snapshot(ledger)).toEqual(before);
  });

  it('edits replace types and attendance; voiding keeps the record with its attendance', () => {
    const { ledger, tree, ids } = community();
    const all = [ids.a, ids.b, ids.c, ids.d];
    const id = saveMeeting(ledger, meeting(tree.branchA.id, '2026-05-10', ['主题党日'], all), TODAY);
    saveMeeting(ledger, { ...meeting(tree.branchA.id, '2026-05-10', ['支部党员大会'], all, {}, { [ids.a]: ['请假', '病假'] }), id }, TODAY);
    expect(getMeeting(ledger, id)).toMatchObject({ types: ['支部党员大会'], present: 3 });
    // Voided, not deleted: the record and its attendance stay.
    voidMeeting(ledger, id, '重复录入');
    expect(ledger.sqlite.prepare('SELECT count(*) AS n FROM attendance').get()).toEqual({ n: 4 });
    expect(getMeeting(ledger, id)).toMatchObject({ voidReason: '重复录入', present: 3 });
  });

  it('warns when a 党员大会 lacks more than half of the 正式党员, and an election four fifths', () => {
    const { ledger, tree, ids } = community();
    const all = [ids.a, ids.b, ids.c, ids.d];
    // 正式党员 due: 甲乙丙 (丁 is 预备). Two of three present: a quorum, but not four fifths.
    const ok = saveMeeting(ledger, meeting(tree.branchA.id, '2026-05-10', ['支部党员大会'], all, { isElection: true }, { [ids.c]: ['请假', '外出'] }), TODAY);
    expect(getMeeting(ledger, ok).warnings).toEqual([expect.stringContaining('未超过应到 3 人的五分之四')]);
    const thin = saveMeeting(
      ledger,
      meeting(tree.branchA.id, '2026-06-10', ['支部党员大会'], all, {}, { [ids.b]: ['请假', '外出'], [ids.c]: ['缺席', '未说明'] }),
      TODAY,
    );
    expect(getMeeting(ledger, thin).warnings).toEqual([expect.stringContaining('未超过应到正式党员 3 人的半数')]);
  });

  it('counts as voters the 正式党员 of the meeting day: 8 of 10 cannot elect, 9 of 10 can', () => {
    const ledger = memoryLedger();
    const tree = basicTree(ledger);
    const add = (name: string, extra: Parameters<typeof memberInput>[1] = {}) =>
      createMember(ledger, memberInput(tree.branchA.id, { name, ...extra }), null, TODAY).id;
    const full = Array.from({ length: 10 }, (_, i) => add(`正式${i}`));
    // 正式 today, but still 预备 on the day of the meeting: attends without a vote.
    const since = add('新转正', { joinedOn: '2025-06-01', fullMemberOn: '2026-06-01' });
    const people = [...full, since];
    const election = (heldOn: string, away: number[]) =>
      getMeeting(
        ledger,
        saveMeeting(
          ledger,
          meeting(tree.branchA.id, heldOn, ['支部党员大会'], people, { isElection: true }, Object.fromEntries(away.map((id) => [id, ['缺席', '外出']]))),
          TODAY,
        ),
      );
    const eight = election('2026-05-10', [full[0], full[1]]);
    expect(eight.warnings).toEqual([expect.stringContaining('到会有选举权的党员 8 人，未超过应到 10 人的五分之四')]);
    expect(election('2026-05-11', [full[0]]).warnings).toEqual([]);
    // After 转正 the same member votes: the same two away leave 9 of 11, more than four fifths (8.8).
    expect(election('2026-07-10', [full[0], full[1]]).warnings).toEqual([]);
    expect(election('2026-07-11', [full[0], full[1], full[2]]).warnings).toEqual([
      expect.stringContaining('到会有选举权的党员 8 人，未超过应到 11 人的五分之四'),
    ]);
  });
});

describe('compliance', () => {
  it('counts a multi-type meeting once per type, shows missing months, make-ups and exemptions', () => {
    const { ledger, tree, ids } = community();
    const all = [ids.a, ids.b, ids.c, ids.d];
    const group = [ids.a, ids.b];
    saveMeeting(ledger, meeting(tree.branchA.id, '2026-01-15', ['主题党日', '党课'], [ids.a, ids.b, ids.c]), TODAY); // 丁 joins in March
    saveMeeting(ledger, meeting(tree.branchA.id, '2026-03-20', ['主题党日', '支部党员大会'], all), TODAY);
    saveMeeting(ledger, meeting(tree.branchA.id, '2026-04-02', ['主题党日'], all, { makeUpFor: '2026-02' }), TODAY);
    saveMeeting(ledger, meeting(tree.group.id, '2026-01-10', ['党小组会'], group), TODAY);
    addExemption(ledger, { orgId: tree.branchA.id, type: '支部委员会', year: 2026, reason: '党员不足7人，不设支委会' });

    const matrix = complianceMatrix(ledger, 2026, TODAY);
    const row = (orgId: number, type: string) => matrix.rows.find((r) => r.orgId === orgId && r.type === type)!;
    const themeDays = row(tree.branchA.id, '主题党日').cells.map((c) => c.status);
    // April's meeting made up February, so April itself is still missing.
    expect(themeDays).toEqual(['held', 'makeUp', 'held', ...Array(7).fill('missing'), 'due', 'notYet']);
    expect(row(tree.branchA.id, '党课').cells.map((c) => c.status)).toEqual(['held', 'missing', 'missing', 'due']);
    expect(row(tree.branchA.id, '支部党员大会').cells.map((c) => c.status)).toEqual(['held', 'missing', 'missing', 'due']);
    expect(row(tree.branchA.id, '支部委员会')).toMatchObject({ exemptReason: '党员不足7人，不设支委会', required: 0 });
    expect(row(tree.branchA.id, '支部委员会').cells.every((c) => c.status === 'exempt')).toBe(true);
    expect(
      row(tree.group.id, '党小组会')
        .cells.slice(0, 2)
        .map((c) => c.status),
    ).toEqual(['held', 'missing']);
    expect(row(tree.branchA.id, '组织生活会').cells.map((c) => c.status)).toEqual(['due']);
    // 党小组会 applies to groups only; branch types to branches only.
    expect(matrix.rows.some((r) => r.orgId === tree.group.id && r.type === '主题党日')).toBe(false);
    expect(matrix.rows.some((r) => r.orgId === tree.root.id)).toBe(false);
  });

  // 《中国共产党支部工作条例（试行）》第九条: 正式党员7人以上的党支部设立支部委员会.
  it('asks a 支委会 only of a branch with 7 or more 正式党员 on the period’s first day, with no exemption entered', () => {
    const ledger = memoryLedger();
    const tree = basicTree(ledger);
    const add = (name: string, extra: Parameters<typeof memberInput>[1] = {}) =>
      createMember(ledger, memberInput(tree.branchB.id, { name, ...extra }), null, TODAY).id;
    for (let i = 0; i < 6; i++) add(`正式${i}`);
    // Two 预备党员 do not count; the second is 正式 from 2026-06-15, the branch's seventh.
    add('预备', { category: '预备党员', joinedOn: '2026-02-01', fullMemberOn: null });
    add('七', { joinedOn: '2025-06-15', fullMemberOn: '2026-06-15' });
    const row = complianceMatrix(ledger, 2026, TODAY).rows.find((r) => r.orgId === tree.branchB.id && r.type === '支部委员会')!;
    const statuses = row.cells.map((c) => c.status);
    // Six 正式党员 on 1 January … 1 June: nothing owed. Seven from 1 July.
    expect(statuses).toEqual([...Array(6).fill('notRequired'), 'missing', 'missing', 'missing', 'missing', 'due', 'notYet']);
    expect(row.cells[5].note).toContain('正式党员6人，不足7人');
    expect(row.cells.slice(0, 6).every((c) => c.required === 0)).toBe(true);
    expect(row.exemptReason).toBeNull();
    // Four past months are owed (July–October); November is under way.
    expect(row.required).toBe(4);
    // A seventh 正式党员 from the start of the year makes every month owed.
    add('老党员');
    const all = complianceMatrix(ledger, 2026, TODAY).rows.find((r) => r.orgId === tree.branchB.id && r.type === '支部委员会')!;
    expect(all.cells.map((c) => c.status)).toEqual([...Array(10).fill('missing'), 'due', 'notYet']);
  });

  it('counts members who came by 转入 from the day they arrived', () => {
    const ledger = memoryLedger();
    const tree = basicTree(ledger);
    for (let i = 0; i < 5; i++) createMember(ledger, memberInput(tree.branchB.id, { name: `老${i}` }), null, TODAY);
    for (const name of ['转一', '转二'])
      createMember(ledger, memberInput(tree.branchB.id, { name }), { occurredOn: '2026-04-10', fromPlace: '外区', letterNo: null }, TODAY);
    const row = complianceMatrix(ledger, 2026, TODAY).rows.find((r) => r.orgId === tree.branchB.id && r.type === '支部委员会')!;
    expect(row.cells.map((c) => c.status)).toEqual([...Array(4).fill('notRequired'), ...Array(6).fill('missing'), 'due', 'notYet']);
    expect(row.cells[3].note).toContain('正式党员5人');
  });

  it('lets the 社区党委 record its own meetings, which count for no branch', () => {
    const { ledger, tree, ids } = community();
    const other = createMember(ledger, memberInput(tree.branchB.id, { name: '戊' }), null, TODAY).id;
    const everyone = [ids.a, ids.b, ids.c, ids.d, other];
    expect(
      expectedAttendees(ledger, tree.root.id, ['党课'], '2026-05-10')
        .map((p) => p.memberId)
        .sort(),
    ).toEqual([...everyone].sort());
    const id = saveMeeting(ledger, meeting(tree.root.id, '2026-05-10', ['党课'], everyone), TODAY);
    expect(getMeeting(ledger, id)).toMatchObject({ orgName: '幸福里社区党委', expected: 5, present: 5 });
    // Its own committee for a 党委会.
    addCommitteeMember(ledger, { orgId: tree.root.id, memberId: ids.a, name: '甲', role: '书记', startOn: '2025-01-01', note: null });
    expect(expectedAttendees(ledger, tree.root.id, ['支部委员会'], '2026-05-10').map((p) => p.name)).toEqual(['甲']);
    const matrix = complianceMatrix(ledger, 2026, TODAY);
    expect(matrix.rows.some((r) => r.orgId === tree.root.id)).toBe(false);
    expect(matrix.rows.find((r) => r.orgId === tree.branchA.id && r.type === '党课')!.cells[1].status).toBe('missing');
    expect(matrix.rows.find((r) => r.orgId === tree.branchB.id && r.type === '党课')!.cells[1].status).toBe('missing');
  });

  it('follows edited rules', () => {
    const { ledger, tree } = community();
    saveMeetingRules(ledger, [{ type: '党课', period: 'year', minCount: 2 }]);
    const row = complianceMatrix(ledger, 2026, TODAY).rows.find((r) => r.orgId === tree.branchA.id && r.type === '党课')!;
    expect(row.cells).toHaveLength(1);
    expect(row.rule).toMatchObject({ period: 'year', minCount: 2, basis: '本社区设置' });
  });
});

describe('home reminders for 三会一课', () => {
  it('lists overdue periods, newest first, and the ones open now', async () => {
    const { homeReminders } = await import('../../../db/reminders');
    const { ledger, tree, ids } = community();
    saveMeeting(ledger, meeting(tree.branchA.id, '2026-10-15', ['主题党日'], [ids.a, ids.b, ids.c, ids.d]), TODAY);
    const { meetings } = homeReminders(ledger, TODAY, { meetings: 1000, birthdays: 1000 });
    const themeDay = (list: typeof meetings.overdue) => list.filter((m) => m.orgId === tree.branchA.id && m.type === '主题党日').map((m) => m.period);
    expect(themeDay(meetings.overdue)).toEqual(['2026-09', '2026-08', '2026-07', '2026-06', '2026-05', '2026-04', '2026-03', '2026-02', '2026-01']);
    expect(themeDay(meetings.due)).toEqual(['2026-11']);
    expect(meetings.due.some((m) => m.orgId === tree.group.id && m.type === '党小组会')).toBe(true);
    // Months and quarters sort together by when they ended: 第2季度 (June) after 9月.
    const order = meetings.overdue.map((m) => m.period);
    expect(order.indexOf('2026-Q2')).toBeGreaterThan(order.lastIndexOf('2026-09'));
    expect(order.indexOf('2026-Q3')).toBeLessThan(order.indexOf('2026-08'));
    // 首页 gets the first few, newest first, and the totals.
    const shown = homeReminders(ledger, TODAY, { meetings: 3, birthdays: 3 }).meetings;
    expect(shown.overdue).toEqual(meetings.overdue.slice(0, 3));
    expect(shown.overdueTotal).toBe(meetings.overdue.length);
    expect(shown.dueTotal).toBe(meetings.due.length);
  });
});
