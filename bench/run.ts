// `npm run bench`: street-scale timings with ratios to a raw baseline measured in the
// same run, so a slower machine shifts both and the ratio stays comparable. The street file
// is made by the same seed as `npm run seed -- --scale street`, one migration behind, so
// the first operation is the user's: open the file with a new version of the app.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { meetingInput } from '../api/schemas/meetings';
import { openLedger } from '../db/open';
import { computeMatrix } from '../db/meetings/compliance';
import { saveMeeting } from '../db/meetings/write';
import { recomputePoints } from '../db/points/recompute';
import { startLedger } from '../host/startLedger';
import { scaleFor, seedLedger } from '../db/sample/generate';
import { benchCalls } from './calls';
import { benchDues } from './dues';
import { seedDues } from '../db/sample/dues';
import { rng } from '../db/sample/random';
import { benchExcel } from './excel';
import { benchFirstPaint } from './firstPaint';
import { benchNewLedger } from './newLedger';
import { benchStreet43k } from './street43k';
import { benchRegisters } from './registers';
import { benchStreet } from './street';
import { sample, time, type Sample } from './measure';
import { oneMigrationBehind } from './migrationsBehind';

const TODAY = '2026-11-24';
const ROOT = path.resolve(import.meta.dirname, '..');
const migrationsDir = path.join(ROOT, 'db', 'migrations');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dangwu-bench-'));
const benchStarted = Date.now();
const dataDir = path.join(dir, 'street');
fs.mkdirSync(dataDir);
const results: Sample[] = [];

// The street file, written by the previous version's schema.
let t = Date.now();
let older: { pending: string };
{
  const seeding = openLedger({ file: path.join(dataDir, 'ledger.sqlite'), migrationsDir });
  const seeded = seedLedger(seeding, scaleFor('street', TODAY), TODAY);
  seeding.close();
  older = oneMigrationBehind(path.join(dataDir, 'ledger.sqlite'), migrationsDir);
  console.log(
    `已生成街道规模数据（${((Date.now() - t) / 1000).toFixed(1)} 秒）：党员 ${seeded.members}，出勤记录 ${seeded.attendance}，活动 ${seeded.activities}，积分记录 ${seeded.pointEntries}`,
  );
}

// Open and migrate: lock, quick_check, the copy made before migrating, the migration
// (${older.pending}), the day's first backup. Baseline: a raw copy of the same file.
const file = path.join(dataDir, 'ledger.sqlite');
const rawCopy = time(() => fs.copyFileSync(file, path.join(dir, 'copy.sqlite')), 1);
fs.rmSync(path.join(dir, 'copy.sqlite'));
t = Date.now();
const started = await startLedger({
  dataDir,
  migrationsDir,
  version: 'bench',
  mode: 'browser',
  parseWorkerPath: path.join(ROOT, 'dist', 'workers', 'parseWorker.cjs'),
});
results.push(sample(`打开并升级街道数据文件（${older.pending}）`, [Date.now() - t], '原生复制同一数据文件', rawCopy, null));
started.ctx.today = () => TODAY;
const ledger = started.ledger;
const db = ledger.sqlite;

// The compliance matrix, computed afresh each time (the app keeps it until a write).
const raw = db.prepare(
  `SELECT m.org_id, t.type, m.held_on FROM meetings m JOIN meeting_types t ON t.meeting_id = m.id WHERE m.held_on BETWEEN '2026-01-01' AND '2026-12-31'`,
);
results.push(
  sample(
    '三会一课开展情况（一年，200个支部，重新计算）',
    time(() => computeMatrix(ledger, 2026, TODAY), 30),
    '原生 SQL 读取同一年会议',
    time(() => raw.all(), 30),
    200,
  ),
);

// Saving a 60-person meeting, beside 60 raw inserts in a transaction.
const branch = (db.prepare("SELECT id FROM orgs WHERE kind = '党支部' ORDER BY id LIMIT 1").get() as { id: number }).id;
const sixty = (db.prepare('SELECT id FROM members WHERE branch_id = ? AND left_on IS NULL ORDER BY id LIMIT 60').all(branch) as { id: number }[]).map(
  (m) => m.id,
);
const scratch = Number(
  db.prepare(`INSERT INTO meetings (org_id, held_on, created_at, updated_at) VALUES (?, '2026-11-01', 'x', 'x')`).run(branch).lastInsertRowid,
);
const rawInsert = db.prepare('INSERT INTO attendance (meeting_id, member_id, status) VALUES (?, ?, ?)');
const rawSave = time(() => {
  ledger.tx(() => {
    db.prepare('DELETE FROM attendance WHERE meeting_id = ?').run(scratch);
    for (const m of sixty) rawInsert.run(scratch, m, '出席');
  });
}, 30);
// Only those sixty on the roster of that branch while timing, so the audience is sixty.
const others = db.prepare(`SELECT id FROM members WHERE branch_id = ? AND left_on IS NULL AND id NOT IN (${sixty.join(',')})`).all(branch) as { id: number }[];
const setLeft = db.prepare(`UPDATE members SET left_on = ?, left_reason = ? WHERE id = ?`);
// Who is expected is read from the dated facts: the others' open branch interval names no branch while timing.
const setBranchFact = db.prepare(`UPDATE member_facts SET value = ? WHERE member_id = ? AND fact = 'branch' AND valid_to IS NULL`);
const trimBranch = () => ledger.tx(() => others.forEach((o) => (setLeft.run('2021-01-01', '转出', o.id), setBranchFact.run('0', o.id))));
const untrimBranch = () => ledger.tx(() => others.forEach((o) => (setLeft.run(null, null, o.id), setBranchFact.run(String(branch), o.id))));
let day = 0;
/** 30 saves of a 60-person 主题党日 in one month, a different day each. */
const timeSaves = (month: string) =>
  time(() => {
    day = (day % 27) + 1;
    saveMeeting(
      ledger,
      meetingInput.parse({
        orgId: branch,
        heldOn: `${month}-${String(day).padStart(2, '0')}`,
        types: ['主题党日'],
        attendance: sixty.map((memberId) => ({ memberId, status: '出席' })),
      }),
      TODAY,
    );
  }, 30);
trimBranch();
results.push(sample('保存一次会议（60人出勤，含积分随动）', timeSaves('2026-10'), '原生 SQL 插入60条出勤', rawSave, 50));
untrimBranch();

// Points: a year's full derivation from nothing, once for each of four seeded years (their
// entries removed first). Baseline: the raw statement that reads the same year's attendance.
const firstRuns: number[] = [];
for (const year of [2022, 2023, 2024, 2025]) {
  db.prepare('DELETE FROM point_entries WHERE year = ?').run(year);
  firstRuns.push(...time(() => ledger.tx(() => recomputePoints(ledger, year)), 1));
}
firstRuns.sort((a, b) => a - b);
const rawYear = db.prepare(
  `SELECT a.member_id, a.status, m.held_on FROM attendance a JOIN meetings m ON m.id = a.meeting_id WHERE m.held_on BETWEEN '2025-01-01' AND '2025-12-31'`,
);
const rawYearRuns = time(() => rawYear.all(), 5);
const entries = (db.prepare('SELECT count(*) AS n FROM point_entries WHERE year = 2025').get() as { n: number }).n;
results.push(sample(`积分全年计算（2万人，${entries}条积分）`, firstRuns, '原生 SQL 读取同一年出勤', rawYearRuns, 2000));
results.push(
  sample(
    '积分全年重算（无变化，幂等）',
    time(() => ledger.tx(() => recomputePoints(ledger, 2025)), 5),
    '原生 SQL 读取同一年出勤',
    rawYearRuns,
    2000,
  ),
);

// The calls the UI makes, through the host's own router, and the street's big exports.
await benchCalls(started.router, ledger, results);
// 光荣在党50年 and 失联 (issue 29), read from the dated facts of their day.
await benchRegisters(started.router, ledger, results, TODAY);
// 党费: a file seeded before migration 0015 had no dues tables; the year's dues go in now, as
// the seed makes them (a seed that already had the tables made them itself).
if ((db.prepare('SELECT count(*) AS n FROM dues_bases').get() as { n: number }).n === 0) {
  t = Date.now();
  const dues = seedDues(ledger, TODAY, rng(18));
  console.log(
    `已生成党费数据（${((Date.now() - t) / 1000).toFixed(1)} 秒）：基数 ${dues.bases}，交纳 ${dues.payments}，月度明细 ${dues.lines}，上缴 ${dues.handovers}`,
  );
}
await benchDues(started.router, ledger, results, TODAY);

// The same UI calls with a start password set (issue 22): the street ledger re-encrypted
// (SQLCipher 4 pages), each row beside its plain twin with the ratio encrypted/plain.
t = Date.now();
const set = await started.router.handle('lock.set', { password: 'bench-pass-2026', idleMinutes: 240 });
if (!set.ok) throw new Error(`lock.set: ${set.error.message}`);
console.log(`已设置启动密码并加密街道数据文件（${((Date.now() - t) / 1000).toFixed(1)} 秒）`);
const encrypted: Sample[] = [];
await benchCalls(started.router, started.ledger, encrypted);
for (const e of encrypted) {
  const plain = results.find((r) => r.operation === e.operation);
  if (!plain) continue;
  results.push({
    ...e,
    operation: `${e.operation}（加密）`,
    baseline: '同一调用（未加密）',
    baselineMedianMs: plain.medianMs,
    ratio: Math.round((e.medianMs / Math.max(plain.medianMs, 0.001)) * 100) / 100,
  });
}
// The first-paint run below opens the folder as a user would, and has no password to type:
// back to a plain ledger first.
const unset = await started.router.handle('lock.disable', { current: 'bench-pass-2026' });
if (!unset.ok) throw new Error(`lock.disable: ${unset.error.message}`);
started.stop();

// 首页 of a new ledger (社区 chosen, 建账日期 set): every call the shell and 首页 make.
await benchNewLedger(dir, migrationsDir, path.join(ROOT, 'dist', 'workers', 'parseWorker.cjs'), TODAY, results);

// The same UI calls on a street keeping its 43,000 members in one ledger (generated once, then cached).
t = Date.now();
await benchStreet43k(dir, migrationsDir, TODAY, results);
console.log(`4.3万人台账各调用测量完毕（${((Date.now() - t) / 1000).toFixed(1)} 秒）`);

// 街道 mode: 30 communities' packages of 1,500 members imported in one call, then every street view.
await benchStreet(dir, migrationsDir, path.join(ROOT, 'dist', 'workers', 'parseWorker.cjs'), TODAY, results);

// Issue 3's Excel targets, each in a process of its own.
await benchExcel(dir, results);

const { initialJsGzipKb, hostPeakMb } = await benchFirstPaint(dataDir, results);
console.log(`首屏 JavaScript（gzip 后）：${initialJsGzipKb} KB（目标 ≤ 1024 KB）`);
console.table(
  results.map((r) => ({
    操作: r.operation,
    中位数ms: r.medianMs,
    'p95 ms': r.p95Ms,
    峰值内存MB: r.peakRssMb,
    基线: r.baseline,
    基线ms: r.baselineMedianMs,
    倍数: r.ratio,
    目标: r.target ?? (r.targetMs === null ? '—' : `p95 ≤ ${r.targetMs} ms`),
    达标: r.pass === null ? '—' : r.pass ? '是' : '否',
  })),
);
fs.mkdirSync('bench-results', { recursive: true });
const out = path.join('bench-results', `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
const totalMinutes = Math.round((Date.now() - benchStarted) / 6000) / 10;
fs.writeFileSync(
  out,
  JSON.stringify({ machine: { cpus: os.cpus().length, node: process.version }, totalMinutes, initialJsGzipKb, hostPeakMb, results }, null, 2),
);
console.log(`结果已写入 ${out}（全部用时 ${totalMinutes} 分钟）`);
fs.rmSync(dir, { recursive: true, force: true });
if (results.some((r) => r.pass === false) || initialJsGzipKb > 1024) process.exitCode = 1;
