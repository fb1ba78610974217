// A closed year's forms come out the same, cell for cell, whatever changes later: the roster
// as of 12-31 and the year's 三会一课 statistics, exported before and after people move
// branch, change status, become 正式党员, change 社区分类, die, leave or arrive.
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { meetingInput } from '../../../api/schemas/meetings';
import type { MemberInput } from '../../../api/schemas/members';
import { expectedAttendees } from '../../../db/meetings/expected';
import { saveMeeting } from '../../../db/meetings/write';
import { changeMemberStatus } from '../../../db/members/status';
import { createMember, updateMember } from '../../../db/members/write';
import { saveSettings } from '../../../db/settings';
import { formOf, statusChange as change } from '../../support/memberForms';
import { basicTree, memberInput, memoryLedger, routerFor, TODAY } from '../../support/testLedger';

/** Every sheet's every cell value, its merges and its number formats. */
async function cells(file: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets.map((sheet) => {
    const values: unknown[] = [];
    sheet.eachRow({ includeEmpty: true }, (row, r) => row.eachCell({ includeEmpty: true }, (cell, c) => values.push([r, c, cell.value, cell.numFmt ?? null])));
    return { name: sheet.name, merges: sheet.model.merges, values };
  });
}

describe('a closed year’s forms', () => {
  it('are the same cell for cell before and after later changes to its people', async () => {
    const ledger = memoryLedger();
    const tree = basicTree(ledger);
    saveSettings(ledger, { communityName: '幸福里社区党委', streetName: null, preparer: '王芳', reviewer: '刘明', phone: '010-12345678', operator: null });
    const add = (name: string, branchId: number, extra: Partial<MemberInput> = {}) =>
      createMember(ledger, memberInput(branchId, { name, ...extra }), null, TODAY).id;
    const jia = add('甲', tree.branchA.id, { groupId: tree.group.id });
    const yi = add('乙', tree.branchA.id, { category: '预备党员', joinedOn: '2025-03-01', fullMemberOn: null, groupId: tree.group.id });
    const bing = add('丙', tree.branchA.id);
    const ding = add('丁', tree.branchB.id, { communityClass: '离退休' });
    const wu = add('戊', tree.branchB.id, { communityClass: '流动' });
    const ji = add('己', tree.branchB.id);
    // The year's organisational life, with 应到 as the app loads it on each day.
    const meet = (orgId: number, heldOn: string, types: string[]) =>
      saveMeeting(
        ledger,
        meetingInput.parse({
          orgId,
          heldOn,
          types,
          lectureTitle: types.includes('党课') ? '学习党章' : null,
          attendance: expectedAttendees(ledger, orgId, types as never, heldOn).map((p, i) =>
            i === 1 ? { memberId: p.memberId, status: '请假', reason: '出差' } : { memberId: p.memberId, status: '出席' },
          ),
        }),
        TODAY,
      );
    for (const month of ['01', '04', '07', '10']) {
      meet(tree.branchA.id, `2025-${month}-12`, ['支部党员大会', '党课', '主题党日']);
      meet(tree.branchB.id, `2025-${month}-15`, ['支部党员大会', '主题党日']);
    }
    for (const month of ['02', '03', '05', '06', '08', '09', '11', '12']) meet(tree.branchA.id, `2025-${month}-20`, ['主题党日']);
    meet(tree.group.id, '2025-06-06', ['党小组会']);
    meet(tree.branchA.id, '2025-12-28', ['组织生活会', '民主评议党员']);

    const { router, exportsDir } = routerFor(ledger, TODAY);
    const exportCells = async (name: string, input: object) => {
      const r = await router.handle(name, input);
      if (!r.ok) throw new Error(r.error.message);
      return cells(path.join(exportsDir, (r.value as { fileName: string }).fileName));
    };
    const forms = () =>
      Promise.all([
        exportCells('reports.roster', { asOf: '2025-12-31' }),
        exportCells('reports.roster', { asOf: '2025-12-31', branchId: tree.branchA.id }),
        exportCells('reports.roster', { asOf: '2025-12-31', branchId: tree.branchB.id }),
        exportCells('reports.meetingStats', { year: 2025 }),
        exportCells('reports.meetingStats', { year: 2025, scope: 'Q4' }),
      ]);
    const before = await forms();
    // The forms name who was there at the year's end, with their facts then.
    const roster = before[0][0].values.map((v) => (v as unknown[])[2]);
    expect(roster).toEqual(expect.arrayContaining(['甲', '乙', '丙', '丁', '戊', '己', '预备党员', '1号楼党小组']));

    // 2026: 甲 moves to 二支部 and leaves the 党小组; 乙 becomes 正式党员; 丙 is suspended;
    // 丁 is reclassified; 戊 dies; 己 transfers out; someone new arrives in 一支部.
    updateMember(ledger, jia, { ...formOf(ledger, jia), branchId: tree.branchB.id, groupId: null }, TODAY, '2026-02-01');
    changeMemberStatus(ledger, yi, change({ change: '转正', occurredOn: '2026-03-01', decidedOn: '2026-03-05', approvedOn: '2026-04-01' }), TODAY);
    changeMemberStatus(ledger, bing, change({ change: '停止党籍', occurredOn: '2026-04-01', reason: '连续六个月不参加组织生活' }), TODAY);
    updateMember(ledger, ding, { ...formOf(ledger, ding), communityClass: '直管' }, TODAY, '2026-05-01');
    changeMemberStatus(ledger, wu, change({ change: '死亡', occurredOn: '2026-06-01' }), TODAY);
    changeMemberStatus(ledger, ji, change({ change: '转出', occurredOn: '2026-07-01', place: '外区' }), TODAY);
    add('庚', tree.branchA.id, { joinedOn: '2026-01-05', category: '预备党员', fullMemberOn: null });
    meet(tree.branchA.id, '2026-03-12', ['支部党员大会', '主题党日']);

    const after = await forms();
    expect(after).toEqual(before);
    // …while today's roster has moved on.
    const today = await exportCells('reports.roster', { asOf: TODAY });
    expect(today).not.toEqual(await exportCells('reports.roster', { asOf: '2025-12-31' }));
  });
});
