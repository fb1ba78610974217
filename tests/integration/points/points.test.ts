import { describe, expect, it } from 'vitest';
import { pointRuleInput } from '../../../api/schemas/points';
import { createDemand, takeStep } from '../../../db/dualReg/demands';
import { addManualEntry, reverseEntry, setExclusion } from '../../../db/points/entries';
import { recomputePoints } from '../../../db/points/recompute';
import { copyScheme, listRules, saveRule } from '../../../db/points/rules';
import { memberStatement, standingsPage, yearStandings } from '../../../db/points/views';
import { refused } from '../../support/refused';
import { makeId, memberInput, TODAY } from '../../support/testLedger';
import { createMember } from '../../../db/members/write';
import { pointsCommunity } from './pointsFixture';

const ruleId = (ledger: ReturnType<typeof pointsCommunity>['ledger'], code: string) => listRules(ledger, 2026).find((r) => r.code === code)!.id;

describe('automatic points', () => {
  it('gives the 基础分 and points for attending by type, and deducts an unexcused absence', () => {
    const c = pointsCommunity();
    c.meeting('2026-03-05', ['主题党日'], { [c.li]: '缺席' });
    c.meeting('2026-03-20', ['主题党日', '党课'], { [c.li]: '请假' });
    expect(c.total(c.zhang)).toBe(60 + 1 + 1 + 2);
    expect(c.total(c.li)).toBe(60 - 2);
    expect(c.total(c.wang)).toBe(60);
  });

  it('lists a day’s entries rule by rule, in the scheme’s order, whatever order the meeting’s types were given in', () => {
    const c = pointsCommunity();
    // The types are kept sorted (主题党日 before 支部委员会); the scheme's codes sort the other way.
    c.meeting('2026-03-20', ['主题党日', '支部委员会']);
    const names = Object.fromEntries(listRules(c.ledger, 2026).map((r) => [r.code, r.name]));
    const thatDay = memberStatement(c.ledger, c.zhang, 2026)
      .entries.filter((e) => e.occurredOn === '2026-03-20')
      .map((e) => e.ruleName);
    expect(thatDay).toEqual([names.MEET_COMMITTEE, names.MEET_DAY]);
  });

  it('applies yearly caps in date order, and an earlier meeting added later takes the room', () => {
    const c = pointsCommunity();
    const ids = ['2026-02-01', '2026-04-01', '2026-06-01', '2026-08-01', '2026-10-01'].map((d) => c.meeting(d, ['支部党员大会']));
    expect(c.total(c.zhang)).toBe(68); // +2 each, cap 8: the fifth earns nothing
    const perMeeting = () => {
      const sums = new Map<number, number>();
      for (const e of memberStatement(c.ledger, c.zhang, 2026).entries)
        if (e.sourceKind === 'meeting') sums.set(e.sourceId!, (sums.get(e.sourceId!) ?? 0) + e.points);
      return ids.map((id) => sums.get(id) ?? 0);
    };
    expect(perMeeting()).toEqual([2, 2, 2, 2, 0]);
    c.meeting('2026-01-10', ['支部党员大会']);
    expect(c.total(c.zhang)).toBe(68);
    expect(perMeeting()).toEqual([2, 2, 2, 0, 0]);
  });

  it('counts service hours per full 2 hours over the year, capped at 10', () => {
    const c = pointsCommunity();
    c.activity('2026-04-01', [[c.zhang, 3]]);
    expect(c.total(c.zhang)).toBe(61);
    c.activity('2026-05-01', [[c.zhang, 1]]);
    expect(c.total(c.zhang)).toBe(62);
    for (const d of ['2026-06-01', '2026-06-02', '2026-06-03']) c.activity(d, [[c.zhang, 8]]);
    expect(c.total(c.zhang)).toBe(70);
  });

  it('recomputing twice gives the same ledger', () => {
    const c = pointsCommunity();
    c.meeting('2026-03-05', ['主题党日'], { [c.li]: '缺席' });
    c.activity('2026-04-01', [[c.zhang, 4]]);
    const before = c.ledger.sqlite.prepare('SELECT * FROM point_entries ORDER BY id').all();
    expect(c.ledger.tx(() => recomputePoints(c.ledger, 2026))).toEqual({ appended: 0 });
    expect(c.ledger.tx(() => recomputePoints(c.ledger, 2026))).toEqual({ appended: 0 });
    expect(c.ledger.sqlite.prepare('SELECT * FROM point_entries ORDER BY id').all()).toEqual(before);
  });

  it('derives a year from nothing exactly as the meetings earned it one by one, hundreds of entries at once', () => {
    const c = pointsCommunity();
    // Two a month up to the fixture's today: past every cap, and over the hundred rows one statement writes.
    for (let m = 1; m <= 10; m++) {
      const month = String(m).padStart(2, '0');
      c.meeting(`2026-${month}-05`, ['主题党日', '支部党员大会'], m % 3 === 0 ? { [c.li]: '缺席' } : {});
      c.meeting(`2026-${month}-20`, ['党课'], m % 4 === 0 ? { [c.zhang]: '请假' } : {});
    }
    const more = Array.from({ length: 20 }, (_, i) => {
      const birthDate = `1970-01-${String(i + 1).padStart(2, '0')}`;
      return createMember(c.ledger, memberInput(c.tree.branchB.id, { name: `党员${i + 1}`, birthDate, idNumber: makeId(birthDate) }), null, TODAY).id;
    });
    for (let d = 1; d <= 28; d++)
      c.activity(`2026-06-${String(d).padStart(2, '0')}`, [[c.zhang, 1.5], [c.li, 1], ...more.slice(0, (d % 20) + 1).map((id): [number, number] => [id, 2])]);
    const entries = () =>
      c.ledger.sqlite
        .prepare(
          `SELECT member_id, rule_id, points, occurred_on, source_kind, source_id FROM point_entries
       WHERE auto = 1 ORDER BY member_id, occurred_on, rule_id, source_id`,
        )
        .all();
    const earned = entries();
    const totals = [c.zhang, c.li].map((id) => c.total(id));
    c.ledger.sqlite.prepare('DELETE FROM point_entries').run();
    const { appended } = c.ledger.tx(() => recomputePoints(c.ledger, 2026));
    expect(appended).toBeGreaterThan(100);
    expect(appended % 100).not.toBe(0);
    expect(entries()).toEqual(earned);
    expect([c.zhang, c.li].map((id) => c.total(id))).toEqual(totals);
    // Written member by member (each member's entries hold consecutive ids), and within a
    // member rule by rule in the scheme's order, each rule's in date order.
    const written = c.ledger.sqlite
      .prepare('SELECT e.member_id AS memberId, r.code, e.occurred_on AS on_ FROM point_entries e JOIN point_rules r ON r.id = e.rule_id ORDER BY e.id')
      .all() as { memberId: number; code: string; on_: string }[];
    const members = written.map((w) => w.memberId);
    expect(members.filter((id, i) => i === 0 || id !== members[i - 1])).toEqual([...new Set(members)]);
    const sorted = [...written].sort(
      (a, b) => a.memberId - b.memberId || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) || (a.on_ < b.on_ ? -1 : a.on_ > b.on_ ? 1 : 0),
    );
    expect(written).toEqual(sorted);
  });

  it('follows an edit of its source with new entries, never by editing old ones', () => {
    const c = pointsCommunity();
    const id = c.meeting('2026-03-05', ['主题党日']);
    expect(c.total(c.li)).toBe(61);
    const before = c.ledger.sqlite.prepare('SELECT * FROM point_entries ORDER BY id').all();
    c.meeting('2026-03-05', ['主题党日'], { [c.li]: '缺席' }, id);
    expect(c.total(c.li)).toBe(58);
    const after = c.ledger.sqlite.prepare('SELECT * FROM point_entries ORDER BY id').all();
    expect(after.slice(0, before.length)).toEqual(before);
    const lis = memberStatement(c.ledger, c.li, 2026).entries.filter((e) => e.sourceId === id);
    expect(lis.map((e) => e.points).sort((a, b) => a - b)).toEqual([-2, -1, 1]);
    expect(lis.every((e) => e.sourceKind === 'meeting' && e.sourceLabel?.includes('主题党日'))).toBe(true);
  });

  it('moving a meeting to another year moves its points', () => {
    const c = pointsCommunity();
    copyScheme(c.ledger, 2026, 2025);
    const id = c.meeting('2026-03-05', ['主题党日']);
    c.meeting('2025-12-30', ['主题党日'], {}, id);
    expect(c.total(c.zhang, 2026)).toBe(60);
    expect(c.total(c.zhang, 2025)).toBe(61);
  });

  it('gives the 微心愿 points to the roster member behind the 在职党员 who took it, when it is evaluated', () => {
    const c = pointsCommunity();
    const onjobId = c.onjobFor(c.zhang);
    const demandId = createDemand(
      c.ledger,
      { kind: '微心愿', title: '助听器', content: null, requester: '孙奶奶', requesterPhone: null, doneOn: '2026-05-01', doneBy: '网格员' },
      TODAY,
    );
    const step = (s: string, extra = {}) =>
      takeStep(c.ledger, { demandId, step: s as never, doneOn: '2026-05-03', doneBy: '书记', note: null, onjobId: null, ...extra }, TODAY);
    step('支部议单');
    step('社区派单');
    step('党员接单', { onjobId });
    expect(c.total(c.zhang)).toBe(60);
    step('党群评单');
    expect(c.total(c.zhang)).toBe(62);
  });

  it('follows a rule change: every automatic entry of the year is re-derived', () => {
    const c = pointsCommunity();
    c.meeting('2026-03-05', ['主题党日']);
    const rule = listRules(c.ledger, 2026).find((r) => r.code === 'MEET_DAY')!;
    saveRule(c.ledger, pointRuleInput.parse({ ...rule, points: 3 }));
    expect(c.total(c.zhang)).toBe(63);
    expect(refused(() => saveRule(c.ledger, pointRuleInput.parse({ ...rule, category: '扣分', points: 3 }))).field).toBe('points');
  });
});

describe('manual points', () => {
  it('a correction is a reversing entry; auto entries and reversals cannot be reversed', () => {
    const c = pointsCommunity();
    const id = addManualEntry(
      c.ledger,
      { memberId: c.zhang, ruleId: ruleId(c.ledger, 'HONOUR'), occurredOn: '2026-07-01', points: null, reason: '区级优秀党员', operator: '刘书记' },
      TODAY,
    );
    expect(c.total(c.zhang)).toBe(65);
    const reversal = reverseEntry(c.ledger, { id, reason: '登记错人', operator: '刘书记' }, TODAY);
    expect(c.total(c.zhang)).toBe(60);
    expect(memberStatement(c.ledger, c.zhang, 2026).entries.map((e) => e.points)).toEqual([60, 5, -5]);
    expect(refused(() => reverseEntry(c.ledger, { id, reason: 'x', operator: 'y' }, TODAY)).message).toContain('已经冲销');
    expect(refused(() => reverseEntry(c.ledger, { id: reversal, reason: 'x', operator: 'y' }, TODAY)).message).toContain('冲销记录');
    const auto = memberStatement(c.ledger, c.zhang, 2026).entries[0].id;
    expect(refused(() => reverseEntry(c.ledger, { id: auto, reason: 'x', operator: 'y' }, TODAY)).message).toContain('来源记录');
    expect(
      refused(() =>
        addManualEntry(
          c.ledger,
          { memberId: c.zhang, ruleId: ruleId(c.ledger, 'MEET_DAY'), occurredOn: '2026-07-01', points: null, reason: 'x', operator: 'y' },
          TODAY,
        ),
      ).message,
    ).toContain('自动计算');
  });

  it('一票否决 makes the year total 0 until it is reversed', () => {
    const c = pointsCommunity();
    c.meeting('2026-03-05', ['主题党日']);
    const veto = addManualEntry(
      c.ledger,
      { memberId: c.li, ruleId: ruleId(c.ledger, 'VETO'), occurredOn: '2026-08-01', points: null, reason: '受党内警告处分', operator: '刘书记' },
      TODAY,
    );
    const standings = yearStandings(c.ledger, 2026);
    const li = standings.rows.find((r) => r.memberId === c.li)!;
    expect(li).toMatchObject({ vetoed: true, total: 0, rank: 3, stars: 1 });
    reverseEntry(c.ledger, { id: veto, reason: '处分撤销', operator: '刘书记' }, TODAY);
    expect(c.total(c.li)).toBe(61);
  });

  it('不参加积分 takes a member out of automatic points and the ranking, and back', () => {
    const c = pointsCommunity();
    c.meeting('2026-03-05', ['主题党日']);
    setExclusion(c.ledger, { memberId: c.li, year: 2026, reason: '年老体弱' });
    const row = yearStandings(c.ledger, 2026).rows.find((r) => r.memberId === c.li)!;
    expect(row).toMatchObject({ excludedReason: '年老体弱', rank: null, stars: null });
    expect(memberStatement(c.ledger, c.li, 2026).sum).toBe(0);
    expect(
      refused(() =>
        addManualEntry(
          c.ledger,
          { memberId: c.li, ruleId: ruleId(c.ledger, 'HONOUR'), occurredOn: '2026-07-01', points: null, reason: 'x', operator: 'y' },
          TODAY,
        ),
      ).message,
    ).toContain('不参加积分');
    setExclusion(c.ledger, { memberId: c.li, year: 2026, reason: null });
    expect(c.total(c.li)).toBe(61);
  });
});

describe('standings', () => {
  it('ranks the community and each branch with ties sharing a rank, and gives stars from the table', () => {
    const c = pointsCommunity();
    c.meeting('2026-03-05', ['主题党日'], { [c.li]: '缺席' });
    const rows = new Map(yearStandings(c.ledger, 2026).rows.map((r) => [r.memberId, r]));
    expect(rows.get(c.zhang)).toMatchObject({ total: 61, rank: 1, branchRank: 1, stars: 2 });
    expect(rows.get(c.wang)).toMatchObject({ total: 60, rank: 2, branchRank: 1, stars: 2 });
    expect(rows.get(c.li)).toMatchObject({ total: 58, rank: 3, branchRank: 2, stars: 1 });
    c.meeting('2026-03-06', ['主题党日'], { [c.zhang]: '请假' });
    c.meeting('2026-03-07', ['主题党日'], { [c.zhang]: '请假' });
    const again = new Map(yearStandings(c.ledger, 2026).rows.map((r) => [r.memberId, r]));
    // 61, 60, 60: the tie shares rank 2.
    expect([again.get(c.zhang)!.total, again.get(c.li)!.total, again.get(c.wang)!.total]).toEqual([61, 60, 60]);
    expect([again.get(c.zhang)!.rank, again.get(c.li)!.rank, again.get(c.wang)!.rank]).toEqual([1, 2, 2]);
  });
});

describe('在职党员 linked to the roster', () => {
  it('their activities count for the roster member once linked, and only once when both are listed', async () => {
    const c = pointsCommunity();
    const { saveActivity } = await import('../../../db/dualReg/activities');
    const { activityInput } = await import('../../../api/schemas/dualReg');
    const onjobId = c.onjobFor(c.zhang);
    saveActivity(
      c.ledger,
      activityInput.parse({
        heldOn: '2026-04-01',
        theme: '义诊',
        participants: [
          { kind: 'onjob', refId: onjobId, hours: 2 },
          { kind: 'member', refId: c.zhang, hours: 2 },
        ],
      }),
      TODAY,
    );
    expect(c.total(c.zhang)).toBe(61);
  });

  it('pages the ranking in rank order, by branch with branch ranks, and by name', () => {
    const c = pointsCommunity();
    c.meeting('2026-03-05', ['主题党日'], { [c.li]: '缺席' });
    const page = (q: Partial<Parameters<typeof standingsPage>[1]>) =>
      standingsPage(c.ledger, { year: 2026, branchId: null, keyword: null, page: 1, pageSize: 2, ...q });
    const first = page({});
    expect(first.total).toBe(3);
    expect(first.rows.map((r) => r.memberId)).toEqual([c.zhang, c.wang]);
    expect(page({ page: 2 }).rows.map((r) => [r.memberId, r.rank])).toEqual([[c.li, 3]]);
    const branchOfLi = first.branches.length > 1 ? yearStandings(c.ledger, 2026).rows.find((r) => r.memberId === c.li)!.branchId : null;
    const inBranch = page({ branchId: branchOfLi, pageSize: 50 });
    expect(inBranch.rows.at(-1)).toMatchObject({ memberId: c.li, branchRank: 2 });
    expect(page({ keyword: yearStandings(c.ledger, 2026).rows.find((r) => r.memberId === c.wang)!.name }).rows.map((r) => r.memberId)).toEqual([c.wang]);
  });

  it('never keeps a ranking computed inside a transaction that rolled back', () => {
    const c = pointsCommunity();
    const before = yearStandings(c.ledger, 2026).rows.find((r) => r.memberId === c.zhang)!.total;
    expect(() =>
      c.ledger.tx(() => {
        addManualEntry(
          c.ledger,
          { memberId: c.zhang, ruleId: ruleId(c.ledger, 'HONOUR'), occurredOn: '2026-07-01', points: null, reason: '表彰', operator: '刘书记' },
          TODAY,
        );
        expect(yearStandings(c.ledger, 2026).rows.find((r) => r.memberId === c.zhang)!.total).toBeGreaterThan(before);
        throw new Error('rolled back');
      }),
    ).toThrow('rolled back');
    expect(yearStandings(c.ledger, 2026).rows.find((r) => r.memberId === c.zhang)!.total).toBe(before);
  });
});
