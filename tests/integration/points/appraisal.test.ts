import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { createAppraisal, saveAppraisalEntry } from '../../../db/appraisal';
import { createMember } from '../../../db/members/write';
import type { AppraisalEntryInput } from '../../../api/schemas/points';
import { refused } from '../../support/refused';
import { memberInput, routerFor, TODAY } from '../../support/testLedger';
import { pointsCommunity } from './pointsFixture';

const blank = { absentReason: null, selfResult: null, peerResult: null, ratingResult: null, grade: null, reason: null, disposal: null, disposalNote: null };

function batch() {
  const c = pointsCommunity();
  c.meeting('2026-03-05', ['主题党日'], { [c.li]: '缺席' });
  c.meeting('2026-04-05', ['主题党日'], { [c.li]: '缺席' });
  c.activity('2026-04-01', [[c.zhang, 2]]);
  const appraisal = createAppraisal(c.ledger, { year: 2026, orgId: c.tree.branchA.id, heldOn: '2026-12-20' });
  const save = (memberId: number, fields: Partial<AppraisalEntryInput>) => saveAppraisalEntry(c.ledger, { ...blank, appraisalId: appraisal.id, memberId, ...fields });
  return { ...c, appraisal, save };
}

describe('民主评议党员', () => {
  it('prepares each member of the branch with the year’s attendance, points, star, activities and a suggestion', () => {
    const { appraisal, zhang, li, wang } = batch();
    const rows = new Map(appraisal.rows.map((r) => [r.memberId, r]));
    expect(rows.has(wang)).toBe(false);
    expect(rows.get(zhang)).toMatchObject({ attendanceRate: 1, points: 63, stars: 2, activities: 1, suggested: '合格' });
    expect(rows.get(li)).toMatchObject({ attendanceRate: 0, points: 56, stars: 1, activities: 0, suggested: '基本合格' });
  });

  it('asks for a reason when the grade departs from the suggestion, and a 处置 for 不合格', () => {
    const { save, li, zhang } = batch();
    expect(refused(() => save(zhang, { grade: '优秀' })).field).toBe('reason');
    expect(refused(() => save(li, { grade: '不合格', reason: '长期不参加组织生活' })).field).toBe('disposal');
    expect(refused(() => save(li, { absentReason: '外出务工', grade: '合格' })).field).toBe('grade');
    const after = save(li, { grade: '不合格', reason: '长期不参加组织生活', disposal: '限期改正', disposalNote: '三个月内改正' });
    expect(after.counts).toMatchObject({ appraised: 2, 不合格: 1, ungraded: 1 });
  });

  it('warns when 优秀 exceeds one third of those appraised', () => {
    const c = batch();
    const first = c.save(c.zhang, { grade: '优秀', reason: '带头参加志愿服务' });
    expect(first.warning).toContain('三分之一');
    const after = c.save(c.li, { absentReason: '长期外出' });
    expect(after.warning).toContain('三分之一');
    const third = createMember(c.ledger, memberInput(c.tree.branchB.id, { name: '赵强' }), null, TODAY).id;
    const other = createAppraisal(c.ledger, { year: 2026, orgId: c.tree.branchB.id, heldOn: null });
    expect(other.rows.map((r) => r.memberId)).toContain(third);
    expect(other.warning).toBeNull();
    expect(() => createAppraisal(c.ledger, { year: 2026, orgId: c.tree.branchB.id, heldOn: null })).toThrow('已经建立');
  });

  it('exports the 汇总表 per branch and the per-member grades', async () => {
    const c = batch();
    c.save(c.zhang, { grade: '合格', ratingResult: '合格 12 票' });
    c.save(c.li, { grade: '不合格', reason: '长期不参加组织生活', disposal: '限期改正' });
    const { router, exportsDir } = routerFor(c.ledger);
    const result = await router.handle('reports.appraisal', { year: 2026 });
    if (!result.ok) throw new Error(result.error.message);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync(path.join(exportsDir, (result.value as { fileName: string }).fileName)) as never);
    const summary = wb.getWorksheet('汇总表')!;
    expect(summary.getCell('A1').value).toBe('2026年度民主评议党员情况汇总表');
    const header = (summary.getRow(3).values as unknown[]).slice(1);
    expect(header).toEqual(['序号', '党支部', '党员总数', '参评人数', '未参评人数及原因', '优秀', '合格', '基本合格', '不合格', '处置情况']);
    expect((summary.getRow(4).values as unknown[]).slice(1)).toEqual([1, '第一网格党支部', 2, 2, '0', 0, 1, 0, 1, '李明：限期改正']);
    const members = wb.getWorksheet('党员评议等次')!;
    expect((members.getRow(5).values as unknown[]).slice(1, 9)).toEqual([2, '李明', '第一网格党支部', '0%', 56, '一星', null, '不合格'].map((v) => v ?? undefined));
  });
});
