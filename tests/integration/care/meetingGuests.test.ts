// 流入党员 listed at a meeting as guests: named in the record, never in 应到, 实到 or 出勤率
// (the meeting, its list, the 统计表's rates and a member's year read attendance alone).
import { describe, expect, it } from 'vitest';
import { attendanceByMeetingType, getMeeting, listMeetings } from '../../../db/meetings/read';
import { recordLines } from '../../../excel/forms/meetingRecord';
import { careLedger } from './careFixture';

describe('流入 guests at a meeting', () => {
  it('are listed and saved with the meeting, outside 应到 and 实到', async () => {
    const { ledger, tree, add, call, refusal } = careLedger();
    const a = add('本支部甲');
    const b = add('本支部乙');
    const guest = await call('care.saveFlowIn', {
      name: '流入丁',
      gender: '女',
      fromPlace: '河南省周口市',
      homeOrg: '周口市某村党支部',
      orgId: tree.branchA.id,
      arrivedOn: '2026-03-01',
    });
    const late = await call('care.saveFlowIn', {
      name: '流入戊',
      gender: '男',
      fromPlace: '安徽省阜阳市',
      homeOrg: '阜阳市某社区党支部',
      orgId: tree.branchA.id,
      arrivedOn: '2026-06-01',
    });
    const input = {
      orgId: tree.branchA.id,
      types: ['主题党日' as const],
      heldOn: '2026-05-10',
      attendance: [
        { memberId: a, status: '出席' as const },
        { memberId: b, status: '缺席' as const, reason: '外出' },
      ],
      guests: [guest.id],
    };
    const saved = await call('meetings.save', input);
    expect(saved).toMatchObject({ expected: 2, present: 1, rate: 0.5 });
    expect(saved.guests).toEqual([{ flowInId: guest.id, name: '流入丁', homeOrg: '周口市某村党支部' }]);
    expect(listMeetings(ledger, { year: 2026, orgId: null, type: null })[0]).toMatchObject({ expected: 2, present: 1 });
    expect(attendanceByMeetingType(ledger, 2026)[0]).toMatchObject({ expected: 2, present: 1 });
    expect((await call('members.attendance', { id: a, year: 2026 })).expected).toBe(1);
    expect(recordLines(getMeeting(ledger, saved.id))).toEqual(
      expect.arrayContaining([
        ['应到人数', '2'],
        ['参加活动的流入党员', '流入丁（组织关系在周口市某村党支部）'],
      ]),
    );
    expect((await call('care.flowIns', {})).find((f) => f.id === guest.id)?.meetings).toBe(1);
    // Someone who arrived after the meeting's day cannot have been there.
    const refusedLate = await refusal('meetings.save', { ...input, id: saved.id, guests: [guest.id, late.id] });
    expect(refusedLate).toMatchObject({ field: 'guests' });
    expect(refusedLate.message).toContain('流入戊');
    // Saving again without them takes them off.
    expect((await call('meetings.save', { ...input, id: saved.id, guests: [] })).guests).toEqual([]);
  });
});
