// 党内统计 for a year with every kind of change: the figures counted by hand, the identity that
// holds and breaks naming the records, 12-31 unchanged by January, and every list = its figure.
import { describe, expect, it } from 'vitest';
import type { CensusReport } from '../../../api/schemas/census';
import { flowCountsAsOf } from '../../../db/care/counts';
import { censusPeople, censusReport } from '../../../db/census/report';
import { rosterAsOf } from '../../../db/members/asOf';
import { censusLedger, names, TODAY, yearOfChanges } from './censusFixture';

const figures = (report: CensusReport, table: string) => Object.fromEntries(report.tables.find((t) => t.key === table)!.rows.map((r) => [r.key, r.value]));

describe('党内统计 of a year with every kind of change', () => {
  it('counts the year-end figures as counted by hand', () => {
    const { ledger } = yearOfChanges();
    const r = censusReport(ledger, 2025, TODAY);
    expect(r.asOf).toBe('2025-12-31');
    expect(figures(r, 'total')).toEqual({ total: 7, full: 6, probationary: 1 });
    expect(figures(r, 'composition')).toEqual({ female: 2, minority: 1 });
    expect(figures(r, 'age')).toMatchObject({ 'age:0-30': 1, 'age:31-35': 1, 'age:41-45': 4, 'age:71-80': 1, 'age:81+': 0 });
    expect(figures(r, 'education')).toMatchObject({ 'edu:研究生': 1, 'edu:大学本科': 1, 'edu:未填': 5, 'edu:高中': 0 });
    expect(figures(r, 'partyAge')).toMatchObject({ 'partyAge:probationary': 1, 'partyAge:11-20': 6, 'partyAge:0-4': 0 });
    expect(figures(r, 'category')).toEqual({ 'class:直管': 6, 'class:离退休': 0, 'class:流动': 1, 'class:其他': 0 });
    expect(figures(r, 'changes')).toEqual({
      added: 4,
      'in:developed': 1,
      'in:restored': 1,
      'in:transferIn': 2,
      removed: 10,
      'out:death': 1,
      'out:expelled': 1,
      'out:removed': 1,
      'out:persuaded': 1,
      'out:quit': 1,
      'out:unspecified': 1,
      'out:probationCancelled': 1,
      'out:suspended': 1,
      'out:transferOut': 2,
    });
    expect(figures(r, 'orgs')).toMatchObject({
      committee: 1,
      general: 0,
      branch: 3,
      'branch:网格党支部': 1,
      'branch:未分类': 2,
      joint: 0,
      group: 1,
      elections: 1,
    });
    expect(r.identity).toEqual({ start: 13, added: 4, removed: 10, end: 7, holds: true, breaks: [], difference: null });
  });

  it('names the people behind the changes, and the year-end count is the roster less 停止党籍', () => {
    const { ledger } = yearOfChanges();
    const people = (table: string, key: string) => names(censusPeople(ledger, 2025, table, key, TODAY));
    expect(people('changes', 'in:transferIn')).toEqual(['卯', '巳']);
    expect(people('changes', 'in:restored')).toEqual(['癸']);
    expect(people('changes', 'in:developed')).toEqual(['辰']);
    expect(people('changes', 'out:expelled')).toEqual(['丙']);
    expect(people('changes', 'out:unspecified')).toEqual(['庚']);
    expect(people('changes', 'out:suspended')).toEqual(['壬']);
    expect(people('changes', 'out:transferOut')).toEqual(['子', '巳']);
    expect(censusPeople(ledger, 2025, 'changes', 'out:transferOut', TODAY)[0]!.detail).toBe('2025-02-01 转出，转至外区某社区党委');
    const roster = rosterAsOf(ledger, { asOf: '2025-12-31', branchId: null });
    expect(people('total', 'total')).toEqual(names(roster.filter((m) => m.partyStatus !== '停止党籍')));
    // 保留党籍 still counts; 停止党籍 is on the roster, marked, but not in the count.
    expect(people('total', 'total')).toContain('丑');
    expect(names(roster)).toContain('壬');
    expect(people('total', 'total')).not.toContain('壬');
  });

  it('is unchanged as of 12-31 by a change dated the next January', () => {
    const { ledger, change, ids } = yearOfChanges();
    const before = structuredClone(censusReport(ledger, 2025, TODAY));
    change(ids.寅!, '死亡', '2026-01-10');
    change(ids.甲!, '转出', '2026-01-01', { place: '外区' });
    expect(censusReport(ledger, 2025, TODAY)).toEqual(before);
    const next = censusReport(ledger, 2026, TODAY);
    expect(next.asOf).toBe(TODAY);
    expect(next.identity).toMatchObject({ start: 7, added: 0, removed: 2, end: 5, holds: true });
  });

  it('breaks when a record makes it break, naming the member and the reason', () => {
    const { ledger, ids } = yearOfChanges();
    // A branch interval that begins in the year with no 转入, 发展 or 恢复 to explain it.
    ledger.sqlite.prepare("UPDATE member_facts SET valid_from = '2025-03-01' WHERE member_id = ? AND fact = 'branch'").run(ids.寅);
    // A 死亡 recorded for someone still on the roster.
    ledger.sqlite
      .prepare("INSERT INTO member_events (member_id, kind, occurred_on, created_at) VALUES (?, '死亡', '2025-05-01', '2025-05-01 10:00:00')")
      .run(ids.甲);
    const { identity } = censusReport(ledger, 2025, TODAY);
    expect(identity.holds).toBe(false);
    expect(identity.breaks.map((b) => b.name)).toEqual(['甲', '寅']);
    expect(identity.breaks[0]!.reason).toContain('2025-05-01 死亡');
    expect(identity.breaks[1]!.reason).toContain('本年没有发展、转入或恢复党籍的记录');
  });

  it('opens every drillable figure as a list as long as the figure, through the calls', async () => {
    const { call, ids, tree, ledger } = yearOfChanges();
    await call('care.saveFlowOut', {
      memberId: ids.甲!,
      leftOn: '2025-06-01',
      place: '广东省深圳市',
      unit: null,
      contact: null,
      cardNo: null,
      joinsLifeThere: false,
    });
    await call('care.saveFlowIn', {
      name: '流入甲',
      gender: '男',
      phone: null,
      fromPlace: '河北省',
      homeOrg: '某村党支部',
      orgId: tree.branchA.id,
      arrivedOn: '2025-03-01',
      leftOn: null,
      note: null,
    });
    const report = await call('census.report', { year: 2025 });
    let opened = 0;
    for (const t of report.tables)
      for (const row of t.rows.filter((r) => r.drill)) {
        expect((await call('census.people', { year: 2025, table: t.key, key: row.key })).length, `${t.key}/${row.key}`).toBe(row.value);
        opened++;
      }
    expect(opened).toBeGreaterThan(40);
    expect(figures(report, 'flow')).toEqual({ out: 1, in: 1 });
    expect(flowCountsAsOf(ledger, '2025-12-31')).toEqual({ flowOut: 1, flowIn: 1 });
  });
});

describe('出党 through the status form’s call', () => {
  it('records the kind the form asks for, and 党内统计 counts it under that kind', async () => {
    const { call, add } = censusLedger();
    const id = add('劝退者');
    await call('members.changeStatus', { id, change: '出党', occurredOn: '2025-06-01', reason: '经教育仍无转变', exitKind: '劝退' });
    expect(await call('census.people', { year: 2025, table: 'changes', key: 'out:persuaded' })).toEqual([
      { memberId: id, name: '劝退者', gender: '男', branchName: '第一网格党支部', detail: '2025-06-01 出党（劝退）' },
    ]);
    const history = await call('members.history', { id });
    expect(history.events.find((e) => e.kind === '出党')?.reason).toBe('劝退；经教育仍无转变');
  });
});
