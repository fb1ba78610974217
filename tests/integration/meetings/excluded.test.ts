// 不计应到: a person left out of one meeting's 应到 with a reason (shared/DOMAIN.md, 三会一课).
import { describe, expect, it } from 'vitest';
import type { AttendanceStatus, MeetingType } from '../../../api/meetingTypes';
import { meetingInput } from '../../../api/schemas/meetings';
import { createAppraisal } from '../../../db/appraisal';
import { attendanceByMeetingType, getMeeting, listMeetings, memberAttendance } from '../../../db/meetings/read';
import { saveMeeting } from '../../../db/meetings/write';
import { createMember } from '../../../db/members/write';
import { refused } from '../../support/refused';
import { basicTree, memberInput, memoryLedger, routerFor, snapshot, TODAY } from '../../support/testLedger';
import { pointsCommunity } from '../points/pointsFixture';

type Mark = [AttendanceStatus, string | null, boolean?];

function branch(names: string[]) {
  const ledger = memoryLedger();
  const tree = basicTree(ledger);
  const ids = names.map((name) => createMember(ledger, memberInput(tree.branchA.id, { name }), null, TODAY).id);
  const input = (heldOn: string, types: MeetingType[], marks: Record<number, Mark> = {}, extra: object = {}) =>
    meetingInput.parse({
      orgId: tree.branchA.id,
      heldOn,
      types,
      attendance: ids.map((memberId) => {
        const [status, reason, approvedByHigher] = marks[memberId] ?? ['出席', null];
        return { memberId, status, reason, approvedByHigher };
      }),
      ...extra,
    });
  const save = (...args: Parameters<typeof input>) => saveMeeting(ledger, input(...args), TODAY);
  return { ledger, tree, ids, input, save };
}

describe('不计应到', () => {
  it('leaves the person out of 应到 and 实到: the detail, the list, the statistics and the member’s own year agree', () => {
    const { ledger, ids, save } = branch(['甲', '乙', '丙', '丁']);
    const [, yi, bing] = ids;
    const id = save('2026-05-10', ['主题党日'], { [yi]: ['不计应到', '重病住院'], [bing]: ['缺席', '未说明'] });
    const m = getMeeting(ledger, id);
    expect([m.expected, m.present, m.rate]).toEqual([3, 2, 2 / 3]);
    expect(m.attendance.map((a) => [a.name, a.status, a.reason, a.approvedByHigher])).toEqual([
      ['甲', '出席', null, false],
      ['丁', '出席', null, false],
      ['丙', '缺席', '未说明', false],
      ['乙', '不计应到', '重病住院', false],
    ]);
    expect(listMeetings(ledger, { year: 2026, orgId: null, type: null })[0]).toMatchObject({ expected: 3, present: 2, rate: 2 / 3 });
    expect(attendanceByMeetingType(ledger, 2026)).toEqual([expect.objectContaining({ type: '主题党日', expected: 3, present: 2 })]);
    // 乙's year: the meeting is listed, but it is not one 乙 was expected at.
    const own = memberAttendance(ledger, yi, 2026);
    expect(own).toMatchObject({ expected: 0, present: 0, rate: null });
    expect(own.rows.map((r) => [r.status, r.reason])).toEqual([['不计应到', '重病住院']]);
    expect(memberAttendance(ledger, bing, 2026)).toMatchObject({ expected: 1, present: 0, rate: 0 });
  });

  it('needs a reason, and the refusal names the person; nothing is written', async () => {
    const { ledger, ids, input } = branch(['甲', '乙', '丙']);
    const before = snapshot(ledger);
    const error = refused(() => saveMeeting(ledger, input('2026-05-10', ['主题党日'], { [ids[1]]: ['不计应到', null] }), TODAY));
    expect(error.message).toBe('乙不计入应到人数，请填写原因（如重病、长期外出务工、出国半年以上）');
    expect(error.field).toBe('attendance');
    // The same through the call the page makes, with a blank reason.
    const { router } = routerFor(ledger);
    const sent = input('2026-05-10', ['主题党日'], { [ids[2]]: ['不计应到', '   '] });
    const result = await router.handle('meetings.save', { ...sent, id: null });
    expect(result).toMatchObject({ ok: false, error: { message: expect.stringContaining('丙不计入应到人数') } });
    expect(snapshot(ledger)).toEqual(before);
  });

  it('takes an excluded 正式党员 out of the half a 党员大会 needs', () => {
    const names = Array.from({ length: 10 }, (_, i) => `正式${i}`);
    const { ledger, ids, save } = branch(names);
    const away = (status: AttendanceStatus, from: number, to: number) => Object.fromEntries(ids.slice(from, to).map((id) => [id, [status, '外出'] as Mark]));
    // 5 present, 3 absent: 5 of 10 is not more than half…
    const absent = save('2026-05-10', ['支部党员大会'], { ...away('缺席', 0, 5) });
    expect(getMeeting(ledger, absent).warnings).toEqual([expect.stringContaining('到会正式党员 5 人，未超过应到正式党员 10 人的半数')]);
    // …but with two of the five left out of 应到 (long-term work elsewhere) it is 5 of 8.
    const excluded = save('2026-05-11', ['支部党员大会'], { ...away('缺席', 0, 3), ...away('不计应到', 3, 5) });
    expect(getMeeting(ledger, excluded)).toMatchObject({ expected: 8, present: 5, warnings: [] });
  });

  it('at an election, leaves a person out only with the 上级党组织’s recorded consent', () => {
    const names = Array.from({ length: 10 }, (_, i) => `正式${i}`);
    const { ledger, ids, save } = branch(names);
    const abroad = (approved: boolean) => ({
      [ids[0]]: ['不计应到', '出国半年以上', approved] as Mark,
      [ids[1]]: ['不计应到', '长期外出务工', approved] as Mark,
    });
    // Without consent the two still count for the election: 8 of 10 is not more than four fifths.
    const unapproved = getMeeting(ledger, save('2026-05-10', ['支部党员大会'], abroad(false), { isElection: true }));
    expect(unapproved.expected).toBe(8);
    expect(unapproved.warnings).toEqual([
      '正式0、正式1不计应到未记录上级党组织同意：选举时仍计入应到人数；经同意后请在出勤情况中勾选“已经上级党组织同意”',
      '到会有选举权的党员 8 人，未超过应到 10 人的五分之四，不能进行选举',
    ]);
    // With consent: 8 of 8.
    const approvedId = save('2026-05-11', ['支部党员大会'], abroad(true), { isElection: true });
    const approved = getMeeting(ledger, approvedId);
    expect(approved.warnings).toEqual([]);
    expect(approved.attendance.filter((a) => a.status === '不计应到').map((a) => [a.name, a.reason, a.approvedByHigher])).toEqual([
      ['正式0', '出国半年以上', true],
      ['正式1', '长期外出务工', true],
    ]);
    // The consent has its own column; the reason stays as the user wrote it.
    const stored = ledger.sqlite
      .prepare('SELECT reason, higher_approved AS approved FROM attendance WHERE meeting_id = ? AND member_id = ?')
      .get(approvedId, ids[0]);
    expect(stored).toEqual({ reason: '出国半年以上', approved: 1 });
    // Consent means nothing beside another status, and is not stored there.
    const leaveId = save('2026-05-12', ['支部党员大会'], { [ids[0]]: ['请假', '出差', true] });
    const leave = getMeeting(ledger, leaveId);
    expect(ledger.sqlite.prepare('SELECT higher_approved AS approved FROM attendance WHERE meeting_id = ? AND member_id = ?').get(leaveId, ids[0])).toEqual({
      approved: 0,
    });
    expect(leave.attendance.find((a) => a.name === '正式0')).toMatchObject({ status: '请假', reason: '出差', approvedByHigher: false });
  });

  it('costs no points: marking an absence as 不计应到 withdraws its deduction', () => {
    const c = pointsCommunity();
    const id = c.meeting('2026-03-05', ['主题党日'], { [c.li]: '缺席' });
    expect(c.total(c.li)).toBe(60 - 2);
    c.meeting('2026-03-05', ['主题党日'], { [c.li]: '不计应到' }, id);
    expect(c.total(c.li)).toBe(60);
    expect(c.total(c.zhang)).toBe(60 + 1);
  });

  it('leaves the meeting out of the 出勤率 民主评议 shows', () => {
    const c = pointsCommunity();
    c.meeting('2026-03-05', ['主题党日'], { [c.li]: '不计应到' });
    c.meeting('2026-04-05', ['主题党日'], { [c.li]: '缺席' });
    c.meeting('2026-05-05', ['主题党日']);
    const rows = new Map(
      createAppraisal(c.ledger, { year: 2026, orgId: c.tree.branchA.id, heldOn: '2026-12-20' }).rows.map((r) => [r.memberId, r.attendanceRate]),
    );
    expect(rows.get(c.li)).toBe(1 / 2);
    expect(rows.get(c.zhang)).toBe(1);
  });
});
