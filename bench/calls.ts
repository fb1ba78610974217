// The calls the UI makes, timed at street scale through the host's router, each beside the
// raw statement that reads the same rows; plus the big exports. Each call is timed twice:
// right after a write (what the app keeps in memory is stale, so it is computed afresh) and
// again with nothing written in between.
import { recordReported } from '../db/census/record';
import type { Ledger } from '../db/open';
import type { Router } from '../router/router';
import { callTimer, RUNS } from './callTimer';
import { sample, time, type Sample } from './measure';

/** `exports: false` leaves out the 花名册 and 年度台账 exports (the 43,000-member run times only the pages' calls). */
export async function benchCalls(router: Router, ledger: Ledger, results: Sample[], { exports = true } = {}): Promise<void> {
  const db = ledger.sqlite;
  const { call, timeCall } = callTimer(router, ledger);
  const both = async (operation: string, name: string, input: object, baseline: string, baseRuns: number[]) => {
    // One call first, untimed: a process's first use of a view also compiles its code and
    // fills SQLite's page cache, which happens once per session, not once per write.
    await call(name, input);
    results.push(sample(`${operation}（改一名党员后首次）`, await timeCall(name, input, 'member'), baseline, baseRuns, 50));
    results.push(sample(`${operation}（其他写入后首次）`, await timeCall(name, input, true), baseline, baseRuns, 50));
    results.push(sample(`${operation}（再次）`, await timeCall(name, input, false), baseline, baseRuns, 50));
  };

  const branch = (db.prepare("SELECT id FROM orgs WHERE kind = '党支部' ORDER BY id LIMIT 1 OFFSET 7").get() as { id: number }).id;
  const member = db.prepare('SELECT id, name FROM members WHERE branch_id = ? AND left_on IS NULL LIMIT 1').get(branch) as { id: number; name: string };

  const rawPage = db.prepare('SELECT * FROM members WHERE branch_id = ? AND left_on IS NULL ORDER BY id LIMIT 50');
  await both(
    '党员名单（按支部筛选，含总数）',
    'members.list',
    { branchId: branch },
    '原生 SQL 读一页50人',
    time(() => rawPage.all(branch), RUNS),
  );
  const keyword = member.name.slice(0, 2);
  const rawLike = db.prepare('SELECT * FROM members WHERE name LIKE ? OR id_number LIKE ? LIMIT 50');
  await both(
    `关键词查找（全街道2万人，“${keyword}”）`,
    'members.list',
    { keyword },
    '原生 SQL LIKE 查找',
    time(() => rawLike.all(`%${keyword}%`, `%${keyword}%`), RUNS),
  );

  const rawOne = db.prepare('SELECT * FROM members WHERE id = ?');
  const detailRuns: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = process.hrtime.bigint();
    await call('members.get', { id: member.id });
    await call('members.attendance', { id: member.id, year: 2026 });
    await call('points.statement', { memberId: member.id, year: 2025 });
    detailRuns.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  results.push(
    sample(
      '党员详情页（资料、出勤、积分明细三次调用）',
      detailRuns.sort((a, b) => a - b),
      '原生 SQL 按主键读一人',
      time(() => rawOne.get(member.id), RUNS),
      50,
    ),
  );

  const rawEntries = db.prepare('SELECT member_id, rule_id, sum(points) FROM point_entries WHERE year = 2025 GROUP BY member_id, rule_id');
  const rawEntryRuns = time(() => rawEntries.all(), RUNS);
  await both('积分排名（全街道一年，第1页）', 'points.standings', { year: 2025 }, '原生 SQL 汇总同一年积分', rawEntryRuns);
  results.push(
    sample('积分排名（翻到第200页）', await timeCall('points.standings', { year: 2025, page: 200 }, false), '原生 SQL 汇总同一年积分', rawEntryRuns, 50),
  );
  results.push(
    sample('积分排名（一个支部）', await timeCall('points.standings', { year: 2025, branchId: branch }, false), '原生 SQL 汇总同一年积分', rawEntryRuns, 50),
  );

  const rawCount = db.prepare('SELECT community_class, birth_date, full_member_on FROM members WHERE left_on IS NULL');
  await both(
    '首页统计（构成、本季度三会一课、双报到）',
    'home.figures',
    {},
    '原生 SQL 读在册党员三列',
    time(() => rawCount.all(), RUNS),
  );
  const rawReminders = db.prepare('SELECT id, joined_on FROM members WHERE left_on IS NULL');
  await both(
    '首页提醒',
    'home.reminders',
    {},
    '原生 SQL 读在册党员入党日期',
    time(() => rawReminders.all(), RUNS),
  );
  const rawMeetings = db.prepare(
    `SELECT m.org_id, t.type, m.held_on FROM meetings m JOIN meeting_types t ON t.meeting_id = m.id WHERE m.held_on BETWEEN '2026-01-01' AND '2026-12-31'`,
  );
  await both(
    '三会一课开展情况页',
    'meetings.compliance',
    { year: 2026 },
    '原生 SQL 读取同一年会议',
    time(() => rawMeetings.all(), RUNS),
  );
  const rawOnjob = db.prepare('SELECT * FROM onjob_members');
  const rawOnjobRuns = time(() => rawOnjob.all(), RUNS);
  await both('双报到年度统计（300个单位、3000名在职党员）', 'dual.figures', { year: 2026 }, '原生 SQL 读全部在职党员', rawOnjobRuns);
  await both('在职党员年度表现（第1页）', 'dual.people', { year: 2026 }, '原生 SQL 读全部在职党员', rawOnjobRuns);
  results.push(
    sample(
      '在职党员年度表现（只看不合格）',
      await timeCall('dual.people', { year: 2026, grade: '不合格' }, 'member'),
      '原生 SQL 读全部在职党员',
      rawOnjobRuns,
      50,
    ),
  );

  const rawFacts = db.prepare(
    `SELECT m.id, m.name, m.birth_date, f.value FROM members m JOIN member_facts f ON f.member_id = m.id AND f.fact = 'party_status' AND f.valid_to IS NULL`,
  );
  const rawFactRuns = time(() => rawFacts.all(), RUNS);
  results.push(
    sample('党内统计（全街道，改一名党员后首次）', await timeCall('census.report', { year: 2025 }, 'member'), '原生 SQL 读党员及党籍', rawFactRuns, 1000),
  );
  results.push(sample('党内统计（再次）', await timeCall('census.report', { year: 2025 }, false), '原生 SQL 读党员及党籍', rawFactRuns, 50));
  // A reported year (issue 31): with 2025 recorded as sent, 2026 starts from the reported 年末 and
  // lists every difference (实有数与应有数之差) with the people behind it.
  recordReported(ledger, 2025, '封账', '2026-01-10', null);
  results.push(
    sample(
      '党内统计（上年已上报，含实有数与应有数之差，改一名党员后首次）',
      await timeCall('census.report', { year: 2026 }, 'member'),
      '原生 SQL 读党员及党籍',
      rawFactRuns,
      1000,
    ),
  );

  if (!exports) return;
  // Exports: timed a few times each (they write files); baseline is a raw read of the same rows.
  const rawAll = db.prepare('SELECT * FROM members WHERE left_on IS NULL');
  const rawAllRuns = time(() => rawAll.all(), 3);
  results.push(
    sample('花名册导出（全街道2万人）', await timeCall('reports.roster', { asOf: '2026-11-24' }, false, 3), '原生 SQL 读同样的行', rawAllRuns, null),
  );
  const yearBookRuns: number[] = [];
  for (let i = 0; i < 2; i++) {
    const t = process.hrtime.bigint();
    const { jobId } = (await call('reports.yearBook', { year: 2025 })) as { jobId: string };
    for (;;) {
      await new Promise((r) => setTimeout(r, 20));
      const v = (await call('reports.jobStatus', { jobId })) as { finished: boolean; error: string | null };
      if (v.error) throw new Error(v.error);
      if (v.finished) break;
    }
    yearBookRuns.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  results.push(
    sample(
      '年度台账（一年全部表格）',
      yearBookRuns.sort((a, b) => a - b),
      '原生 SQL 读在册党员',
      rawAllRuns,
      null,
    ),
  );
}
