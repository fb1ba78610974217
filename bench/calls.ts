// The calls the UI makes, timed at street scale through the real router, each beside the
// raw statement that reads the same rows; plus the big exports.
import fs from 'node:fs';
import path from 'node:path';
import type { Ledger } from '../db/open';
import { createRouter } from '../router/router';
import type { RouterContext } from '../router/handlers';
import { sample, time, type Sample } from './measure';

const TODAY = '2026-11-24';

export async function benchCalls(ledger: Ledger, dir: string, migrationsDir: string, results: Sample[]): Promise<void> {
  const ctx: RouterContext = {
    ledger,
    info: { version: 'bench', dataDir: dir, databaseFile: ledger.file, mode: 'browser', damaged: null },
    exportsDir: path.join(dir, 'exports'),
    backupsDir: path.join(dir, 'backups'),
    migrationsDir,
    parseWorkerPath: path.resolve(import.meta.dirname, '..', 'dist', 'workers', 'parseWorker.cjs'),
    attachmentsDir: path.join(dir, 'attachments'),
    today: () => TODAY,
  };
  const router = createRouter(ctx, (message, error) => console.error(message, error));
  const timeCall = async (name: string, input: object, runs: number) => {
    const out: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = process.hrtime.bigint();
      const r = await router.handle(name, input);
      out.push(Number(process.hrtime.bigint() - t) / 1e6);
      if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
    }
    return out.sort((a, b) => a - b);
  };
  const db = ledger.sqlite;
  const branch = (db.prepare("SELECT id FROM orgs WHERE kind = '党支部' ORDER BY id LIMIT 1 OFFSET 7").get() as { id: number }).id;
  const member = (db.prepare('SELECT id FROM members WHERE branch_id = ? AND left_on IS NULL LIMIT 1').get(branch) as { id: number }).id;

  const rawPage = db.prepare('SELECT * FROM members WHERE branch_id = ? AND left_on IS NULL ORDER BY id LIMIT 50');
  results.push(sample('党员名单（按支部筛选，含总数）', await timeCall('members.list', { branchId: branch }, 30), '原生 SQL 读一页50人', time(() => rawPage.all(branch), 30), 50));
  const rawLike = db.prepare("SELECT * FROM members WHERE name LIKE ? OR id_number LIKE ? LIMIT 50");
  results.push(sample('关键词查找（全街道2万人）', await timeCall('members.list', { keyword: '党员1234' }, 30), '原生 SQL LIKE 查找', time(() => rawLike.all('%党员1234%', '%党员1234%'), 30), 50));
  const rawOne = db.prepare('SELECT * FROM members WHERE id = ?');
  const detailRuns: number[] = [];
  for (let i = 0; i < 30; i++) {
    const t = process.hrtime.bigint();
    for (const [name, input] of [['members.get', { id: member }], ['members.attendance', { id: member, year: 2026 }], ['points.statement', { memberId: member, year: 2025 }]] as const) {
      const r = await router.handle(name, input);
      if (!r.ok) throw new Error(r.error.message);
    }
    detailRuns.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  results.push(sample('党员详情页（资料、出勤、积分明细）', detailRuns.sort((a, b) => a - b), '原生 SQL 按主键读一人', time(() => rawOne.get(member), 30), 50));
  const rawEntries = db.prepare('SELECT member_id, rule_id, sum(points) FROM point_entries WHERE year = 2025 GROUP BY member_id, rule_id');
  results.push(sample('积分排名（全街道一年）', await timeCall('points.standings', { year: 2025 }, 10), '原生 SQL 汇总同一年积分', time(() => rawEntries.all(), 10), 50));
  const rawCount = db.prepare('SELECT community_class, birth_date, joined_on FROM members WHERE left_on IS NULL');
  results.push(sample('首页统计（构成、本季度三会一课、双报到）', await timeCall('home.figures', {}, 10), '原生 SQL 读在册党员三列', time(() => rawCount.all(), 10), 50));
  const rawReminders = db.prepare('SELECT id, joined_on FROM members WHERE left_on IS NULL');
  results.push(sample('首页提醒', await timeCall('home.reminders', {}, 10), '原生 SQL 读在册党员入党日期', time(() => rawReminders.all(), 10), 50));

  // Exports: timed once each (they write files); baseline is a raw read of the same rows.
  const rawAll = db.prepare('SELECT * FROM members WHERE left_on IS NULL');
  results.push(sample('花名册导出（全街道2万人）', await timeCall('reports.roster', { asOf: TODAY }, 3), '原生 SQL 读同样的行', time(() => rawAll.all(), 3), null));
  const yearBookRuns: number[] = [];
  for (let i = 0; i < 2; i++) {
    const t = process.hrtime.bigint();
    const started = await router.handle('reports.yearBook', { year: 2025 });
    if (!started.ok) throw new Error(started.error.message);
    const jobId = (started.value as { jobId: string }).jobId;
    for (;;) {
      await new Promise((r) => setTimeout(r, 20));
      const s = await router.handle('reports.jobStatus', { jobId });
      const v = (s as { ok: true; value: { finished: boolean; error: string | null } }).value;
      if (v.error) throw new Error(v.error);
      if (v.finished) break;
    }
    yearBookRuns.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  results.push(sample('年度台账（一年全部表格）', yearBookRuns.sort((a, b) => a - b), '原生 SQL 读在册党员', time(() => rawAll.all(), 2), null));
  fs.rmSync(ctx.exportsDir, { recursive: true, force: true });
}
