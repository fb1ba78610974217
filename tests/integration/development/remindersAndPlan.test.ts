// 首页's 发展党员 reminders (谈话, 考察, 满一年, 审批, 预备期) and the 发展计划 counted against.
import { describe, expect, it } from 'vitest';
import type { HomeDevReminders } from '../../../api/schemas/development';
import { closeYear } from '../../../db/yearClosing';
import { devLedger } from './devFixture';

const TODAY = '2026-11-24';

describe('发展党员 reminders and plan', () => {
  it('reminds of what falls due this month or is overdue, overdue first', async () => {
    const { add, call, applicant, step } = devLedger(TODAY);
    for (let i = 0; i < 5; i++) add(`党员${i}`);
    // 谈话 due by 12-10: not this month; one applied in October is overdue.
    const late = (await applicant('逾期谈话')).person.id;
    await step(late, 'apply', '2026-10-20');
    const fresh = (await applicant('新申请')).person.id;
    await step(fresh, 'apply', '2026-11-10');
    // 积极分子 since 2025-11-20: a year reached; 考察 due on 2026-05-20 (overdue).
    const act = (await applicant('积极分子')).person.id;
    await step(act, 'apply', '2025-09-01');
    await step(act, 'talk', '2025-09-15');
    await step(act, 'activist', '2025-11-20');

    const home = await call('home.developmentReminders', {});
    const byPerson = (name: string) => home.items.filter((i) => i.personName === name).map((i) => [i.code, i.dueOn, i.overdue]);
    expect(byPerson('逾期谈话')).toEqual([['talk', '2026-11-20', true]]);
    expect(byPerson('新申请')).toEqual([]);
    expect(byPerson('积极分子')).toEqual([
      ['inspect', '2026-05-20', true],
      ['candidate', '2026-11-20', false],
    ]);
    expect(home.items[0].overdue).toBe(true);
    expect(home.items.at(-1)?.overdue).toBe(false);
    expect(home.total).toBe(home.items.length);

    // A 考察 moves the next one half a year on.
    await step(act, 'inspect', '2026-11-01');
    const after: HomeDevReminders = await call('home.developmentReminders', {});
    expect(after.items.filter((i) => i.personName === '积极分子').map((i) => i.code)).toEqual(['candidate']);
    const file = await call('development.person', { id: act });
    expect(file.due.map((d) => [d.code, d.dueOn])).toEqual([
      ['candidate', '2026-11-20'],
      ['inspect', '2027-05-01'],
    ]);
  });

  it('the plan: a quota per year, the year counted by first dates, a closed year refuses', async () => {
    const { ledger, call, refusal, applicant, step, tree } = devLedger(TODAY);
    await call('development.savePlan', { year: 2026, orgId: null, quota: 3, note: '街道下达' });
    await call('development.savePlan', { year: 2026, orgId: tree.branchA.id, quota: 2 });
    const a = (await applicant('甲')).person.id;
    await step(a, 'apply', '2025-03-01');
    await step(a, 'activist', '2026-01-10');
    const b = (await applicant('乙')).person.id;
    await step(b, 'apply', '2026-02-01');
    await call('development.leave', { id: b, on: '2026-03-01', reason: '本人撤回申请' });
    const plan = await call('development.plan', { year: 2026 });
    expect(plan).toMatchObject({ year: 2026, closed: false, quota: 3, counts: { applied: 1, activists: 1, candidates: 0, admitted: 0, regular: 0, left: 1 } });
    expect(plan.plans.map((p) => [p.orgName, p.quota])).toEqual([
      ['全社区', 3],
      ['第一网格党支部', 2],
    ]);
    expect(plan.byStage).toMatchObject({ 入党申请人: 0, 入党积极分子: 1 });
    // At the end of 2025 甲 was still an applicant.
    expect((await call('development.plan', { year: 2025 })).byStage).toMatchObject({ 入党申请人: 1, 入党积极分子: 0 });
    await closeYear(ledger, { year: 2025, operator: '测试' }, null, TODAY);
    expect((await call('development.plan', { year: 2025 })).closed).toBe(true);
    expect((await refusal('development.savePlan', { year: 2025, orgId: null, quota: 9 })).message).toMatch(/2025/);
    expect((await call('development.plan', { year: 2025 })).plans).toEqual([]);
  });
});
