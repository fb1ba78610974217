// Nothing is deleted: a meeting record is voided with a reason — kept, listed as 作废 and logged —
// and counted nowhere: compliance, attendance, points, 民主评议's rate, the forms.
import { describe, expect, it } from 'vitest';
import { complianceMatrix } from '../../../db/meetings/compliance';
import { attendanceByMeetingType, getMeeting, listMeetings, meetingIdsOfOrg, memberAttendance } from '../../../db/meetings/read';
import { voidMeeting } from '../../../db/meetings/write';
import { meetingInput } from '../../../api/schemas/meetings';
import { routerFor, TODAY } from '../../support/testLedger';
import { pointsCommunity } from '../points/pointsFixture';

describe('voiding a meeting record', () => {
  it('keeps it, shows it as 作废 with the reason, logs it, and takes it out of every count', async () => {
    const c = pointsCommunity();
    const { router } = routerFor(c.ledger, TODAY);
    const matrixBefore = complianceMatrix(c.ledger, 2026, TODAY);
    const kept = c.meeting('2026-03-05', ['主题党日']);
    const wrong = c.meeting('2026-04-05', ['主题党日', '党课'], { [c.li]: '缺席' });
    expect([c.total(c.zhang), c.total(c.li)]).toEqual([60 + 1 + 1 + 2, 60 + 1 - 2]);
    expect(memberAttendance(c.ledger, c.li, 2026)).toMatchObject({ expected: 2, present: 1 });

    expect(await router.handle('meetings.void', { id: wrong, reason: '  ' })).toMatchObject({ ok: false, error: { field: 'reason' } });
    const voided = await router.handle('meetings.void', { id: wrong, reason: '日期录错，已重新登记' });
    expect(voided).toMatchObject({ ok: true, value: { id: wrong, voidReason: '日期录错，已重新登记' } });
    // Logged like every write.
    expect(c.ledger.sqlite.prepare("SELECT call, target FROM audit_log WHERE call = 'meetings.void'").all()).toEqual([
      { call: 'meetings.void', target: `id=${wrong}` },
    ]);

    // Kept and listed as 作废, with its attendance.
    const listed = listMeetings(c.ledger, { year: 2026, orgId: null, type: null });
    expect(listed.map((m) => [m.id, m.voidReason])).toEqual(
      expect.arrayContaining([
        [kept, null],
        [wrong, '日期录错，已重新登记'],
      ]),
    );
    expect(getMeeting(c.ledger, wrong).attendance).toHaveLength(2);
    // Counted nowhere.
    expect([c.total(c.zhang), c.total(c.li)]).toEqual([61, 61]);
    expect(memberAttendance(c.ledger, c.li, 2026)).toMatchObject({ expected: 1, present: 1 });
    expect(meetingIdsOfOrg(c.ledger, c.tree.branchA.id, 2026)).toEqual([kept]);
    expect(attendanceByMeetingType(c.ledger, 2026).map((r) => r.heldOn)).toEqual(['2026-03-05']);
    expect(complianceMatrix(c.ledger, 2026, TODAY)).not.toEqual(matrixBefore);

    expect(await router.handle('reports.meetingRecord', { id: wrong })).toMatchObject({
      ok: false,
      error: { message: '该会议记录已作废（日期录错，已重新登记），不能导出为组织生活记录' },
    });
    expect(await router.handle('reports.meetingRecord', { id: kept })).toMatchObject({ ok: true });
    // Neither edited nor voided again.
    const edit = meetingInput.parse({
      id: wrong,
      orgId: c.tree.branchA.id,
      heldOn: '2026-04-06',
      types: ['主题党日'],
      attendance: [c.zhang, c.li].map((memberId) => ({ memberId, status: '出席' })),
    });
    expect(await router.handle('meetings.save', edit)).toMatchObject({ ok: false, error: { message: expect.stringContaining('已作废') } });
    expect(await router.handle('meetings.void', { id: wrong, reason: '再次' })).toMatchObject({ ok: false, error: { message: '该会议记录已作废' } });
  });

  it('a voided meeting does not fill a compliance cell', () => {
    const c = pointsCommunity();
    const empty = complianceMatrix(c.ledger, 2026, TODAY);
    const id = c.meeting('2026-03-05', ['主题党日']);
    expect(complianceMatrix(c.ledger, 2026, TODAY)).not.toEqual(empty);
    voidMeeting(c.ledger, id, '误录');
    expect(complianceMatrix(c.ledger, 2026, TODAY)).toEqual(empty);
  });
});
