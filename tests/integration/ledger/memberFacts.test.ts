// Writes of dated facts: creating a member opens its intervals; the form's changes and the
// status changes close one and open the next on their date; the cache on the member row
// agrees with today's intervals after any sequence of writes; a wrong date is corrected by
// moving one boundary, logged, with nothing deleted.
import { describe, expect, it } from 'vitest';
import { correctFactDate } from '../../../db/members/correct';
import { cacheDisagreements } from '../../../db/members/factsCache';
import { memberHistory } from '../../../db/members/history';
import { getMember } from '../../../db/members/read';
import { changeMemberStatus } from '../../../db/members/status';
import { createMember, updateMember } from '../../../db/members/write';
import { LedgerError } from '../../../db/ledgerError';
import type { Ledger } from '../../../db/open';
import type { MemberHistory } from '../../../api/schemas/members';
import type { Result } from '../../../api/result';
import { addDays } from '../../../api/rules/dates';
import { refused } from '../../support/refused';
import { formOf, statusChange } from '../../support/memberForms';
import { basicTree, memberInput, memoryLedger, routerFor, TODAY } from '../../support/testLedger';

const change = statusChange;

type Span = [value: string, from: string, to: string | null];
const spans = (ledger: Ledger, memberId: number, fact: string): Span[] =>
  ledger.sqlite
    .prepare('SELECT value, valid_from, valid_to FROM member_facts WHERE member_id = ? AND fact = ? ORDER BY valid_from')
    .raw()
    .all(memberId, fact) as Span[];

function setup() {
  const ledger = memoryLedger();
  const tree = basicTree(ledger);
  return { ledger, tree };
}

describe('dated facts: writes', () => {
  it('a new member opens each fact from 入党 (or the 转入 day), 预备 until 转正', () => {
    const { ledger, tree } = setup();
    const id = createMember(
      ledger,
      memberInput(tree.branchA.id, { joinedOn: '2005-07-01', fullMemberOn: '2006-07-01', groupId: tree.group.id, communityClass: '离退休' }),
      null,
      TODAY,
    ).id;
    expect(spans(ledger, id, 'category')).toEqual([
      ['预备党员', '2005-07-01', '2006-07-01'],
      ['正式党员', '2006-07-01', null],
    ]);
    expect(spans(ledger, id, 'party_status')).toEqual([['正常', '2005-07-01', null]]);
    expect(spans(ledger, id, 'branch')).toEqual([[String(tree.branchA.id), '2005-07-01', null]]);
    expect(spans(ledger, id, 'group')).toEqual([[String(tree.group.id), '2005-07-01', null]]);
    expect(spans(ledger, id, 'community_class')).toEqual([['离退休', '2005-07-01', null]]);

    const came = createMember(
      ledger,
      memberInput(tree.branchB.id, { joinedOn: '1999-07-01', fullMemberOn: '2000-07-01' }),
      { occurredOn: '2024-03-15', fromPlace: '外区', letterNo: null },
      TODAY,
    ).id;
    expect(spans(ledger, came, 'branch')).toEqual([[String(tree.branchB.id), '2024-03-15', null]]);
    expect(spans(ledger, came, 'category')[1]).toEqual(['正式党员', '2000-07-01', null]);
    expect(cacheDisagreements(ledger)).toEqual([]);
  });

  it('a change of 支部, 党小组 or 社区分类 takes effect on its date, and the cache follows', () => {
    const { ledger, tree } = setup();
    const id = createMember(ledger, memberInput(tree.branchA.id, { groupId: tree.group.id }), null, TODAY).id;
    updateMember(ledger, id, { ...formOf(ledger, id), branchId: tree.branchB.id, groupId: null, communityClass: '流动' }, TODAY, '2026-03-01');
    expect(spans(ledger, id, 'branch')).toEqual([
      [String(tree.branchA.id), '2005-07-01', '2026-03-01'],
      [String(tree.branchB.id), '2026-03-01', null],
    ]);
    expect(spans(ledger, id, 'group')).toEqual([[String(tree.group.id), '2005-07-01', '2026-03-01']]);
    expect(spans(ledger, id, 'community_class')).toEqual([
      ['直管', '2005-07-01', '2026-03-01'],
      ['流动', '2026-03-01', null],
    ]);
    const m = getMember(ledger, id, TODAY);
    expect([m.branchId, m.groupId, m.communityClass]).toEqual([tree.branchB.id, null, '流动']);
    expect(m.events.map((e) => [e.kind, e.occurredOn])).toEqual([['支部调整', '2026-03-01']]);
    expect(cacheDisagreements(ledger)).toEqual([]);

    // Saving the form unchanged writes no interval.
    const before = ledger.sqlite.prepare('SELECT count(*) FROM member_facts').pluck().get();
    updateMember(ledger, id, formOf(ledger, id), TODAY, '2026-05-01');
    expect(ledger.sqlite.prepare('SELECT count(*) FROM member_facts').pluck().get()).toBe(before);
  });

  it('refuses a change dated before the current interval began, or after today, naming the field', () => {
    const { ledger, tree } = setup();
    const id = createMember(ledger, memberInput(tree.branchA.id), null, TODAY).id;
    updateMember(ledger, id, { ...formOf(ledger, id), branchId: tree.branchB.id }, TODAY, '2026-03-01');
    const early = refused(() => updateMember(ledger, id, { ...formOf(ledger, id), branchId: tree.branchA.id }, TODAY, '2026-02-01'));
    expect(early.message).toBe('所在党支部的变动日期不能早于现在这一段的起始日期2026-03-01');
    expect(early.field).toBe('effectiveOn');
    const cls = refused(() => updateMember(ledger, id, { ...formOf(ledger, id), communityClass: '其他' }, TODAY, '2005-06-30'));
    expect(cls.message).toContain('社区分类');
    const late = refused(() => updateMember(ledger, id, { ...formOf(ledger, id), branchId: tree.branchA.id }, TODAY, addDays(TODAY, 1)));
    expect(late).toMatchObject({ message: '变动日期不能晚于今天', field: 'effectiveOn' });
    // Nothing of the refused saves was written.
    expect(spans(ledger, id, 'branch').at(-1)).toEqual([String(tree.branchB.id), '2026-03-01', null]);
  });

  it('status changes end and begin intervals on their date', () => {
    const { ledger, tree } = setup();
    const id = createMember(ledger, memberInput(tree.branchA.id, { groupId: tree.group.id }), null, TODAY).id;
    changeMemberStatus(ledger, id, change({ change: '停止党籍', occurredOn: '2024-01-10', reason: '连续六个月不参加组织生活' }), TODAY);
    changeMemberStatus(ledger, id, change({ change: '恢复', occurredOn: '2024-09-01', reason: '已改正' }), TODAY);
    changeMemberStatus(ledger, id, change({ change: '转出', occurredOn: '2025-02-01', place: '外区' }), TODAY);
    changeMemberStatus(ledger, id, change({ change: '转入', occurredOn: '2025-08-01', place: '外区' }), TODAY);
    changeMemberStatus(ledger, id, change({ change: '死亡', occurredOn: '2026-06-06' }), TODAY);
    const A = String(tree.branchA.id);
    expect(spans(ledger, id, 'party_status')).toEqual([
      ['正常', '2005-07-01', '2024-01-10'],
      ['停止党籍', '2024-01-10', '2024-09-01'],
      ['正常', '2024-09-01', '2026-06-06'],
      ['死亡', '2026-06-06', null],
    ]);
    expect(spans(ledger, id, 'branch')).toEqual([
      [A, '2005-07-01', '2025-02-01'],
      [A, '2025-08-01', '2026-06-06'],
    ]);
    expect(spans(ledger, id, 'group').map((s) => s[2])).toEqual(['2025-02-01', '2026-06-06']);
    expect(cacheDisagreements(ledger)).toEqual([]);
  });

  it('after any sequence of writes, the member row agrees with today’s intervals', () => {
    const { ledger, tree } = setup();
    const branches = [tree.branchA.id, tree.branchB.id];
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    const ids = [0, 1, 2, 3, 4, 5].map(
      (i) =>
        createMember(
          ledger,
          memberInput(
            branches[i % 2],
            i % 3 === 0 ? { category: '预备党员', fullMemberOn: null, joinedOn: '2025-05-01' } : { joinedOn: '2001-07-01', fullMemberOn: '2002-07-01' },
          ),
          null,
          TODAY,
        ).id,
    );
    const cursor = new Map(ids.map((id) => [id, '2025-06-01']));
    let applied = 0;
    let refusedCount = 0;
    for (let step = 0; step < 300; step++) {
      const id = ids[rand(ids.length)];
      // Mostly forward in time, sometimes a day that is already past (which must be refused or be harmless).
      const on = rand(10) === 0 ? addDays(cursor.get(id)!, -rand(60)) : addDays(cursor.get(id)!, rand(12));
      const day = on > TODAY ? TODAY : on;
      cursor.set(id, day);
      const kind = rand(9);
      try {
        if (kind < 3) {
          const branchId = branches[rand(2)];
          updateMember(
            ledger,
            id,
            {
              ...formOf(ledger, id),
              branchId,
              groupId: branchId === tree.branchA.id && rand(2) ? tree.group.id : null,
              communityClass: (['直管', '流动', '其他'] as const)[rand(3)],
            },
            TODAY,
            day,
          );
        } else {
          const c = (['停止党籍', '恢复', '保留党籍', '转出', '转入', '转正'] as const)[kind - 3];
          changeMemberStatus(ledger, id, change({ change: c, occurredOn: day, place: '外区', reason: '测试', decidedOn: day, approvedOn: day }), TODAY);
        }
        applied++;
      } catch (error) {
        if (!(error instanceof LedgerError)) throw error;
        refusedCount++;
      }
      expect(cacheDisagreements(ledger)).toEqual([]);
    }
    // The sequence exercised both paths.
    expect(applied).toBeGreaterThan(30);
    expect(refusedCount).toBeGreaterThan(10);
    // No interval overlaps another of the same fact, and none is empty.
    const overlaps = ledger.sqlite
      .prepare(
        `SELECT count(*) FROM member_facts a JOIN member_facts b ON a.member_id = b.member_id AND a.fact = b.fact AND a.id < b.id
         WHERE a.valid_from < coalesce(b.valid_to, '9999') AND b.valid_from < coalesce(a.valid_to, '9999')`,
      )
      .pluck()
      .get();
    expect(overlaps).toBe(0);
  });
});

describe('dated facts: correcting a date', () => {
  function suspended() {
    const { ledger, tree } = setup();
    const id = createMember(ledger, memberInput(tree.branchA.id), null, TODAY).id;
    changeMemberStatus(ledger, id, change({ change: '停止党籍', occurredOn: '2024-01-10', reason: '连续六个月不参加组织生活' }), TODAY);
    changeMemberStatus(ledger, id, change({ change: '恢复', occurredOn: '2024-09-01', reason: '已改正' }), TODAY);
    const factId = (value: string, from: string) =>
      ledger.sqlite
        .prepare("SELECT id FROM member_facts WHERE member_id = ? AND fact = 'party_status' AND value = ? AND valid_from = ?")
        .pluck()
        .get(id, value, from) as number;
    return { ledger, tree, id, factId };
  }

  it('moves one boundary with its neighbour and logs a 更正, deleting nothing', () => {
    const { ledger, id, factId } = suspended();
    const stopped = factId('停止党籍', '2024-01-10');
    const rows = ledger.sqlite.prepare('SELECT count(*) FROM member_facts').pluck().get();
    correctFactDate(ledger, id, stopped, '2024-02-10', '录入时把二月写成了一月', TODAY);
    expect(spans(ledger, id, 'party_status')).toEqual([
      ['正常', '2005-07-01', '2024-02-10'],
      ['停止党籍', '2024-02-10', '2024-09-01'],
      ['正常', '2024-09-01', null],
    ]);
    expect(ledger.sqlite.prepare('SELECT count(*) FROM member_facts').pluck().get()).toBe(rows);
    const logged = memberHistory(ledger, id).events.at(-1)!;
    expect(logged).toMatchObject({
      kind: '更正',
      occurredOn: TODAY,
      place: '党籍状态',
      reason: '录入时把二月写成了一月',
      factId: stopped,
      oldOn: '2024-01-10',
      newOn: '2024-02-10',
    });
    // The 停止党籍 event itself stays as it was entered.
    expect(memberHistory(ledger, id).events.find((e) => e.kind === '停止党籍')?.occurredOn).toBe('2024-01-10');
  });

  it('refuses a date that would leave an interval without a day or overlap another', () => {
    const { ledger, tree, id, factId } = suspended();
    const stopped = factId('停止党籍', '2024-01-10');
    const before = ledger.sqlite.prepare('SELECT * FROM member_facts ORDER BY id').all();
    expect(refused(() => correctFactDate(ledger, id, stopped, '2024-09-01', '误', TODAY)).message).toContain('不足一天');
    expect(refused(() => correctFactDate(ledger, id, stopped, '2005-07-01', '误', TODAY)).message).toContain('前一段');
    expect(refused(() => correctFactDate(ledger, id, stopped, addDays(TODAY, 1), '误', TODAY)).message).toBe('更正后的日期不能晚于今天');
    // A gap stays a gap: after 转出 and 转入, the second stretch cannot start inside the first.
    changeMemberStatus(ledger, id, change({ change: '转出', occurredOn: '2025-02-01', place: '外区' }), TODAY);
    changeMemberStatus(ledger, id, change({ change: '转入', occurredOn: '2025-08-01', place: '外区' }), TODAY);
    const second = ledger.sqlite
      .prepare("SELECT id FROM member_facts WHERE member_id = ? AND fact = 'branch' AND valid_from = '2025-08-01'")
      .pluck()
      .get(id) as number;
    expect(refused(() => correctFactDate(ledger, id, second, '2025-01-01', '误', TODAY)).message).toContain('重叠');
    expect(refused(() => correctFactDate(ledger, id, stopped, '2024-01-10', '误', TODAY)).message).toBe('更正后的日期与原日期相同');
    const other = createMember(ledger, memberInput(tree.branchB.id), null, TODAY).id;
    expect(refused(() => correctFactDate(ledger, other, stopped, '2024-02-01', '误', TODAY)).code).toBe('NOT_FOUND');
    expect(ledger.sqlite.prepare("SELECT * FROM member_facts WHERE member_id = ? AND fact = 'party_status' ORDER BY id").all(id)).toEqual(
      before.filter((r: any) => r.member_id === id && r.fact === 'party_status'),
    );
  });

  it('corrects a 转出 date (the end of a stretch on the roster) and the member row follows', () => {
    const { ledger, tree } = setup();
    const id = createMember(ledger, memberInput(tree.branchA.id), null, TODAY).id;
    changeMemberStatus(ledger, id, change({ change: '转出', occurredOn: '2025-02-01', place: '外区' }), TODAY);
    const stretch = ledger.sqlite.prepare("SELECT id FROM member_facts WHERE member_id = ? AND fact = 'branch'").pluck().get(id) as number;
    correctFactDate(ledger, id, stretch, '2025-03-01', '介绍信日期为三月一日', TODAY, 'to');
    expect(spans(ledger, id, 'branch')).toEqual([[String(tree.branchA.id), '2005-07-01', '2025-03-01']]);
    expect(getMember(ledger, id, TODAY).leftOn).toBe('2025-03-01');
    expect(cacheDisagreements(ledger)).toEqual([]);
  });

  it('correcting the start of the first stretch on the roster corrects 入党日期, every fact begun that day, each logged', () => {
    const { ledger, tree } = setup();
    const id = createMember(ledger, memberInput(tree.branchA.id, { groupId: tree.group.id }), null, TODAY).id;
    const first = ledger.sqlite.prepare("SELECT id FROM member_facts WHERE member_id = ? AND fact = 'branch'").pluck().get(id) as number;
    const eventId = correctFactDate(ledger, id, first, '2005-06-15', '以支部大会决议日期为准', TODAY);
    expect(getMember(ledger, id, TODAY).joinedOn).toBe('2005-06-15');
    for (const fact of ['branch', 'group', 'party_status', 'community_class']) expect(spans(ledger, id, fact)[0][1]).toBe('2005-06-15');
    expect(spans(ledger, id, 'category')).toEqual([
      ['预备党员', '2005-06-15', '2006-07-01'],
      ['正式党员', '2006-07-01', null],
    ]);
    const corrections = memberHistory(ledger, id).events.filter((e) => e.kind === '更正');
    expect(corrections.map((e) => e.place).sort()).toEqual(['人员类别', '所在党小组', '党籍状态', '所在党支部', '社区分类'].sort());
    expect(corrections.every((e) => e.oldOn === '2005-07-01' && e.newOn === '2005-06-15' && e.reason === '以支部大会决议日期为准')).toBe(true);
    expect(corrections.find((e) => e.id === eventId)?.factId).toBe(first);
    expect(cacheDisagreements(ledger)).toEqual([]);

    // A date that would empty the 预备 stretch is refused, and 入党日期 stays as it was.
    const category = ledger.sqlite
      .prepare("SELECT id FROM member_facts WHERE member_id = ? AND fact = 'category' AND value = '预备党员'")
      .pluck()
      .get(id) as number;
    expect(refused(() => correctFactDate(ledger, id, category, '2006-07-01', '误', TODAY)).message).toContain('不足一天');
    expect(getMember(ledger, id, TODAY).joinedOn).toBe('2005-06-15');
    expect(spans(ledger, id, 'branch')[0][1]).toBe('2005-06-15');
    // Correcting the 预备 stretch's start is the same correction of 入党日期.
    correctFactDate(ledger, id, category, '2005-06-20', '复核', TODAY);
    expect(getMember(ledger, id, TODAY).joinedOn).toBe('2005-06-20');
    expect(spans(ledger, id, 'branch')[0][1]).toBe('2005-06-20');
  });

  it('correcting a 转入 day moves the 党小组 and 社区分类 that began with it and leaves 入党日期', () => {
    const { ledger, tree } = setup();
    const id = createMember(
      ledger,
      memberInput(tree.branchA.id, { groupId: tree.group.id }),
      { occurredOn: '2015-03-01', fromPlace: '外区', letterNo: null },
      TODAY,
    ).id;
    const first = ledger.sqlite.prepare("SELECT id FROM member_facts WHERE member_id = ? AND fact = 'branch'").pluck().get(id) as number;
    correctFactDate(ledger, id, first, '2015-02-01', '介绍信日期为二月一日', TODAY);
    expect(getMember(ledger, id, TODAY).joinedOn).toBe('2005-07-01');
    for (const fact of ['branch', 'group', 'community_class']) expect(spans(ledger, id, fact)[0][1]).toBe('2015-02-01');
    expect(spans(ledger, id, 'party_status')[0][1]).toBe('2005-07-01');
    expect(cacheDisagreements(ledger)).toEqual([]);
  });

  it('an edited 入党日期 or 转正日期 moves the boundaries on the old date, each logged', () => {
    const { ledger, tree } = setup();
    const id = createMember(ledger, memberInput(tree.branchA.id), null, TODAY).id;
    updateMember(ledger, id, { ...formOf(ledger, id), joinedOn: '2005-06-01', fullMemberOn: '2006-06-01' }, TODAY);
    expect(spans(ledger, id, 'category')).toEqual([
      ['预备党员', '2005-06-01', '2006-06-01'],
      ['正式党员', '2006-06-01', null],
    ]);
    expect(spans(ledger, id, 'branch')).toEqual([[String(tree.branchA.id), '2005-06-01', null]]);
    const corrections = memberHistory(ledger, id).events.filter((e) => e.kind === '更正');
    expect(corrections.map((e) => [e.place, e.oldOn, e.newOn, e.reason])).toEqual(
      expect.arrayContaining([
        ['人员类别', '2005-07-01', '2005-06-01', '修改入党日期'],
        ['所在党支部', '2005-07-01', '2005-06-01', '修改入党日期'],
        ['人员类别', '2006-07-01', '2006-06-01', '修改转正日期'],
      ]),
    );
    expect(cacheDisagreements(ledger)).toEqual([]);
  });

  it('through the router: members.history and members.correctFactDate', async () => {
    const { ledger, id, factId } = suspended();
    const { router } = routerFor(ledger);
    const history = (await router.handle('members.history', { id })) as Result<MemberHistory>;
    expect(history.ok).toBe(true);
    if (!history.ok) return;
    expect(history.value.facts.find((f) => f.fact === 'branch')).toMatchObject({ label: '所在党支部', valueText: '第一网格党支部', validTo: null });
    const corrected = (await router.handle('members.correctFactDate', {
      id,
      factId: factId('正常', '2024-09-01'),
      newOn: '2024-08-20',
      reason: '以党委批复日期为准',
    })) as Result<MemberHistory>;
    expect(corrected.ok && corrected.value.events.at(-1)).toMatchObject({ kind: '更正', oldOn: '2024-09-01', newOn: '2024-08-20' });
    const noReason = await router.handle('members.correctFactDate', { id, factId: factId('正常', '2024-08-20'), newOn: '2024-08-21', reason: '' });
    expect(noReason.ok).toBe(false);
    expect(!noReason.ok && noReason.error.field).toBe('reason');
  });
});
