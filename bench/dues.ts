// 党费 at street scale (issue 18): a year of dues for 20,000 members (240,000 member-months).
// A branch's month page ≤ 50 ms p95, the year's 统计表 data ≤ 200 ms, marking a 200-member
// branch month paid ≤ 100 ms, 首页's 党费 reminder ≤ 300 ms; the 统计表 and the reminder timed
// after the writes they depend on (a payment, a 停止党籍), each beside a raw statement over the
// same rows, in the same run.
import type { Ledger } from '../db/open';
import type { Router } from '../router/router';
import { callTimer, RUNS, type BeforeRun } from './callTimer';
import { sample, time, type Sample } from './measure';

export async function benchDues(router: Router, ledger: Ledger, results: Sample[], today: string): Promise<void> {
  const db = ledger.sqlite;
  const year = Number(today.slice(0, 4));
  const { call, timeCall: timed } = callTimer(router, ledger);
  /** One call first, untimed (a first use compiles code and fills the page cache once a session). */
  const timeCall = async (name: string, input: object, before: BeforeRun) => {
    await call(name, input);
    return timed(name, input, before);
  };
  const lines = (db.prepare('SELECT count(*) AS n FROM dues_payment_months WHERE month >= ? AND month <= ?').get(`${year}-01`, `${year}-12`) as { n: number })
    .n;

  const branches = (db.prepare("SELECT id FROM orgs WHERE kind = '党支部' ORDER BY id").all() as { id: number }[]).map((b) => b.id);
  const branch = branches[7]!;
  const month = `${year}-10`;
  const rawMonth = db.prepare('SELECT member_id, amount_fen FROM dues_payment_months WHERE org_id = ? AND month = ?');
  const rawMonthRuns = time(() => rawMonth.all(branch, month), RUNS);
  for (const afterWrite of [true, false]) {
    results.push(
      sample(
        `党费月度收缴页（一个支部一个月）${afterWrite ? '（写入后首次）' : '（再次）'}`,
        await timeCall('dues.month', { orgId: branch, month }, afterWrite),
        '原生 SQL 读该支部该月交纳明细',
        rawMonthRuns,
        50,
      ),
    );
  }

  // The writes the 统计表 and 首页's arrears depend on: a member's 预交 for December (a payment
  // adds lines, kept grids take just those), and a member's 停止党籍 (their owed months are redone).
  const payers = db
    .prepare(
      `SELECT m.id FROM members m WHERE m.left_on IS NULL AND m.party_status = '正常'
      AND EXISTS (SELECT 1 FROM dues_bases b WHERE b.member_id = m.id AND b.voided_at IS NULL)
      AND NOT EXISTS (SELECT 1 FROM dues_payment_months p WHERE p.member_id = m.id AND p.month = ?) ORDER BY m.id DESC LIMIT ?`,
    )
    .pluck()
    .all(`${year}-12`, 4 * (RUNS + 1) + 2) as number[];
  const payOne = () =>
    call('dues.pay', { memberId: payers.pop(), fromMonth: `${year}-12`, toMonth: `${year}-12`, paidOn: today, method: '现金', collector: '组织委员' });
  const stopOne = () => call('members.changeStatus', { id: payers.pop(), change: '停止党籍', occurredOn: today, reason: '基准测试' });
  const rawYear = db.prepare('SELECT org_id, month, count(*), sum(amount_fen) FROM dues_payment_months WHERE month >= ? AND month <= ? GROUP BY org_id, month');
  const rawYearRuns = time(() => rawYear.all(`${year}-01`, `${year}-12`), 10);
  results.push(
    sample(
      `党费收缴统计（全街道一年，${lines}条月度明细，登记一笔交纳后首次）`,
      await timeCall('dues.stats', { year, period: '月' }, payOne),
      '原生 SQL 按支部和月份汇总',
      rawYearRuns,
      200,
    ),
  );
  results.push(
    sample(
      '党费收缴统计（一名党员停止党籍后首次）',
      await timeCall('dues.stats', { year, period: '月' }, stopOne),
      '原生 SQL 按支部和月份汇总',
      rawYearRuns,
      200,
    ),
  );
  results.push(sample('党费收缴统计（再次）', await timeCall('dues.stats', { year, period: '季' }, false), '原生 SQL 按支部和月份汇总', rawYearRuns, 200));

  // 首页's reminders after a write stay within the first-screen target: the street's arrears
  // are a call of their own (home.duesReminders), asked beside them and painted when ready.
  const rawReminders = db.prepare('SELECT id, joined_on FROM members WHERE left_on IS NULL');
  results.push(
    sample(
      '首页提醒（不含党费，改一名党员后首次）',
      await timeCall('home.reminders', {}, 'member'),
      '原生 SQL 读在册党员入党日期',
      time(() => rawReminders.all(), RUNS),
      50,
    ),
  );
  // The arrears walk every member's owed months from the opening: at least a read of the year's
  // lines per member. Kept until a write, so this is what the first 首页 after a write waits for.
  const rawArrears = db.prepare('SELECT member_id, month, sum(amount_fen) FROM dues_payment_months WHERE month >= ? AND month <= ? GROUP BY member_id, month');
  const rawArrearsRuns = time(() => rawArrears.all(`${year}-01`, `${year}-12`), 10);
  results.push(
    sample(
      '首页党费欠交提醒（全街道，登记一笔交纳后首次）',
      await timeCall('home.duesReminders', {}, payOne),
      '原生 SQL 按党员和月份汇总本年交纳明细',
      rawArrearsRuns,
      300,
    ),
  );
  results.push(
    sample(
      '首页党费欠交提醒（一名党员停止党籍后首次）',
      await timeCall('home.duesReminders', {}, stopOne),
      '原生 SQL 按党员和月份汇总本年交纳明细',
      rawArrearsRuns,
      300,
    ),
  );
  results.push(
    sample('首页党费欠交提醒（再次）', await timeCall('home.duesReminders', {}, false), '原生 SQL 按党员和月份汇总本年交纳明细', rawArrearsRuns, 300),
  );

  // 200-member branch months: branches merged in pairs (their open branch intervals, so
  // December is owed to the first of each pair), each pair's December marked paid once.
  const pairs: [number, number][] = [];
  for (let i = 0; i + 1 < branches.length && pairs.length < RUNS; i += 2) pairs.push([branches[i]!, branches[i + 1]!]);
  const moveOpen = db.prepare("UPDATE member_facts SET value = ? WHERE fact = 'branch' AND value = ? AND valid_to IS NULL");
  const movedIds = pairs.map(([, b]) =>
    (db.prepare("SELECT member_id AS id FROM member_facts WHERE fact = 'branch' AND value = ? AND valid_to IS NULL").all(String(b)) as { id: number }[]).map(
      (r) => r.id,
    ),
  );
  ledger.tx(() => pairs.forEach(([a, b]) => moveOpen.run(String(a), String(b))));
  const december = `${year}-12`;
  const owing = ((await call('dues.month', { orgId: pairs[0]![0], month: december })) as { rows: unknown[] }).rows.length;
  const payRuns: number[] = [];
  for (const [a] of pairs) {
    const t = process.hrtime.bigint();
    await call('dues.payBranchMonth', { orgId: a, month: december, paidOn: today, method: '现金', collector: '组织委员', exceptMemberIds: [] });
    payRuns.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  // Put each member back in its own branch (only the open intervals were touched).
  const moveBack = db.prepare("UPDATE member_facts SET value = ? WHERE fact = 'branch' AND member_id = ? AND valid_to IS NULL");
  ledger.tx(() => pairs.forEach(([, b], i) => movedIds[i]!.forEach((id) => moveBack.run(String(b), id))));
  db.exec('CREATE TEMP TABLE bench_pay AS SELECT * FROM dues_payments WHERE 0; CREATE TEMP TABLE bench_line AS SELECT * FROM dues_payment_months WHERE 0');
  const rawPay = db.prepare("INSERT INTO bench_pay (member_id, paid_on, amount_fen, method, created_at) VALUES (?, ?, 1500, '现金', 'x')");
  const rawLine = db.prepare('INSERT INTO bench_line (payment_id, month, member_id, org_id, amount_fen) VALUES (?, ?, ?, ?, 1500)');
  const rawPayRuns = time(
    () =>
      ledger.tx(() => {
        db.prepare('DELETE FROM bench_pay').run();
        db.prepare('DELETE FROM bench_line').run();
        for (let i = 0; i < owing; i++) rawLine.run(Number(rawPay.run(i + 1, today).lastInsertRowid), december, i + 1, 1);
      }),
    RUNS,
  );
  db.exec('DROP TABLE bench_pay; DROP TABLE bench_line');
  results.push(
    sample(
      `党费整月登记（${owing}人支部，全部已交）`,
      payRuns.sort((a, b) => a - b),
      `原生 SQL 插入${owing}笔交纳及明细`,
      rawPayRuns,
      100,
    ),
  );
}
