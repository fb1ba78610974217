// 关怀慰问: one row per visit and its money summed once; voided visits listed, never summed;
// the 未慰问 list of 困难党员, 老党员 (local age) and 年老体弱; a closed year's visits stay.
import { describe, expect, it } from 'vitest';
import type { CallInput } from '../../../api/contract';
import { careLedger } from './careFixture';

type VisitCall = CallInput<'care.saveVisit'>;
const visit = (memberId: number, extra: Partial<VisitCall> = {}): VisitCall => ({
  memberId,
  visitedOn: '2026-01-20',
  occasion: '春节',
  visitors: '李书记、王委员、社区主任',
  moneyFen: 50000,
  goods: '米、油',
  fundSource: '党组织工作经费',
  ...extra,
});

describe('关怀慰问', () => {
  it('sums each visit once, whoever and however many visited, and leaves voided ones out', async () => {
    const { add, call } = careLedger();
    const a = add('困难甲', { isInDifficulty: true });
    const b = add('老党员乙', { isVeteran: true });
    await call('care.saveVisit', visit(a));
    await call('care.saveVisit', visit(a, { visitedOn: '2026-07-01', occasion: '七一', moneyFen: 30000, goods: null }));
    const wrong = await call('care.saveVisit', visit(b, { moneyFen: 20001 }));
    await call('care.voidVisit', { id: wrong.id, reason: '金额录错' });
    await call('care.saveVisit', visit(b, { moneyFen: 20000 }));
    await call('care.saveVisit', visit(b, { visitedOn: '2025-12-31', moneyFen: 99900 })); // last year
    const year = await call('care.visits', { year: 2026 });
    expect(year).toMatchObject({ count: 3, members: 2, totalFen: 100000 });
    expect(year.rows).toHaveLength(4);
    expect(year.rows.filter((r) => r.voidedAt !== null).map((r) => r.voidReason)).toEqual(['金额录错']);
    expect(await call('care.visits', { year: 2026, memberId: a })).toMatchObject({ count: 2, totalFen: 80000 });
  });

  it('refuses a visit with neither money nor goods, and a second void', async () => {
    const { add, call, refusal } = careLedger();
    const a = add('甲');
    expect(await refusal('care.saveVisit', visit(a, { moneyFen: 0, goods: null }))).toMatchObject({ field: 'moneyFen' });
    expect(await refusal('care.saveVisit', visit(a, { moneyFen: 10.5 }))).toMatchObject({ field: 'moneyFen' });
    const v = await call('care.saveVisit', visit(a));
    await call('care.voidVisit', { id: v.id, reason: '重复' });
    expect(await refusal('care.voidVisit', { id: v.id, reason: '再次' })).toMatchObject({ field: 'id' });
  });

  it('lists 困难党员, 老党员 and 年老体弱 members not visited in the year', async () => {
    const { add, call } = careLedger();
    const poor = add('困难甲', { isInDifficulty: true });
    const aged = add('八十岁', { birthDate: '1946-12-31' }); // 80 on 2026-12-31: 老党员 by the local age
    add('七十九岁', { birthDate: '1947-01-01' });
    const frail = add('体弱丙', { isFrail: true });
    add('普通丁');
    await call('care.saveVisit', visit(frail));
    const page = await call('care.notVisited', { year: 2026 });
    expect(page.veteranAge).toBe(80);
    expect(page.rows.map((r) => [r.memberId, r.groups])).toEqual(
      expect.arrayContaining([
        [poor, ['困难党员']],
        [aged, ['老党员']],
      ]),
    );
    expect(page.rows).toHaveLength(2);
    // The local age is data: at 79 the younger member joins the list.
    const rules = await call('care.saveRules', { lostMonths: 6, veteranAge: 79 });
    expect(rules.isDefault).toEqual({ lostMonths: false, veteranAge: false });
    expect((await call('care.notVisited', { year: 2026 })).rows).toHaveLength(3);
    expect((await call('home.careReminders', {})).notVisited).toBe(3);
  });

  it('keeps a closed year’s visits as they were', async () => {
    const { ledger, add, call, refusal } = careLedger();
    const a = add('甲');
    const v = await call('care.saveVisit', visit(a, { visitedOn: '2025-10-09', occasion: '重阳' }));
    ledger.sqlite.prepare("INSERT INTO closed_years (year, closed_at) VALUES (2025, '2026-01-05T00:00:00.000Z')").run();
    expect((await refusal('care.voidVisit', { id: v.id, reason: '迟到的更正' })).message).toMatch(/2025/);
    expect((await refusal('care.saveVisit', visit(a, { visitedOn: '2025-12-01' }))).message).toMatch(/2025/);
  });
});
