import { describe, expect, it } from 'vitest';
import { createAppraisal, saveAppraisalEntry } from '../../../db/appraisal';
import { changeMemberStatus } from '../../../db/members/status';
import { createMember } from '../../../db/members/write';
import { appraisalOverview } from '../../../db/appraisal';
import type { AppraisalEntryInput } from '../../../api/schemas/points';
import { refused } from '../../support/refused';
import { memberInput, routerFor, TODAY } from '../../support/testLedger';
import { pointsCommunity } from './pointsFixture';
import { readExport } from '../../support/readBack';

const blank = { absentReason: null, selfResult: null, peerResult: null, ratingResult: null, grade: null, reason: null, disposal: null, disposalNote: null };

function batch() {
  const c = pointsCommunity();
  c.meeting('2026-03-05', ['主题党日'], { [c.li]: '缺席' });
  c.meeting('2026-04-05', ['主题党日'], { [c.li]: '缺席' });
  c.activity('2026-04-01', [[c.zhang, 2]]);
  const appraisal = createAppraisal(c.ledger, { year: 2026, orgId: c.tree.branchA.id, heldOn: '2026-12-20' });
  const save = (memberId: number, fields: Partial<AppraisalEntryInput>) =>
    saveAppraisalEntry(c.ledger, { ...blank, appraisalId: appraisal.id, memberId, ...fields });
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
    const wb = await readExport(exportsDir, result.value as { fileName: string });
    const summary = wb.getWorksheet('汇总表')!;
    expect(summary.getCell('A1').value).toBe('2026年度民主评议党员情况汇总表');
    const header = (summary.getRow(3).values as unknown[]).slice(1);
    expect(header).toEqual(['序号', '党支部', '党员总数', '参评人数', '未参评人数及原因', '优秀', '合格', '基本合格', '不合格', '处置情况']);
    expect((summary.getRow(4).values as unknown[]).slice(1)).toEqual([1, '第一网格党支部', 2, 2, '0', 0, 1, 0, 1, '李明：限期改正']);
    const members = wb.getWorksheet('党员评议等次')!;
    expect((members.getRow(5).values as unknown[]).slice(1, 9)).toEqual(
      [2, '李明', '第一网格党支部', '0%', 56, '一星', null, '不合格'].map((v) => v ?? undefined),
    );
  });

  describe('who is graded', () => {
    // Branch B: 王芳 and 赵强 正式; 孙丽 预备 all year; 周敏 转正 on 2026-07-01.
    function branchB(heldOn: string | null = null) {
      const c = pointsCommunity();
      const add = (name: string, extra: Parameters<typeof memberInput>[1] = {}) =>
        createMember(c.ledger, memberInput(c.tree.branchB.id, { name, ...extra }), null, TODAY).id;
      const zhao = add('赵强');
      const sun = add('孙丽', { category: '预备党员', joinedOn: '2026-03-01', fullMemberOn: null });
      const zhou = add('周敏', { joinedOn: '2025-07-01', fullMemberOn: '2026-07-01' });
      const appraisal = createAppraisal(c.ledger, { year: 2026, orgId: c.tree.branchB.id, heldOn });
      const save = (memberId: number, fields: Partial<AppraisalEntryInput>) =>
        saveAppraisalEntry(c.ledger, { ...blank, appraisalId: appraisal.id, memberId, ...fields });
      return { ...c, zhao, sun, zhou, appraisal, save };
    }

    // 预备党员 take part without a grade: their path is 转正, 延长预备期 or 取消资格 (党章 art. 7).
    it('lists a 预备党员 without a suggestion and refuses a grade, naming the member and the day', () => {
      const { appraisal, save, sun, zhou } = branchB();
      const row = appraisal.rows.find((r) => r.memberId === sun)!;
      expect(row).toMatchObject({ name: '孙丽', probationary: true, suggested: null });
      // 转正 before the year's end: graded like any 正式党员.
      expect(appraisal.rows.find((r) => r.memberId === zhou)).toMatchObject({ probationary: false, suggested: '合格' });
      const refusal = refused(() => save(sun, { grade: '合格' }));
      expect(refusal.field).toBe('grade');
      expect(refusal.message).toContain('孙丽在2026-12-31是预备党员');
      // Taking part is recorded; the 预备党员 is neither graded nor waiting for a grade.
      const after = save(sun, { selfResult: '已自评', ratingResult: '满意 10 票' });
      expect(after.rows.find((r) => r.memberId === sun)).toMatchObject({ ratingResult: '满意 10 票', grade: null });
      expect(after.counts).toMatchObject({ total: 4, appraised: 4, probationary: 1, ungraded: 3 });
    });

    it('reads 预备 on the appraisal’s own date', () => {
      const { appraisal, save, zhou } = branchB('2026-06-30');
      expect(appraisal.rows.find((r) => r.memberId === zhou)).toMatchObject({ probationary: true, suggested: null });
      expect(refused(() => save(zhou, { grade: '合格' })).message).toContain('周敏在2026-06-30是预备党员');
    });

    it('checks the one-third 优秀 against the 正式党员 graded, not everyone taking part', () => {
      const { save, wang, zhao, zhou } = branchB();
      save(wang, { grade: '优秀', reason: '带头服务群众' });
      // One 优秀 of two graded 正式党员 is more than a third, though four take part.
      const two = save(zhao, { grade: '合格' });
      expect(two.warning).toBe('评为优秀的 1 人超过已评定等次的正式党员（2 人）的三分之一，请复核');
      const three = save(zhou, { grade: '合格' });
      expect(three.warning).toBeNull();
      expect(three.counts).toMatchObject({ 优秀: 1, 合格: 2, ungraded: 0 });
    });

    // 党章 art. 9: 限期改正, 劝退, 除名 for a 正式党员 graded 不合格.
    it('asks a 处置 of a 正式党员 graded 不合格 only', () => {
      const { save, zhao, sun } = branchB();
      expect(refused(() => save(zhao, { grade: '不合格', reason: '长期不参加组织生活' })).field).toBe('disposal');
      expect(refused(() => save(zhao, { grade: '合格', disposal: '限期改正' })).field).toBe('disposal');
      expect(refused(() => save(sun, { grade: '不合格', reason: '长期不参加组织生活', disposal: '限期改正' })).field).toBe('grade');
      expect(refused(() => save(sun, { disposal: '限期改正' })).field).toBe('disposal');
      const done = save(zhao, { grade: '不合格', reason: '长期不参加组织生活', disposal: '限期改正' });
      expect(done.counts['不合格']).toBe(1);
    });

    it('does not list a member under 停止党籍', () => {
      const c = pointsCommunity();
      const add = (name: string) => createMember(c.ledger, memberInput(c.tree.branchB.id, { name }), null, TODAY).id;
      const lost = add('失联者');
      const back = add('已恢复');
      changeMemberStatus(
        c.ledger,
        lost,
        { change: '停止党籍', occurredOn: '2026-05-01', place: null, letterNo: null, reason: '失联超过6个月', extendedTo: null },
        TODAY,
      );
      changeMemberStatus(
        c.ledger,
        back,
        { change: '停止党籍', occurredOn: '2026-03-01', place: null, letterNo: null, reason: '失联', extendedTo: null },
        TODAY,
      );
      changeMemberStatus(
        c.ledger,
        back,
        { change: '恢复', occurredOn: '2026-09-01', place: null, letterNo: null, reason: '已取得联系', extendedTo: null },
        TODAY,
      );
      expect(appraisalOverview(c.ledger, 2026).branches.find((b) => b.orgId === c.tree.branchB.id)!.members).toBe(2);
      const rows = createAppraisal(c.ledger, { year: 2026, orgId: c.tree.branchB.id, heldOn: null }).rows.map((r) => r.name);
      expect(rows).toEqual(['王芳', '已恢复']);
    });
  });
});
