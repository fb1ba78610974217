// 光荣在党50年 from 转正 dates, the 失联 reminders at their edges (reminders only: 党籍 is left
// alone), and 党员中心户 with 联系户 counts per branch.
import { describe, expect, it } from 'vitest';
import { careLedger } from './careFixture';

describe('光荣在党50年', () => {
  it('lists members reaching 50 years of 党龄 from 转正 by 1 July: 入党 1976-06, 转正 1977-06 → 2027', async () => {
    const { add, call, refusal } = careLedger();
    const late = add('七七年转正', { birthDate: '1950-03-01', joinedOn: '1976-06-10', fullMemberOn: '1977-06-10' });
    const edge = add('七六年七一', { birthDate: '1950-03-01', joinedOn: '1975-07-01', fullMemberOn: '1976-07-01' });
    add('七六年七二', { birthDate: '1950-03-01', joinedOn: '1975-07-02', fullMemberOn: '1976-07-02' });
    expect((await call('care.honor50', { year: 2026 })).rows.map((r) => [r.name, r.reachedOn, r.partyYears])).toEqual([['七六年七一', '2026-07-01', 50]]);
    expect((await call('care.honor50', { year: 2027 })).rows.map((r) => r.name)).toEqual(['七六年七一', '七六年七二', '七七年转正']);
    expect(await refusal('care.saveMedal', { memberId: late, year: 2026, presentedOn: '2026-07-01' })).toMatchObject({ field: 'memberId' });
    const page = await call('care.saveMedal', { memberId: edge, year: 2026, presentedOn: '2026-06-28' });
    expect(page.rows[0]).toMatchObject({ presentedOn: '2026-06-28', medalYear: 2026 });
    // Presented in 2026: not listed again in 2027.
    expect((await call('care.honor50', { year: 2027 })).rows.map((r) => r.name)).toEqual(['七六年七二', '七七年转正']);
    expect((await call('care.member', { memberId: late })).honorYear).toBe(2027);
  });
});

describe('失联', () => {
  it('reminds at 6 months and after 2 more years, and changes no 党籍', async () => {
    const { ledger, add, call, refusal } = careLedger('2026-11-24');
    const a = add('失联甲');
    const b = add('失联乙');
    const c = add('失联丙');
    await call('care.saveLost', { memberId: a, lostOn: '2026-05-25', searchMade: '电话停机，走访原住址无人' }); // 6 months on 11-25
    await call('care.saveLost', { memberId: b, lostOn: '2026-05-24' }); // 6 months today
    await call('care.saveLost', { memberId: c, lostOn: '2024-05-24' }); // 2 years after that: today
    const page = await call('care.lost', {});
    expect(page.rows.map((r) => [r.name, r.stage])).toEqual([
      ['失联丙', '按自行脱党处理'],
      ['失联乙', '可停止党籍'],
      ['失联甲', '失联'],
    ]);
    expect((await call('home.careReminders', {})).lost.map((l) => l.name)).toEqual(['失联丙', '失联乙']);
    expect(ledger.sqlite.prepare("SELECT count(*) AS n FROM members WHERE party_status <> '正常'").get()).toEqual({ n: 0 });
    expect(ledger.sqlite.prepare('SELECT lost_contact_on AS d FROM members WHERE id = ?').get(a)).toEqual({ d: '2026-05-25' });
    // One open 失联 per member; found again, it leaves the list and the cache.
    expect(await refusal('care.saveLost', { memberId: a, lostOn: '2026-06-01' })).toMatchObject({ field: 'memberId' });
    await call('care.saveLost', { id: page.rows[2]!.id, memberId: a, lostOn: '2026-05-25', foundOn: '2026-11-20' });
    expect((await call('care.lost', {})).rows).toHaveLength(2);
    expect(ledger.sqlite.prepare('SELECT lost_contact_on AS d FROM members WHERE id = ?').get(a)).toEqual({ d: null });
  });
});

describe('党员中心户', () => {
  it('counts 中心户 and 联系户 per branch on a day, and keeps the member flag as a cache', async () => {
    const { ledger, tree, add, call, refusal } = careLedger();
    const a = add('中心户甲', { building: '3号楼' });
    const b = add('中心户乙');
    const c = add('中心户丙', {}, tree.branchB.id);
    await call('care.saveCenter', { memberId: a, building: '3号楼', households: 12, householdNames: '301 王家、302 李家', fromOn: '2025-03-01' });
    const ended = await call('care.saveCenter', { memberId: b, building: '5号楼', households: 8, fromOn: '2025-03-01' });
    await call('care.saveCenter', { memberId: c, building: '9号楼', households: 6, fromOn: '2026-01-01' });
    await call('care.saveCenter', { ...ended, householdNames: null, note: null, toOn: '2026-06-30' });
    expect((await call('care.centers', { asOf: '2026-06-29' })).byBranch).toEqual([
      { orgId: tree.branchA.id, orgName: '第一网格党支部', centers: 2, households: 20 },
      { orgId: tree.branchB.id, orgName: '第二网格党支部', centers: 1, households: 6 },
    ]);
    expect((await call('care.centers', { asOf: '2026-06-30' })).byBranch[0]).toMatchObject({ centers: 1, households: 12 });
    expect(ledger.sqlite.prepare('SELECT name FROM members WHERE is_center_household = 1 ORDER BY id').all()).toEqual([{ name: '中心户甲' }, { name: '中心户丙' }]);
    expect(await refusal('care.saveCenter', { memberId: a, building: '3号楼', households: 1, fromOn: '2026-01-01' })).toMatchObject({ field: 'fromOn' });
  });
});

describe('a new member typed with the old flags', () => {
  it('gets a record in each register, so nothing typed is lost', async () => {
    const { add, call } = careLedger('2026-11-24');
    const id = add('老字段', { flowDestination: '北京市海淀区', lostContactOn: null, isCenterHousehold: true, building: '7号楼' });
    const care = await call('care.member', { memberId: id });
    expect(care.flows.map((f) => [f.place, f.leftOn])).toEqual([['北京市海淀区', '2026-11-24']]);
    expect(care.centers.map((c) => c.building)).toEqual(['7号楼']);
  });
});
