// 发展党员情况统计表's 本年接收预备党员 is the 党内统计's 发展党员 (issue 29): an admission
// recorded on the roster alone (no 发展 file) counts under the branch the member joined, beside one
// admitted through a file; a 转入 and last year's admission do not. 现有预备党员 and 本年转正 are the
// 年报's too (roster, files or none). Read back cell by cell.
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { CensusReport } from '../../../api/schemas/census';
import { censusReport } from '../../../db/census/report';
import { createMember } from '../../../db/members/write';
import { saveSettings } from '../../../db/settings';
import { basicTree, makeId, memberInput, memoryLedger, routerFor } from '../../support/testLedger';

const TODAY = '2026-11-24';
const figures = (report: CensusReport, table: string) => Object.fromEntries(report.tables.find((t) => t.key === table)!.rows.map((r) => [r.key, r.value]));

describe('发展党员情况统计表: one list of 发展党员', () => {
  it('a roster-only admission counts in its branch; the 合计 equals the 年报 and the 发展计划', async () => {
    const ledger = memoryLedger();
    const tree = basicTree(ledger);
    saveSettings(ledger, { communityName: '幸福里社区党委', streetName: null, preparer: '王芳', reviewer: '刘明', phone: '010-12345678', operator: null });
    const members = ['赵一', '钱二', '孙三', '李四', '周五'].map((name) => createMember(ledger, memberInput(tree.branchA.id, { name }), null, TODAY).id);
    // 直录: admitted on 2026-04-10 into 第二网格, typed on the roster with no 发展 file.
    createMember(ledger, memberInput(tree.branchB.id, { name: '直录', joinedOn: '2026-04-10', fullMemberOn: null, category: '预备党员' }), null, TODAY);
    // Neither a 2025 admission nor a 2026 转入 is a 2026 发展党员.
    const lastYear = createMember(
      ledger,
      memberInput(tree.branchB.id, { name: '去年', joinedOn: '2025-10-10', fullMemberOn: null, category: '预备党员' }),
      null,
      TODAY,
    ).id;
    createMember(
      ledger,
      memberInput(tree.branchB.id, { name: '转来', joinedOn: '2026-02-01', fullMemberOn: null, category: '预备党员' }),
      { occurredOn: '2026-05-01', fromPlace: '外区', letterNo: null },
      TODAY,
    );
    const ctx = routerFor(ledger, TODAY);
    const { call } = ctx;
    await call('development.savePlan', { year: 2026, orgId: tree.branchB.id, quota: 2, note: null });
    // 丙 (第一网格) through the file: 支部大会 2026-01-20, approved 2026-03-01.
    const bing = (
      await call('development.create', {
        name: '丙',
        gender: '女',
        ethnicity: '汉族',
        birthDate: '1998-03-03',
        idNumber: makeId('1998-03-03', '女'),
        education: '大学本科',
        workUnit: '幸福里小学',
        phone: null,
        orgId: tree.branchA.id,
        note: null,
      })
    ).person.id;
    const record = (stepCode: string, doneOn: string, extra: object = {}) =>
      call('development.record', { personId: bing, stepCode, doneOn, memberIds: [], ...extra });
    await record('apply', '2024-03-01');
    await record('talk', '2024-03-20', { memberIds: [members[2]] });
    await record('activist', '2024-06-01');
    await record('mentors', '2024-06-01', { memberIds: [members[0], members[1]] });
    await record('candidate', '2025-06-01');
    await record('sponsors', '2025-06-05', { memberIds: [members[2], members[3]] });
    await record('politicalReview', '2025-06-10');
    await record('training', '2025-06-15', { endOn: '2025-06-17', hours: 24 });
    await record('publicity', '2026-01-05', { endOn: '2026-01-09' });
    await record('preReview', '2026-01-12');
    await record('volunteerForm', '2026-01-15', { docNo: 'ZYS-2026-001' });
    await record('branchMeeting', '2026-01-20', { vote: { dueFull: 5, dueVoting: 5, presentVoting: 5, inFavour: 5, against: 0, abstain: 0 } });
    await record('higherTalk', '2026-02-10', { memberIds: [members[2]] });
    await record('approve', '2026-03-01');

    // 去年 becomes a 正式党员 on the roster (预备期满 2026-10-10, 审批 10-20): the year's one 转正, no file.
    await call('members.changeStatus', { id: lastYear, change: '转正', occurredOn: '2026-10-10', decidedOn: '2026-10-12', approvedOn: '2026-10-20' });
    const { fileName } = await call('reports.devStats', { year: 2026 });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(ctx.exportsDir, fileName));
    const sheet = wb.worksheets[0]!;
    const rows: unknown[][] = [];
    for (let r = 4; r <= sheet.rowCount; r++) rows.push((sheet.getRow(r).values as unknown[]).slice(1));
    // 序号, 党组织, 现有 申请人/积极分子/发展对象/预备党员, 本年 申请/积极分子/发展对象, 名额, 本年接收预备党员, 完成率, 本年转正, 本年退出.
    expect(rows.slice(0, 3)).toEqual([
      // 现有预备党员 are the roster's: 直录 and 转来 in 第二网格 (neither has a file), 丙 in 第一网格;
      // 本年转正 is 去年's, recorded on the roster only.
      [1, '第二网格党支部', 0, 0, 0, 2, 0, 0, 0, 2, 1, '50.0%', 1, 0],
      [2, '第一网格党支部', 0, 0, 0, 1, 0, 0, 0, undefined, 1, undefined, 0, 0],
      [undefined, '合计', 0, 0, 0, 3, 0, 0, 0, 2, 2, '100.0%', 1, 0],
    ]);
    expect(rows.some((r) => String(r[0]).includes('只在花名册登记'))).toBe(true);
    // The same 2 as the 年报's 发展党员 (增减 and 发展党员工作) and the 发展计划's 完成.
    const report = censusReport(ledger, 2026, TODAY);
    expect([figures(report, 'changes')['in:developed'], figures(report, 'pipeline').admitted]).toEqual([2, 2]);
    expect((await call('development.plan', { year: 2026 })).counts.admitted).toBe(2);
    // 现有预备党员 and 本年转正 are the 年报's.
    expect([figures(report, 'total').probationary, figures(report, 'probation').regular]).toEqual([3, 1]);
  });
});
