// 三会一课 forms are counted by the facts of the meeting's day (issue 23): a member who moves
// branch, becomes 正式党员 or whose 入党日期 is corrected after a meeting does not move that
// meeting's 应到, 实到, voters or the year's statistics, cell for cell.
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { meetingInput } from '../../../api/schemas/meetings';
import { expectedAttendees } from '../../../db/meetings/expected';
import { getMeeting } from '../../../db/meetings/read';
import { saveMeeting } from '../../../db/meetings/write';
import { correctFactDate } from '../../../db/members/correct';
import { changeMemberStatus } from '../../../db/members/status';
import { createMember, updateMember } from '../../../db/members/write';
import { saveSettings } from '../../../db/settings';
import { formOf, statusChange } from '../../support/memberForms';
import { basicTree, memberInput, memoryLedger, routerFor, TODAY } from '../../support/testLedger';

async function cells(file: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets.map((sheet) => {
    const values: unknown[] = [];
    sheet.eachRow({ includeEmpty: true }, (row, r) => row.eachCell({ includeEmpty: true }, (cell, c) => values.push([r, c, cell.value])));
    return { name: sheet.name, values };
  });
}

describe('三会一课 forms as of the meeting’s day', () => {
  it('keep their cells when members move branch, 转正 or have 入党日期 corrected after the meeting', async () => {
    const ledger = memoryLedger();
    const tree = basicTree(ledger);
    saveSettings(ledger, { communityName: '幸福里社区党委', streetName: null, preparer: '王芳', reviewer: '刘明', phone: '010-12345678', operator: null });
    const add = (name: string, branchId: number, extra = {}) => createMember(ledger, memberInput(branchId, { name, ...extra }), null, TODAY).id;
    const mover = add('甲', tree.branchA.id);
    const probationer = add('乙', tree.branchA.id, { category: '预备党员', joinedOn: '2025-06-01', fullMemberOn: null });
    const late = add('丙', tree.branchA.id, { joinedOn: '2026-02-01', fullMemberOn: null, category: '预备党员' });
    add('丁', tree.branchA.id);
    add('戊', tree.branchB.id);
    const meet = (orgId: number, heldOn: string, types: string[]) =>
      saveMeeting(
        ledger,
        meetingInput.parse({
          orgId,
          heldOn,
          types,
          attendance: expectedAttendees(ledger, orgId, types as never, heldOn).map((p) => ({ memberId: p.memberId, status: '出席' })),
        }),
        TODAY,
      );
    const meetingA = meet(tree.branchA.id, '2026-03-12', ['支部党员大会', '主题党日']);
    meet(tree.branchB.id, '2026-03-15', ['支部党员大会']);
    const record = getMeeting(ledger, meetingA);
    expect(record.expected).toBe(4);
    // 甲, 丁 vote; 乙 and 丙 are 预备党员 that day.
    expect(
      record.attendance
        .filter((a) => a.category === '正式党员')
        .map((a) => a.name)
        .sort(),
    ).toEqual(['丁', '甲']);

    const { router, exportsDir } = routerFor(ledger, TODAY);
    const exportCells = async (name: string, input: object) => {
      const r = await router.handle(name, input);
      if (!r.ok) throw new Error(r.error.message);
      return cells(path.join(exportsDir, (r.value as { fileName: string }).fileName));
    };
    const forms = () =>
      Promise.all([
        exportCells('reports.meetingStats', { year: 2026 }),
        exportCells('reports.meetingStats', { year: 2026, scope: 'Q1' }),
        exportCells('reports.meetingRecord', { id: meetingA }),
        exportCells('reports.meetingBook', { orgId: tree.branchA.id, year: 2026 }),
        exportCells('reports.meetingBook', { orgId: tree.branchB.id, year: 2026 }),
      ]);
    const before = await forms();

    // After the meeting: 甲 moves to 二支部, 乙 becomes 正式党员, 丙's 入党日期 is corrected to
    // after the meeting (so on its day 丙 held no 人员类别 and had no vote either way).
    updateMember(ledger, mover, { ...formOf(ledger, mover), branchId: tree.branchB.id, groupId: null }, TODAY, '2026-04-01');
    changeMemberStatus(
      ledger,
      probationer,
      statusChange({ change: '转正', occurredOn: '2026-06-01', decidedOn: '2026-06-05', approvedOn: '2026-07-01' }),
      TODAY,
    );
    const first = ledger.sqlite.prepare("SELECT id FROM member_facts WHERE member_id = ? AND fact = 'branch'").pluck().get(late) as number;
    correctFactDate(ledger, late, first, '2026-03-20', '以支部大会决议日期为准', TODAY);

    const after = await forms();
    expect(after).toEqual(before);
    expect(
      getMeeting(ledger, meetingA)
        .attendance.filter((a) => a.category === '正式党员')
        .map((a) => a.name)
        .sort(),
    ).toEqual(['丁', '甲']);
  });
});
