// A 流出 member is one person in every ledger: the 流动党员登记表 of a day equals the 党内统计's
// 流出 of that day, names the branch they held that day, and a member who died is gone from
// 首页, the register and the census alike (shared/DOMAIN.md "流动党员, care").
import { describe, expect, it } from 'vitest';
import { flowCountsAsOf } from '../../../db/care/counts';
import { updateMember } from '../../../db/members/write';
import { flowPeople } from '../../../db/census/others';
import { flowRegisterData } from '../../../excel/exportCare';
import { memberInput } from '../../support/testLedger';
import { careLedger, flowOut } from './careFixture';

const TODAY = '2026-11-24';

describe('流出 and the roster', () => {
  it('the register of a day equals the census of that day; a member who died leaves both and 首页', async () => {
    const { ledger, tree, add, call } = careLedger(TODAY);
    const moved = add('外出甲');
    const died = add('外出乙');
    await call('care.saveFlowOut', flowOut(moved, { leftOn: '2026-01-10' }));
    await call('care.saveFlowOut', flowOut(died, { leftOn: '2026-02-01', cardNo: 'LD-002' }));
    // 外出甲 moves to the second branch on 06-01: a list of May names the first.
    const input = memberInput(tree.branchB.id, { name: '外出甲' });
    const current = ledger.prepare('SELECT id_number AS idNumber FROM members WHERE id = ?').get(moved) as { idNumber: string };
    updateMember(ledger, moved, { ...input, idNumber: current.idNumber }, TODAY, '2026-06-01');
    await call('members.changeStatus', { id: died, change: '死亡', occurredOn: '2026-09-01', place: null, letterNo: null, reason: null, extendedTo: null });

    const names = (day: string) => flowRegisterData(ledger, day, false).outs.map((r) => [r.name, r.branchName]);
    expect(names('2026-05-31')).toEqual([
      ['外出乙', '第一网格党支部'],
      ['外出甲', '第一网格党支部'],
    ]);
    expect(names('2026-06-01')).toEqual([
      ['外出乙', '第一网格党支部'],
      ['外出甲', '第二网格党支部'],
    ]);
    expect(names(TODAY)).toEqual([['外出甲', '第二网格党支部']]);
    for (const day of ['2026-05-31', '2026-08-31', '2026-09-01', TODAY]) {
      const register = flowRegisterData(ledger, day, false)
        .outs.map((r) => r.memberId)
        .sort();
      expect(flowCountsAsOf(ledger, day).flowOut).toBe(register.length);
      expect(
        flowPeople(ledger, day)
          .out.map((p) => p.memberId)
          .sort(),
      ).toEqual(register);
    }
    // 首页: both 6 months without contact, but only the living member is reminded of.
    expect((await call('home.careReminders', {})).uncontacted.map((u) => u.name)).toEqual(['外出甲']);
    expect((await call('care.flows', { includeEnded: false })).rows.map((r) => r.name)).toEqual(['外出甲']);
    // The member's own record keeps the 流出 (nothing is deleted).
    expect((await call('care.member', { memberId: died })).flows.map((f) => f.cardNo)).toEqual(['LD-002']);
  });
});
