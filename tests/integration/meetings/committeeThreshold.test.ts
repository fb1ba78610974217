// 《中国共产党支部工作条例（试行）》第九条: a branch with 7 or more 正式党员 has a committee and
// owes its monthly 支委会. The count on each period's first day comes from the dated facts: a
// member who moved counts in the branch they were in that day, not in today's.
import { describe, expect, it } from 'vitest';
import type { MemberInput } from '../../../api/schemas/members';
import { complianceMatrix } from '../../../db/meetings/compliance';
import { holdsOn } from '../../../db/members/facts';
import { fullMemberShortfalls } from '../../../db/members/fullMembers';
import { changeMemberStatus, type StatusChangeInput } from '../../../db/members/status';
import { createMember, updateMember } from '../../../db/members/write';
import type { Ledger } from '../../../db/open';
import { LedgerError } from '../../../db/ledgerError';
import { basicTree, memberInput, memoryLedger, TODAY } from '../../support/testLedger';

const committeeStatuses = (ledger: Ledger, branchId: number) =>
  complianceMatrix(ledger, 2026, TODAY)
    .rows.find((r) => r.orgId === branchId && r.type === '支部委员会')!
    .cells.map((c) => c.status);

const status = (change: StatusChangeInput['change'], occurredOn: string, extra: Partial<StatusChangeInput> = {}): StatusChangeInput => ({
  change,
  occurredOn,
  place: null,
  letterNo: null,
  reason: '测试',
  extendedTo: null,
  ...extra,
});

describe('the 7 正式党员 that make a branch owe a 支委会, on each period’s first day', () => {
  it('counts a member who moved branch in the old branch before the move and in the new one after', () => {
    const ledger = memoryLedger();
    const tree = basicTree(ledger);
    const inputs: MemberInput[] = [];
    const add = (branchId: number, name: string) => {
      const input = memberInput(branchId, { name });
      inputs.push(input);
      return createMember(ledger, input, null, TODAY).id;
    };
    const inA = Array.from({ length: 8 }, (_, i) => add(tree.branchA.id, `甲${i}`));
    for (let i = 0; i < 5; i++) add(tree.branchB.id, `乙${i}`);
    // Two of A's eight move to B on 10 May: A has 6 from then, B 7.
    for (const id of inA.slice(0, 2)) updateMember(ledger, id, { ...inputs[inA.indexOf(id)], branchId: tree.branchB.id }, TODAY, '2026-05-10');

    // A: owed January–May (8 on 1 May), not from June (6); B: not owed until June.
    expect(committeeStatuses(ledger, tree.branchA.id)).toEqual([...Array(5).fill('missing'), ...Array(7).fill('notRequired')]);
    expect(committeeStatuses(ledger, tree.branchB.id)).toEqual([...Array(5).fill('notRequired'), ...Array(5).fill('missing'), 'due', 'notYet']);
    const june = complianceMatrix(ledger, 2026, TODAY).rows.find((r) => r.orgId === tree.branchA.id && r.type === '支部委员会')!.cells[5];
    expect(june.note).toContain('正式党员6人，不足7人');
  });

  it('does not count a 正式党员 under 停止党籍 or 保留党籍 on the day', () => {
    const ledger = memoryLedger();
    const tree = basicTree(ledger);
    const ids = Array.from({ length: 7 }, (_, i) => createMember(ledger, memberInput(tree.branchA.id, { name: `党员${i}` }), null, TODAY).id);
    changeMemberStatus(ledger, ids[0], status('停止党籍', '2026-03-15'), TODAY);
    changeMemberStatus(ledger, ids[0], status('恢复', '2026-07-20'), TODAY);
    // Six on 1 April … 1 July; seven again on 1 August.
    expect(committeeStatuses(ledger, tree.branchA.id)).toEqual([
      'missing',
      'missing',
      'missing',
      ...Array(4).fill('notRequired'),
      'missing',
      'missing',
      'missing',
      'due',
      'notYet',
    ]);
    changeMemberStatus(ledger, ids[1], status('保留党籍', '2026-09-01'), TODAY);
    expect(committeeStatuses(ledger, tree.branchA.id).slice(8)).toEqual(Array(4).fill('notRequired'));
  });

  it('counts neither a member stopped since before the year nor a 预备党员 whose 转正 never came', () => {
    const ledger = memoryLedger();
    const tree = basicTree(ledger);
    for (let i = 0; i < 6; i++) createMember(ledger, memberInput(tree.branchA.id, { name: `党员${i}` }), null, TODAY);
    const stopped = createMember(ledger, memberInput(tree.branchA.id, { name: '停' }), null, TODAY).id;
    changeMemberStatus(ledger, stopped, status('停止党籍', '2025-10-01'), TODAY);
    createMember(ledger, memberInput(tree.branchA.id, { name: '预', category: '预备党员', joinedOn: '2025-03-01', fullMemberOn: null }), null, TODAY);
    expect(committeeStatuses(ledger, tree.branchA.id)).toEqual(Array(12).fill('notRequired'));
  });

  it('agrees with counting each day’s intervals one by one, after moves, 转正, transfers and 停止党籍 across the year', () => {
    const ledger = memoryLedger();
    const tree = basicTree(ledger);
    const branches = [tree.branchA.id, tree.branchB.id];
    // A deterministic generator (mulberry32): the same ledger every run.
    let seed = 20261124;
    const rand = (n: number) => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
    };
    const inputs = new Map<number, MemberInput>();
    for (let i = 0; i < 30; i++) {
      const probation = rand(3) === 0;
      const input = memberInput(branches[rand(2)], {
        name: `成员${i}`,
        ...(probation ? { category: '预备党员', joinedOn: `2025-${String(1 + rand(12)).padStart(2, '0')}-10`, fullMemberOn: null } : {}),
      });
      const transfer = rand(5) === 0 ? { occurredOn: `2026-0${1 + rand(6)}-05`, fromPlace: '外区', letterNo: null } : null;
      inputs.set(createMember(ledger, input, transfer, TODAY).id, input);
    }
    // Two under 停止党籍 since before the year: they count nowhere until restored.
    // (正式党员: a 预备党员 cannot be put under 停止党籍.)
    const full = [...inputs].filter(([, input]) => input.category === '正式党员').map(([id]) => id);
    for (const id of full.slice(0, 2)) changeMemberStatus(ledger, id, status('停止党籍', '2025-11-20'), TODAY);
    // Changes in date order through the year; those the ledger refuses (转正 before the
    // 预备期 ends, 恢复 of someone not stopped, …) are skipped.
    const applied = [0, 0, 0, 0, 0, 0];
    for (let month = 1; month <= 11; month++) {
      for (const day of ['03', '10', '17', '24']) {
        const on = `2026-${String(month).padStart(2, '0')}-${day}`;
        const kind = rand(6);
        // Someone the change can apply to, so that most changes happen.
        const canApply = [
          'left_on IS NULL',
          "category = '预备党员' AND left_on IS NULL",
          "party_status = '正常' AND left_on IS NULL",
          "party_status = '停止党籍' AND left_on IS NULL",
          'left_on IS NULL',
          "left_reason = '转出'",
        ][kind];
        const eligible = ledger.sqlite.prepare(`SELECT id FROM members WHERE ${canApply} ORDER BY id`).pluck().all() as number[];
        if (eligible.length === 0) continue;
        const id = eligible[rand(eligible.length)];
        try {
          switch (kind) {
            case 0: {
              const input = { ...inputs.get(id)!, branchId: branches[rand(2)] };
              updateMember(ledger, id, input, TODAY, on);
              inputs.set(id, input);
              break;
            }
            case 1:
              changeMemberStatus(ledger, id, status('转正', on, { decidedOn: on, approvedOn: on }), TODAY);
              break;
            case 2:
              changeMemberStatus(ledger, id, status('停止党籍', on), TODAY);
              break;
            case 3:
              changeMemberStatus(ledger, id, status('恢复', on), TODAY);
              break;
            case 4:
              changeMemberStatus(ledger, id, status('转出', on), TODAY);
              break;
            default:
              changeMemberStatus(ledger, id, status('转入', on), TODAY);
          }
          applied[kind]++;
        } catch (e) {
          if (!(e instanceof LedgerError)) throw e;
        }
      }
    }
    // Each kind of change happened.
    expect(
      applied.every((n) => n > 0),
      String(applied),
    ).toBe(true);
    const oneByOne = ledger.sqlite.prepare(
      `SELECT count(*) FROM member_facts b
       JOIN member_facts c ON c.member_id = b.member_id AND c.fact = 'category' AND ${holdsOn('c')}
       JOIN member_facts s ON s.member_id = b.member_id AND s.fact = 'party_status' AND ${holdsOn('s')}
       WHERE b.fact = 'branch' AND b.value = @branch AND ${holdsOn('b')} AND c.value = '正式党员' AND s.value = '正常'`,
    );
    const days = ['2026-01-01', '2026-02-17', '2026-03-03', '2026-04-01', '2026-06-17', '2026-07-01', '2026-09-03', '2026-10-01', '2026-11-17'];
    const seen = new Set<number>();
    for (const min of [3, 5, 7, 9, 12]) {
      for (const span of [days, days.slice(0, 4), days.slice(5)]) {
        const shortfalls = fullMemberShortfalls(ledger, span, min);
        for (const day of span) {
          for (const branch of branches) {
            const n = oneByOne.pluck().get({ branch: String(branch), day }) as number;
            seen.add(n);
            expect(shortfalls.below(day, branch), `${branch} on ${day}, at least ${min}`).toBe(n < min ? n : null);
          }
        }
      }
    }
    // The ledger was not trivial: counts differed across days and branches.
    expect(seen.size).toBeGreaterThan(3);
  });
});
