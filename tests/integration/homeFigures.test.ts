import { describe, expect, it } from 'vitest';
import { meetingInput } from '../../api/schemas/meetings';
import { homeFigures } from '../../db/homeFigures';
import { homeReminders } from '../../db/reminders';
import { saveMeeting } from '../../db/meetings/write';
import { getMember } from '../../db/members/read';
import { createMember } from '../../db/members/write';
import { basicTree, makeId, memberInput, memoryLedger } from '../support/testLedger';

describe('首页 figures', () => {
  it('counts whole years: someone born on 29 February turns 35 on 1 March of a common year', () => {
    const ledger = memoryLedger();
    const tree = basicTree(ledger);
    createMember(
      ledger,
      memberInput(tree.branchA.id, {
        birthDate: '1992-02-29',
        idNumber: makeId('1992-02-29'),
        joinedOn: '2021-03-01',
        fullMemberOn: '2022-03-01',
        category: '正式党员',
        communityClass: '直管',
      }),
      null,
      '2027-02-28',
    );
    expect(homeFigures(ledger, '2027-02-28').byAge[0]).toEqual({ label: '35岁以下', count: 1 });
    expect(homeFigures(ledger, '2027-03-01').byAge[1]).toEqual({ label: '35–44岁', count: 1 });
    // 党龄 counts the same way, from 转正日期: 5 years on 1 March 2027, 4 the day before.
    expect(homeFigures(ledger, '2027-02-28').byPartyYears.map((b) => b.count)).toEqual([1, 0, 0, 0, 0, 0, 0]);
    expect(homeFigures(ledger, '2027-03-01').byPartyYears.map((b) => b.count)).toEqual([0, 1, 0, 0, 0, 0, 0]);
  });

  it('bands members by 社区分类, age and 党龄, and shows this quarter per branch', () => {
    const ledger = memoryLedger();
    const tree = basicTree(ledger);
    const add = (birthDate: string, joinedOn: string, communityClass: '直管' | '离退休', branchId = tree.branchA.id) => {
      const full = joinedOn < '2025-01-01';
      return createMember(
        ledger,
        memberInput(branchId, {
          birthDate,
          idNumber: makeId(birthDate),
          joinedOn,
          fullMemberOn: full ? `${Number(joinedOn.slice(0, 4)) + 1}${joinedOn.slice(4)}` : null,
          category: full ? '正式党员' : '预备党员',
          communityClass,
        }),
        null,
        '2026-11-24',
      ).id;
    };
    const young = add('1992-11-25', '2026-01-01', '直管'); // 33 tomorrow-birthday → 35岁以下; 预备党员: no 党龄
    const mid = add('1991-11-24', '2015-11-24', '直管'); // 35 today → 35–44; 转正 2016-11-24: 党龄 10 today
    add('1950-01-01', '1970-07-01', '离退休', tree.branchB.id); // 76; 党龄 56
    const attendance = [young, mid].map((memberId) => ({ memberId, status: '出席' }));
    saveMeeting(ledger, meetingInput.parse({ orgId: tree.branchA.id, heldOn: '2026-10-10', types: ['主题党日'], attendance }), '2026-11-24');
    const f = homeFigures(ledger, '2026-11-24');
    expect(f.members).toBe(3);
    expect(f.byClass.find((c) => c.label === '离退休')!.count).toBe(1);
    expect(f.byAge.map((b) => b.count)).toEqual([1, 1, 0, 0, 0, 1]);
    // 党龄 10 today: still 5—10年 (the 年报's band), 56: 51年及以上.
    expect(f.byPartyYears.map((b) => b.count)).toEqual([0, 1, 0, 0, 0, 0, 1]);
    const a = f.quarter.branches.find((b) => b.orgName === '第一网格党支部')!;
    expect(f.quarter.period).toBe('2026-Q4');
    // 主题党日 monthly: October held, November due; nothing counted for December yet.
    expect(a.held).toBeGreaterThanOrEqual(1);
    expect(a.required).toBeGreaterThan(a.held);
    // The 党小组's own 党小组会 count for its branch; no row of its own.
    expect(f.quarter.branches.map((b) => b.orgName)).not.toContain('1号楼党小组');
  });

  it('counts a member who left only on the days before leaving, in every band', () => {
    const ledger = memoryLedger();
    const tree = basicTree(ledger);
    const leaver = createMember(
      ledger,
      memberInput(tree.branchA.id, {
        birthDate: '1980-06-01',
        idNumber: makeId('1980-06-01'),
        joinedOn: '2000-07-01',
        fullMemberOn: '2001-07-01',
        category: '正式党员',
        communityClass: '流动',
      }),
      null,
      '2026-01-01',
    ).id;
    createMember(
      ledger,
      memberInput(tree.branchA.id, {
        birthDate: '1990-03-01',
        idNumber: makeId('1990-03-01'),
        joinedOn: '2020-07-01',
        fullMemberOn: '2021-07-01',
        category: '正式党员',
        communityClass: '直管',
      }),
      null,
      '2026-01-01',
    );
    ledger.sqlite.prepare("UPDATE members SET left_on = '2026-06-30', left_reason = '转出' WHERE id = ?").run(leaver);
    const before = homeFigures(ledger, '2026-06-29');
    expect(before.members).toBe(2);
    expect(before.byClass.map((c) => [c.label, c.count]).filter(([, n]) => n)).toEqual([
      ['直管', 1],
      ['流动', 1],
    ]);
    expect(before.byAge.map((b) => b.count)).toEqual([0, 1, 1, 0, 0, 0]); // 36 and 46
    expect(before.byPartyYears.map((b) => b.count)).toEqual([1, 0, 0, 1, 0, 0, 0]); // 转正 2021 and 2001: 4 and 24 years
    const after = homeFigures(ledger, '2026-06-30');
    expect(after.members).toBe(1);
    expect(after.byClass.find((c) => c.label === '流动')!.count).toBe(0);
    expect(after.byAge.map((b) => b.count)).toEqual([0, 1, 0, 0, 0, 0]);
    expect(after.byPartyYears.map((b) => b.count)).toEqual([1, 0, 0, 0, 0, 0, 0]);
  });

  // 党章 art. 7: 党龄从预备期满转为正式党员之日算起.
  it('bands 党龄 from 转正日期: a 预备党员 is in no band, and 入党/转正 straddling an edge go by 转正', () => {
    const ledger = memoryLedger();
    const tree = basicTree(ledger);
    const today = '2026-11-24';
    const add = (joinedOn: string, fullMemberOn: string | null) =>
      createMember(ledger, memberInput(tree.branchA.id, { joinedOn, fullMemberOn, category: fullMemberOn ? '正式党员' : '预备党员' }), null, today).id;
    const probationer = add('2026-03-01', null);
    // 入党 5 years ago, 转正 4 years ago: 5年以下, not 5—10年.
    const straddler = add('2021-06-01', '2022-06-01');
    // 入党 21 years ago, 转正 19 years ago (a late 转正): 11—20年 by 转正, not 21—30年 by 入党.
    const late = add('2005-11-01', '2006-12-01');
    const f = homeFigures(ledger, today);
    expect(f.members).toBe(3);
    expect(f.byPartyYears.map((b) => b.label)).toEqual(['5年以下', '5—10年', '11—20年', '21—30年', '31—40年', '41—50年', '51年及以上']);
    expect(f.byPartyYears.map((b) => b.count)).toEqual([1, 0, 1, 0, 0, 0, 0]);
    expect(f.byPartyYears.reduce((a, b) => a + b.count, 0)).toBe(2); // the 预备党员 is in none
    // The roster's 党龄 column says the same.
    expect([probationer, straddler, late].map((id) => getMember(ledger, id, today).partyYears)).toEqual([null, 4, 19]);
    // On 2027-06-01 the straddler completes 5 years from 转正.
    expect(homeFigures(ledger, '2027-06-01').byPartyYears.map((b) => b.count)).toEqual([0, 1, 1, 0, 0, 0, 0]);
    expect(homeFigures(ledger, '2027-05-31').byPartyYears.map((b) => b.count)).toEqual([1, 0, 1, 0, 0, 0, 0]);
    // 20 years complete on 2026-12-01: still 11—20年; 21 on 2027-12-01: 21—30年 (the 年报's edges).
    expect(homeFigures(ledger, '2027-12-01').byPartyYears.map((b) => b.count)).toEqual([0, 1, 0, 1, 0, 0, 0]);
    expect(homeFigures(ledger, '2027-11-30').byPartyYears.map((b) => b.count)).toEqual([0, 1, 1, 0, 0, 0, 0]);
  });

  it('lists the month’s 政治生日 by day of the month, the first few with the total', () => {
    const ledger = memoryLedger();
    const tree = basicTree(ledger);
    const add = (joinedOn: string) =>
      createMember(
        ledger,
        memberInput(tree.branchA.id, {
          idNumber: makeId('1970-05-05'),
          joinedOn,
          fullMemberOn: `${Number(joinedOn.slice(0, 4)) + 1}${joinedOn.slice(4)}`,
          category: '正式党员',
        }),
        null,
        '2026-11-24',
      ).id;
    const late = add('1990-11-28');
    const early = add('2001-11-03');
    add('1995-10-03'); // another month
    const r = homeReminders(ledger, '2026-11-24', { meetings: 12, birthdays: 1 });
    expect(r.birthdaysTotal).toBe(2);
    expect(r.birthdays.map((b) => [b.memberId, b.years])).toEqual([[early, 25]]);
    expect(homeReminders(ledger, '2026-11-24').birthdays.map((b) => b.memberId)).toEqual([early, late]);
  });
});
