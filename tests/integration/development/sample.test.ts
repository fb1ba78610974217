// 示例数据 holds 发展党员 at every stage, made by the app's own record code.
import { describe, expect, it } from 'vitest';
import { PERSON_STAGES } from '../../../api/development';
import { listPeople } from '../../../db/development/list';
import { developmentReminders } from '../../../db/development/reminders';
import { readPlan } from '../../../db/development/plan';
import { scaleFor, seedLedger } from '../../../db/sample/generate';
import { memoryLedger, TODAY } from '../../support/testLedger';

describe('发展党员 in 示例数据', () => {
  it('has people at each stage, one who left, reminders and this year’s plan', () => {
    const ledger = memoryLedger();
    const result = seedLedger(ledger, scaleFor('sample', TODAY), TODAY);
    const rows = listPeople(ledger, { stage: null, orgId: null, includeLeft: true }, TODAY);
    expect(result.devPeople).toBe(rows.length);
    const stages = new Set(rows.filter((r) => !r.leftOn).map((r) => r.stage));
    for (const stage of PERSON_STAGES.slice(0, 4)) expect(stages, stage).toContain(stage);
    expect(rows.filter((r) => r.leftOn)).toHaveLength(1);
    // One awaits the 上级党委's 审批 after the 支部大会.
    expect(rows.some((r) => r.stage === '发展对象' && r.next?.code === 'approve' && !r.next.overdue)).toBe(true);
    // TODAY is 2026-11-24: the 谈话 of the newest applicant and that 审批 fall due this month.
    const codes = new Set(developmentReminders(ledger, TODAY).items.map((i) => i.code));
    expect(codes).toContain('talk');
    expect(codes).toContain('approve');
    expect(readPlan(ledger, 2026, TODAY).quota).toBe(3);
    // Every record the seed made went through the rules: none carries a warning.
    expect(ledger.sqlite.prepare("SELECT count(*) AS n FROM dev_records WHERE warning IS NOT NULL AND source = '录入'").get()).toEqual({ n: 0 });
  });
});
