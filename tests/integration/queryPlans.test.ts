// The hot calls' queries, as SQLite plans them: no full scan of a large table unless the
// scan is the point (listed below with the reason). Runs on a small ledger — plans depend on
// schema and indexes, not on size — after ANALYZE-free defaults, as a fresh install has.
import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { pointsCommunity } from './points/pointsFixture';
import { routerFor } from '../support/testLedger';

const LARGE = [
  'members',
  'attendance',
  'meetings',
  'meeting_types',
  'point_entries',
  'audit_log',
  'activity_participants',
  'activities',
  'member_events',
  'member_facts',
];

/** Scans that are the query's job, not a missing index. */
const EXPECTED_SCANS: { table: string; sql: RegExp; why: string }[] = [
  { table: 'members', sql: /like/i, why: '关键词查找（姓名、身份证号、电话的任意部分）只能逐行比较' },
  { table: 'members', sql: /instr\(name/, why: '积分排名按姓名任意部分筛选，只能逐行比较' },
  {
    table: 'members',
    sql: /CROSS JOIN member_facts br/,
    why: '某日的全社区花名册要读每一位党员：按编号顺序逐行读成员表，再按成员在索引中顺序查当日的支部、类别、党籍和分类',
  },
  {
    table: 'members',
    sql: /dues_paid_through IS NOT NULL/,
    why: '党费欠交和统计要知道每位党员建账前的党费交纳至（期初）：一次读成员表，无此列的索引（迁移0015之后不再改表）',
  },
  { table: 'members', sql: /point_totals/, why: '积分排名要给每一位在册党员排名：逐行读成员表比按入党日期索引逐条回表快（街道规模约12对20毫秒）' },
];

function recordSql(sqlite: Database.Database): Set<string> {
  const seen = new Set<string>();
  const prepare = sqlite.prepare.bind(sqlite);
  sqlite.prepare = ((source: string) => {
    seen.add(source);
    return prepare(source);
  }) as typeof sqlite.prepare;
  return seen;
}

/** Plans name a table by its alias ("SCAN a"): map aliases back to tables. */
function tablesByAlias(sql: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const m of sql.matchAll(/(?:from|join)\s+"?(\w+)"?(?:\s+(?:as\s+)?(?!on\b|where\b|left\b|join\b|group\b|order\b)(\w+))?/gi)) {
    map.set(m[1], m[1]);
    if (m[2]) map.set(m[2], m[1]);
  }
  return map;
}

function planOf(sqlite: Database.Database, sql: string): string[] {
  const named = [...new Set([...sql.matchAll(/[@:$]([A-Za-z_]\w*)/g)].map((m) => m[1]))];
  const positional = (sql.match(/\?/g) ?? []).length;
  const stmt = sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`);
  const args: unknown[] = Array(positional).fill(null);
  if (named.length) args.unshift(Object.fromEntries(named.map((n) => [n, null])));
  return (stmt.all(...args) as { detail: string }[]).map((r) => r.detail);
}

describe('query plans of the hot calls', () => {
  it('use an index on every large table, except the scans listed with their reason', async () => {
    const c = pointsCommunity();
    c.meeting('2026-03-05', ['主题党日'], { [c.li]: '缺席' });
    c.activity('2026-04-01', [[c.zhang, 3]]);
    const { router } = routerFor(c.ledger);
    const seen = recordSql(c.ledger.sqlite);
    const calls: [string, object][] = [
      ['members.list', {}],
      ['members.list', { branchId: c.tree.branchA.id }],
      ['members.list', { keyword: '张' }],
      ['members.get', { id: c.zhang }],
      ['members.attendance', { id: c.zhang, year: 2026 }],
      ['members.history', { id: c.zhang }],
      ['meetings.expected', { orgId: c.tree.branchA.id, types: ['主题党日'], heldOn: '2026-03-05' }],
      ['meetings.expected', { orgId: c.tree.group.id, types: ['党小组会'], heldOn: '2026-03-05' }],
      ['meetings.expected', { orgId: c.tree.branchA.id, types: ['支部委员会'], heldOn: '2026-03-05' }],
      ['reports.roster', { asOf: '2026-06-30' }],
      ['reports.roster', { asOf: '2026-06-30', branchId: c.tree.branchA.id }],
      ['appraisal.overview', { year: 2026 }],
      ['meetings.list', { year: 2026 }],
      ['meetings.compliance', { year: 2026 }],
      ['points.standings', { year: 2026 }],
      ['points.statement', { memberId: c.zhang, year: 2026 }],
      ['home.reminders', {}],
      ['home.figures', {}],
      ['home.duesReminders', {}],
      ['audit.list', { call: 'meetings.save' }],
      ['dual.figures', { year: 2026 }],
      ['dual.people', { year: 2026 }],
      ['dual.people', { year: 2026, grade: '不合格', keyword: '张' }],
      ['dues.month', { orgId: c.tree.branchA.id, month: '2026-03' }],
      ['dues.member', { memberId: c.zhang, year: 2026 }],
      ['dues.arrears', { asOf: '2026-10', orgId: null }],
      ['dues.stats', { year: 2026, period: '季' }],
      ['dues.bases', { year: 2026, orgId: null }],
      ['dues.handovers', { year: 2026 }],
      ['census.report', { year: 2026 }],
      ['census.people', { year: 2026, table: 'total', key: 'total' }],
    ];
    for (const [name, input] of calls) expect(await router.handle(name, input), name).toMatchObject({ ok: true });
    const offenders: string[] = [];
    for (const sql of seen) {
      if (!/^\s*(select|with)/i.test(sql)) continue;
      for (const line of planOf(c.ledger.sqlite, sql)) {
        const scan = /^SCAN (\w+)(?! USING (COVERING )?INDEX)/.exec(line);
        const table = scan && (tablesByAlias(sql).get(scan[1]) ?? scan[1]);
        if (!table || !LARGE.includes(table)) continue;
        if (EXPECTED_SCANS.some((e) => e.table === table && e.sql.test(sql))) continue;
        offenders.push(`${line}\n    ${sql.replace(/\s+/g, ' ').slice(0, 220)}`);
      }
    }
    // SHOW_PLANS=1 prints every plan, for whoever adds a hot query.
    if (process.env.SHOW_PLANS)
      for (const sql of seen)
        if (/^\s*(select|with)/i.test(sql)) console.log(planOf(c.ledger.sqlite, sql).join(' / '), '::', sql.replace(/\s+/g, ' ').slice(0, 140));
    expect(offenders).toEqual([]);
  });
});
