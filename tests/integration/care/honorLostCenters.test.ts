// 光荣在党50年 from 转正 dates, the 失联 reminders at their edges (reminders only: 党籍 is left
// alone), and 党员中心户 with 联系户 counts per branch.
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../api/rules/dates';
import { createMember } from '../../../db/members/write';
import { memberInput } from '../../support/testLedger';
import { careLedger } from './careFixture';

describe('光荣在党50年', () => {
  it('lists members reaching 50 years of 党龄 from 转正 by 1 July: 入党 1977-08-18 (十一大党章), 转正 1978-08-18 → 2029', async () => {
    const { add, call, refusal } = careLedger('2029-11-24');
    const late = add('七八年转正', { birthDate: '1950-03-01', joinedOn: '1977-08-18', fullMemberOn: '1978-08-18' });
    const edge = add('七八年七一', { birthDate: '1950-03-01', joinedOn: '1977-09-01', fullMemberOn: '1978-07-01' });
    add('七八年七二', { birthDate: '1950-03-01', joinedOn: '1977-09-01', fullMemberOn: '1978-07-02' });
    expect((await call('care.honor50', { year: 2028 })).rows.map((r) => [r.name, r.reachedOn, r.partyYears])).toEqual([['七八年七一', '2028-07-01', 50]]);
    expect((await call('care.honor50', { year: 2029 })).rows.map((r) => r.name)).toEqual(['七八年七一', '七八年七二', '七八年转正']);
    expect(await refusal('care.saveMedal', { memberId: late, year: 2028, presentedOn: '2028-07-01' })).toMatchObject({ field: 'memberId' });
    const page = await call('care.saveMedal', { memberId: edge, year: 2028, presentedOn: '2028-06-28' });
    expect(page.rows[0]).toMatchObject({ presentedOn: '2028-06-28', medalYear: 2028 });
    // Presented in 2028: not listed again in 2029.
    expect((await call('care.honor50', { year: 2029 })).rows.map((r) => r.name)).toEqual(['七八年七二', '七八年转正']);
    expect((await call('care.member', { memberId: late })).honorYear).toBe(2029);
  });

  it('is read a page at a time, in the list order, with the whole list counted', async () => {
    const { add, call } = careLedger('2026-11-24');
    // 53 members whose 党龄 (from 转正, 1961) reached 50 long ago, one day apart.
    const ids = Array.from({ length: 53 }, (_, i) =>
      add(`老党员${i + 1}`, { birthDate: '1935-01-01', joinedOn: '1960-01-01', fullMemberOn: addDays('1961-01-01', i) }),
    );
    const first = await call('care.honor50', { year: 2026 });
    expect([first.page, first.pageSize, first.total, first.presented, first.rows.length]).toEqual([1, 50, 53, 0, 50]);
    const second = await call('care.honor50', { year: 2026, page: 2 });
    expect(second.rows.map((r) => r.name)).toEqual(['老党员51', '老党员52', '老党员53']);
    expect((await call('care.honor50', { year: 2026, page: 2, pageSize: 20 })).rows.map((r) => r.memberId)).toEqual(ids.slice(20, 40));
    expect((await call('care.honor50', { year: 2026, page: 4 })).rows).toEqual([]);
    // Presenting to someone on page 2 answers page 2, and the whole list's count moves.
    const saved = await call('care.saveMedal', { memberId: ids[51], year: 2026, presentedOn: '2026-07-01' });
    expect([saved.page, saved.presented, saved.rows.find((r) => r.memberId === ids[51])?.presentedOn]).toEqual([2, 1, '2026-07-01']);
    expect((await call('care.honor50', { year: 2026 })).presented).toBe(1);
  });

  it('joined 1969-04-14 … 1977-08-17 (九大/十大党章, no 预备期): 党龄 from 入党, with or without a 转正日期', async () => {
    const { add, call } = careLedger();
    add('九大前一日', { birthDate: '1945-01-01', joinedOn: '1969-04-13', fullMemberOn: '1970-04-13' });
    add('九大当日', { birthDate: '1945-01-01', joinedOn: '1969-04-14', fullMemberOn: null });
    const window = add('七六年入党', { birthDate: '1950-03-01', joinedOn: '1976-06-10', fullMemberOn: '1977-06-10' });
    const lastDay = add('十一大前一日', { birthDate: '1950-03-01', joinedOn: '1977-08-17', fullMemberOn: null });
    add('十一大当日', { birthDate: '1950-03-01', joinedOn: '1977-08-18', fullMemberOn: '1978-08-18' });
    const page = await call('care.honor50', { year: 2026 });
    expect(page.rows.map((r) => [r.name, r.partyFrom, r.reachedOn])).toEqual([
      ['九大当日', '1969-04-14', '2019-04-14'],
      ['九大前一日', '1970-04-13', '2020-04-13'],
      ['七六年入党', '1976-06-10', '2026-06-10'],
    ]);
    expect((await call('care.honor50', { year: 2027 })).rows.map((r) => r.name)).not.toContain('十一大前一日');
    expect((await call('care.honor50', { year: 2028 })).rows.map((r) => r.name)).toContain('十一大前一日');
    expect((await call('care.member', { memberId: window })).honorYear).toBe(2026);
    expect((await call('care.member', { memberId: lastDay })).honorYear).toBe(2028);
    expect(page.toCheck).toEqual([]);
  });

  it('reads 07-01 from the dated facts: 停止党籍 or 转入 after the day leave no trace on a past list; no 转正日期 goes to 待核对', async () => {
    const { ledger, tree, add, call } = careLedger();
    const stopped = add('停止党籍者', { birthDate: '1940-01-01', joinedOn: '1960-03-01', fullMemberOn: '1961-03-01' });
    await call('members.changeStatus', {
      id: stopped,
      change: '停止党籍',
      occurredOn: '2026-03-01',
      reason: '失联超过6个月',
      place: null,
      letterNo: null,
      extendedTo: null,
    });
    const arrived = createMember(
      ledger,
      memberInput(tree.branchA.id, { name: '七月后转入', birthDate: '1940-02-01', joinedOn: '1962-01-01', fullMemberOn: '1963-01-01' }),
      { occurredOn: '2026-07-02', fromPlace: '外区某党委', letterNo: null },
      '2026-11-24',
    ).id;
    const onDay = createMember(
      ledger,
      memberInput(tree.branchA.id, { name: '七一转入', birthDate: '1940-02-01', joinedOn: '1962-01-01', fullMemberOn: '1963-01-01' }),
      { occurredOn: '2026-07-01', fromPlace: '外区某党委', letterNo: null },
      '2026-11-24',
    ).id;
    add('缺转正日期', { birthDate: '1945-01-01', joinedOn: '1968-06-30', fullMemberOn: null });
    add('入党未满五十年', { birthDate: '1950-01-01', joinedOn: '1976-07-02', fullMemberOn: null, category: '正式党员' });
    const y2026 = await call('care.honor50', { year: 2026 });
    expect(y2026.rows.map((r) => r.name)).toEqual(['七一转入']);
    expect(y2026.rows.map((r) => r.memberId)).not.toContain(arrived);
    expect(y2026.rows.map((r) => r.memberId)).toContain(onDay);
    // 2025-07-01: 停止党籍者 was 正常 then; the list of that year is unchanged by the later decision.
    expect((await call('care.honor50', { year: 2025 })).rows.map((r) => r.name)).toEqual(['停止党籍者']);
    // 入党 1968-06-30, no 转正日期: its 党龄 cannot be counted — on 待核对, not silently dropped.
    expect(y2026.toCheck.map((r) => [r.name, r.joinedOn, r.joinedYears])).toEqual([['缺转正日期', '1968-06-30', 58]]);
    expect(y2026.toCheck.map((r) => r.name)).not.toContain('入党未满五十年');
  });
});

describe('失联', () => {
  it('reminds at 6 months, and of 自行脱党 2 years after the recorded 停止党籍; changes no 党籍', async () => {
    const { ledger, add, call, refusal } = careLedger('2026-11-24');
    const a = add('失联甲');
    const b = add('失联乙');
    const c = add('失联丙');
    const d = add('失联丁');
    await call('care.saveLost', { memberId: a, lostOn: '2026-05-25', searchMade: '电话停机，走访原住址无人' }); // 6 months on 11-25
    await call('care.saveLost', { memberId: b, lostOn: '2026-05-24' }); // 6 months today
    await call('care.saveLost', { memberId: c, lostOn: '2024-05-24' }); // lost 2½ years ago, 停止党籍 recorded 2024-11-24: 2 years today
    await call('care.saveLost', { memberId: d, lostOn: '2024-01-10' }); // 停止党籍 recorded 2024-11-25: 2 years tomorrow
    expect(ledger.sqlite.prepare("SELECT count(*) AS n FROM members WHERE party_status <> '正常'").get()).toEqual({ n: 0 });
    const stop = (id: number, occurredOn: string) =>
      call('members.changeStatus', { id, change: '停止党籍', occurredOn, reason: '失联超过6个月', place: null, letterNo: null, extendedTo: null });
    await stop(c, '2024-11-24');
    await stop(d, '2024-11-25');
    const page = await call('care.lost', {});
    expect(page.rows.map((r) => [r.name, r.stage, r.stoppedOn, r.lapseFrom])).toEqual([
      ['失联丁', '已停止党籍', '2024-11-25', '2026-11-25'],
      ['失联丙', '按自行脱党处理', '2024-11-24', '2026-11-24'],
      ['失联乙', '可停止党籍', null, null],
      ['失联甲', '失联', null, null],
    ]);
    // The list of a day before the decision reads that day's facts: 可停止党籍, not yet stopped.
    expect((await call('care.lost', { asOf: '2024-11-23' })).rows.map((r) => [r.name, r.stage])).toEqual([
      ['失联丁', '可停止党籍'],
      ['失联丙', '失联'],
    ]);
    expect((await call('home.careReminders', {})).lost.map((l) => l.name)).toEqual(['失联丙', '失联乙']);
    expect(ledger.sqlite.prepare('SELECT lost_contact_on AS d FROM members WHERE id = ?').get(a)).toEqual({ d: '2026-05-25' });
    // One open 失联 per member; found again, it leaves the list and the cache.
    expect(await refusal('care.saveLost', { memberId: a, lostOn: '2026-06-01' })).toMatchObject({ field: 'memberId' });
    await call('care.saveLost', { id: page.rows[3]!.id, memberId: a, lostOn: '2026-05-25', foundOn: '2026-11-20' });
    expect((await call('care.lost', {})).rows).toHaveLength(3);
    expect(ledger.sqlite.prepare('SELECT lost_contact_on AS d FROM members WHERE id = ?').get(a)).toEqual({ d: null });
  });

  it('a 预备党员 gets the 取消预备党员资格 path; one who left the roster drops off the list', async () => {
    const { add, call } = careLedger('2026-11-24');
    const p = add('预备失联', { category: '预备党员', joinedOn: '2026-01-10', fullMemberOn: null });
    const gone = add('已转出');
    await call('care.saveLost', { memberId: p, lostOn: '2026-03-01' });
    await call('care.saveLost', { memberId: gone, lostOn: '2026-01-05' });
    await call('members.changeStatus', {
      id: gone,
      change: '转出',
      occurredOn: '2026-10-01',
      place: '外区某党委',
      reason: null,
      letterNo: null,
      extendedTo: null,
    });
    const page = await call('care.lost', {});
    expect(page.rows.map((r) => [r.name, r.stage, r.probationary])).toEqual([['预备失联', '可取消预备党员资格', true]]);
    // Before the 转出 they were on the roster and on the list.
    expect((await call('care.lost', { asOf: '2026-09-30' })).rows.map((r) => r.name)).toEqual(['已转出', '预备失联']);
    expect((await call('home.careReminders', {})).lost.map((l) => [l.name, l.stage])).toEqual([['预备失联', '可取消预备党员资格']]);
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
    expect(ledger.sqlite.prepare('SELECT name FROM members WHERE is_center_household = 1 ORDER BY id').all()).toEqual([
      { name: '中心户甲' },
      { name: '中心户丙' },
    ]);
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
