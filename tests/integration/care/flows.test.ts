// 流出 records across year ends, their contact log and 首页's 6-month reminder, 流入 people,
// and the figures the 党内统计 reads (flowCountsAsOf).
import { describe, expect, it } from 'vitest';
import { flowCountsAsOf } from '../../../db/care/counts';
import { changeMemberStatus } from '../../../db/members/status';
import { careLedger, flowOut } from './careFixture';

describe('流出 registers', () => {
  it('is out from 外出日期 until the day of return, across a year end', async () => {
    const { ledger, add, call } = careLedger();
    const id = add('外出甲');
    const saved = await call('care.saveFlowOut', flowOut(id, { leftOn: '2025-12-31' }));
    expect(flowCountsAsOf(ledger, '2025-12-30').flowOut).toBe(0);
    expect(flowCountsAsOf(ledger, '2025-12-31').flowOut).toBe(1);
    await call('care.saveFlowOut', { ...flowOut(id, { leftOn: '2025-12-31' }), id: saved.id, returnedOn: '2026-01-01' });
    expect(flowCountsAsOf(ledger, '2025-12-31').flowOut).toBe(1);
    expect(flowCountsAsOf(ledger, '2026-01-01').flowOut).toBe(0);
    expect((await call('care.flows', { asOf: '2025-12-31' })).rows.map((r) => r.name)).toEqual(['外出甲']);
    expect((await call('care.flows', { asOf: '2026-01-01' })).rows).toEqual([]);
    expect((await call('care.flows', { asOf: '2026-01-01', includeEnded: true })).rows).toHaveLength(1);
  });

  it('keeps the member row’s 流动去向 as a cache of today’s record, and a void takes it away', async () => {
    const { ledger, add, call } = careLedger();
    const id = add('外出乙');
    const saved = await call('care.saveFlowOut', flowOut(id));
    const cache = () => ledger.sqlite.prepare('SELECT flow_destination AS d FROM members WHERE id = ?').get(id);
    expect(cache()).toEqual({ d: '广东省深圳市（某电子厂）' });
    const voided = await call('care.voidFlowOut', { id: saved.id, reason: '录错人' });
    expect(voided.voidReason).toBe('录错人');
    expect(cache()).toEqual({ d: null });
    expect(flowCountsAsOf(ledger, '2026-06-01').flowOut).toBe(0);
  });

  it('refuses an overlapping second 流出 and a contact before 外出日期', async () => {
    const { add, call, refusal } = careLedger();
    const id = add('外出丙');
    const saved = await call('care.saveFlowOut', flowOut(id));
    expect(await refusal('care.saveFlowOut', flowOut(id, { leftOn: '2026-05-01' }))).toMatchObject({ field: 'leftOn' });
    expect(await refusal('care.addFlowContact', { flowOutId: saved.id, contactedOn: '2026-01-09', method: '电话' })).toMatchObject({ field: 'contactedOn' });
    // After the return, a new 流出 may begin the same day.
    await call('care.saveFlowOut', { ...flowOut(id), id: saved.id, returnedOn: '2026-05-01' });
    await call('care.saveFlowOut', flowOut(id, { leftOn: '2026-05-01', place: '浙江省杭州市' }));
  });

  it('首页 reminds of 流出 members with no contact for 6 months, counted from the last contact', async () => {
    const { add, call } = careLedger('2026-11-24');
    const never = add('从未联系');
    const recent = add('近期联系');
    const old = add('半年前联系');
    await call('care.saveFlowOut', flowOut(never, { leftOn: '2026-05-24' })); // due 11-24: today
    const r = await call('care.saveFlowOut', flowOut(recent, { leftOn: '2026-01-01' }));
    await call('care.addFlowContact', { flowOutId: r.id, contactedOn: '2026-06-01', method: '微信', note: '在厂里参加支部活动' });
    const o = await call('care.saveFlowOut', flowOut(old, { leftOn: '2026-01-01' }));
    await call('care.addFlowContact', { flowOutId: o.id, contactedOn: '2026-05-24', method: '电话' });
    await call('care.addFlowContact', { flowOutId: r.id, contactedOn: '2026-05-25', method: '电话' });
    const home = await call('home.careReminders', {});
    expect(home.uncontactedTotal).toBe(2);
    expect(home.uncontacted.map((u) => [u.name, u.lastContactOn, u.since])).toEqual([
      ['从未联系', null, '2026-11-24'],
      ['半年前联系', '2026-05-24', '2026-11-24'],
    ]);
    const page = await call('care.flows', {});
    expect(page.rows.find((x) => x.memberId === recent)).toMatchObject({ lastContactOn: '2026-06-01', contactOverdue: false });
    expect(page.rows.find((x) => x.memberId === recent)!.contacts.map((c) => c.contactedOn)).toEqual(['2026-06-01', '2026-05-25']);
  });

  it('counts only members on the roster that day', async () => {
    const { ledger, add, call } = careLedger();
    const id = add('转出者');
    await call('care.saveFlowOut', flowOut(id, { leftOn: '2026-02-01' }));
    changeMemberStatus(
      ledger,
      id,
      { change: '转出', occurredOn: '2026-08-01', place: '外省', letterNo: null, reason: null, extendedTo: null, decidedOn: null, approvedOn: null },
      '2026-11-24',
    );
    expect(flowCountsAsOf(ledger, '2026-07-31').flowOut).toBe(1);
    expect(flowCountsAsOf(ledger, '2026-08-01').flowOut).toBe(0);
  });
});

describe('流入 people', () => {
  it('are listed while they take part here, and counted for the 党内统计', async () => {
    const { ledger, tree, call, refusal } = careLedger();
    const base = {
      name: '流入丁',
      gender: '女' as const,
      phone: '13900000002',
      fromPlace: '河南省周口市',
      homeOrg: '周口市某村党支部',
      orgId: tree.branchB.id,
      arrivedOn: '2026-03-01',
    };
    const saved = await call('care.saveFlowIn', base);
    expect(saved).toMatchObject({ orgName: '第二网格党支部', meetings: 0 });
    expect(flowCountsAsOf(ledger, '2026-03-01').flowIn).toBe(1);
    await call('care.saveFlowIn', { ...base, id: saved.id, leftOn: '2026-10-01' });
    expect(flowCountsAsOf(ledger, '2026-10-01').flowIn).toBe(0);
    expect(await call('care.flowIns', { asOf: '2026-10-01' })).toEqual([]);
    expect(await refusal('care.saveFlowIn', { ...base, orgId: tree.root.id })).toMatchObject({ field: 'orgId' });
  });
});
