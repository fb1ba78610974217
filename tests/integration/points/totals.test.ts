// point_totals is kept by the writers of point_entries (db/points/totals.ts) and read by the
// ranking instead of the entries: these tests hold it to the entries, summed here in JavaScript.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pointRuleInput } from '../../../api/schemas/points';
import type { Ledger } from '../../../db/open';
import { addManualEntry, reverseEntry, setExclusion } from '../../../db/points/entries';
import { listRules, saveRule } from '../../../db/points/rules';
import { memberStatement, standingsPage, yearStandings } from '../../../db/points/views';
import { MIGRATIONS_DIR, TODAY } from '../../support/testLedger';
import { pointsCommunity } from './pointsFixture';

type Sums = { base: number; bonus: number; deductions: number; vetoes: number };

/** Each (year, member)'s sums straight from the entries, in millionths like the table. */
function summedFromEntries(ledger: Ledger): Record<string, Sums> {
  const out: Record<string, Sums> = {};
  const rows = ledger.sqlite
    .prepare(
      'SELECT e.year, e.member_id AS memberId, e.points, e.reverses_id AS reversesId, r.category FROM point_entries e JOIN point_rules r ON r.id = e.rule_id',
    )
    .all() as {
    year: number;
    memberId: number;
    points: number;
    reversesId: number | null;
    category: string;
  }[];
  for (const e of rows) {
    const sums = (out[`${e.year}:${e.memberId}`] ??= { base: 0, bonus: 0, deductions: 0, vetoes: 0 });
    const millionths = Math.round(e.points * 1e6);
    if (e.category === '一票否决') sums.vetoes += e.reversesId === null ? 1 : -1;
    else if (e.category === '基础分') sums.base += millionths;
    else if (e.category === '扣分') sums.deductions += millionths;
    else sums.bonus += millionths;
  }
  return out;
}

function kept(ledger: Ledger): Record<string, Sums> {
  const rows = ledger.sqlite.prepare('SELECT year, member_id AS memberId, base, bonus, deductions, vetoes FROM point_totals').all() as ({
    year: number;
    memberId: number;
  } & Sums)[];
  const out: Record<string, Sums> = {};
  // A member whose entries all cancelled keeps a row of zeros: the same as having none.
  for (const { year, memberId, ...sums } of rows) if (Object.values(sums).some((v) => v !== 0)) out[`${year}:${memberId}`] = sums;
  return out;
}

const nonZero = (sums: Record<string, Sums>) => Object.fromEntries(Object.entries(sums).filter(([, s]) => Object.values(s).some((v) => v !== 0)));

describe('point_totals', () => {
  it('equals the sums of the entries after meetings, activities, manual entries, reversals, a veto and an exclusion', () => {
    const c = pointsCommunity();
    const ruleId = (code: string) => listRules(c.ledger, 2026).find((r) => r.code === code)!.id;
    c.meeting('2026-03-05', ['主题党日'], { [c.li]: '缺席' });
    const meeting = c.meeting('2026-04-05', ['主题党日', '党课']);
    c.activity('2026-04-01', [[c.zhang, 5]]);
    const honour = addManualEntry(
      c.ledger,
      { memberId: c.wang, ruleId: ruleId('HONOUR'), occurredOn: '2026-07-01', points: null, reason: '区级优秀党员', operator: '刘书记' },
      TODAY,
    );
    reverseEntry(c.ledger, { id: honour, reason: '登记错人', operator: '刘书记' }, TODAY);
    addManualEntry(
      c.ledger,
      { memberId: c.li, ruleId: ruleId('VETO'), occurredOn: '2026-08-01', points: null, reason: '受党内警告处分', operator: '刘书记' },
      TODAY,
    );
    c.meeting('2026-04-05', ['主题党日'], { [c.zhang]: '缺席' }, meeting); // an edit: correcting entries follow
    setExclusion(c.ledger, { memberId: c.zhang, year: 2026, reason: '年老体弱' });

    // 张红's entries were all cancelled by the exclusion: his sums are back to nothing.
    expect(Object.keys(kept(c.ledger)).sort()).toEqual([`2026:${c.li}`, `2026:${c.wang}`].sort());
    expect(kept(c.ledger)).toEqual(nonZero(summedFromEntries(c.ledger)));
    // The ranking (from the table) and each statement (from the entries) agree on every total.
    for (const row of yearStandings(c.ledger, 2026).rows) if (!row.excludedReason) expect(row.total).toBe(memberStatement(c.ledger, row.memberId, 2026).total);
    expect(yearStandings(c.ledger, 2026).rows.find((r) => r.memberId === c.li)).toMatchObject({ vetoed: true, total: 0 });
  });

  it('follows a rule that changes category, and rolls back with a failed write', () => {
    const c = pointsCommunity();
    const honour = listRules(c.ledger, 2026).find((r) => r.code === 'HONOUR')!;
    addManualEntry(
      c.ledger,
      { memberId: c.wang, ruleId: honour.id, occurredOn: '2026-07-01', points: null, reason: '区级优秀党员', operator: '刘书记' },
      TODAY,
    );
    const before = kept(c.ledger);
    // The manual +5 now counts as 扣分: no entry is appended, the sums still move.
    saveRule(c.ledger, pointRuleInput.parse({ ...honour, category: '扣分', points: -5 }));
    expect(kept(c.ledger)).toEqual(nonZero(summedFromEntries(c.ledger)));
    expect(kept(c.ledger)[`2026:${c.wang}`]).toMatchObject({ bonus: 0, deductions: 5_000_000 });
    expect(kept(c.ledger)).not.toEqual(before);

    const snapshot = kept(c.ledger);
    expect(() =>
      c.ledger.tx(() => {
        c.meeting('2026-05-05', ['主题党日']);
        throw new Error('abandoned');
      }),
    ).toThrow('abandoned');
    expect(kept(c.ledger)).toEqual(snapshot);
  });

  it('ranks ties alike (1, 1, 3) in the community and within a branch, the excluded last', () => {
    const c = pointsCommunity();
    const first = standingsPage(c.ledger, { year: 2026, branchId: null, keyword: null, page: 1, pageSize: 10 });
    expect(first.rows.map((r) => [r.memberId, r.rank, r.branchRank])).toEqual([
      [c.zhang, 1, 1],
      [c.li, 1, 1],
      [c.wang, 1, 1],
    ]);
    c.meeting('2026-03-05', ['主题党日'], { [c.li]: '请假' });
    setExclusion(c.ledger, { memberId: c.wang, year: 2026, reason: '流出' });
    const after = standingsPage(c.ledger, { year: 2026, branchId: null, keyword: null, page: 1, pageSize: 10 });
    expect(after.rows.map((r) => [r.memberId, r.total, r.rank, r.branchRank])).toEqual([
      [c.zhang, 61, 1, 1],
      [c.li, 60, 2, 2],
      [c.wang, 0, null, null],
    ]);
  });

  it('is filled by its migration from the entries already there', () => {
    const c = pointsCommunity();
    c.meeting('2026-03-05', ['主题党日'], { [c.li]: '缺席' });
    const expected = kept(c.ledger);
    // The migration's last statement sums the entries of a file written before the table existed.
    const backfill = fs.readFileSync(path.join(MIGRATIONS_DIR, '0009_point_totals.sql'), 'utf8').split('--> statement-breakpoint').pop()!;
    c.ledger.sqlite.exec('DELETE FROM point_totals');
    c.ledger.sqlite.exec(backfill);
    expect(Object.keys(kept(c.ledger))).toHaveLength(3);
    expect(kept(c.ledger)).toEqual(expected);
  });
});
