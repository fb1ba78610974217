// `npm run bench`: street-scale timings with ratios to a raw baseline measured in the
// same run, so a slower machine shifts both and the ratio stays comparable.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { meetingInput } from '../api/schemas/meetings';
import { openLedger } from '../db/open';
import { complianceMatrix } from '../db/meetings/compliance';
import { saveMeeting } from '../db/meetings/write';
import { recomputePoints } from '../db/points/recompute';
import { adoptDefaultScheme } from '../db/points/rules';
import { benchCalls } from './calls';
import { benchFirstPaint } from './firstPaint';
import { sample, time, type Sample } from './measure';
import { seedStreet, STREET } from './seedStreet';

const migrationsDir = path.resolve(import.meta.dirname, '..', 'db', 'migrations');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dangwu-bench-'));
const ledger = openLedger({ file: path.join(dir, 'ledger.sqlite'), migrationsDir });

let t = Date.now();
const { branchIds, memberIds } = seedStreet(ledger);
const rows = (ledger.sqlite.prepare('SELECT count(*) AS n FROM attendance').get() as { n: number }).n;
console.log(`已生成街道规模数据：${STREET.branches} 个支部，${rows} 条出勤记录，用时 ${((Date.now() - t) / 1000).toFixed(1)} 秒`);

const results: Sample[] = [];
const TODAY = '2026-11-24';

// Baseline: the raw statement that reads the same year's meetings and types.
const raw = ledger.sqlite.prepare(`SELECT m.org_id, t.type, m.held_on FROM meetings m JOIN meeting_types t ON t.meeting_id = m.id WHERE m.held_on BETWEEN '2026-01-01' AND '2026-12-31'`);
const rawRuns = time(() => raw.all(), 30);
results.push(sample('三会一课开展情况（一年，200个支部）', time(() => complianceMatrix(ledger, 2026, TODAY), 30), '原生 SQL 读取同一年会议', rawRuns, 200));

// Baseline: 60 raw inserts in a transaction.
const branch = branchIds[0];
const sixty = memberIds.get(branch)!.slice(0, 60);
let day = 0;
const rawInsert = ledger.sqlite.prepare('INSERT INTO attendance (meeting_id, member_id, status) VALUES (?, ?, ?)');
const scratch = Number(ledger.sqlite.prepare(`INSERT INTO meetings (org_id, held_on, created_at, updated_at) VALUES (?, '2026-11-01', 'x', 'x')`).run(branch).lastInsertRowid);
const rawSave = time(() => {
  ledger.tx(() => {
    ledger.sqlite.prepare('DELETE FROM attendance WHERE meeting_id = ?').run(scratch);
    for (const m of sixty) rawInsert.run(scratch, m, '出席');
  });
}, 30);
// Saving a real record: a 党小组-sized audience isn't 60, so use a branch trimmed to 60 members on the roster.
const trimBranch = () => ledger.sqlite.prepare(`UPDATE members SET left_on = '2021-01-01', left_reason = '转出' WHERE branch_id = ? AND id NOT IN (${sixty.join(',')})`).run(branch);
/** 30 saves of a 60-person 主题党日 in one month, a different day each. */
const timeSaves = (month: string) =>
  time(() => {
    day = (day % 27) + 1;
    saveMeeting(
      ledger,
      meetingInput.parse({ orgId: branch, heldOn: `${month}-${String(day).padStart(2, '0')}`, types: ['主题党日'], attendance: sixty.map((memberId) => ({ memberId, status: '出席' })) }),
      TODAY,
    );
  }, 30);
trimBranch();
const saveRuns = timeSaves('2026-10');
results.push(sample('保存一次会议（60人出勤）', saveRuns, '原生 SQL 插入60条出勤', rawSave, 50));

// Points: a year's full derivation from nothing (every entry new), once for each of four
// seeded years: adopting the default scheme derives the whole year. Baseline: the raw
// statement that reads the same year's attendance.
ledger.sqlite.prepare(`UPDATE members SET left_on = NULL, left_reason = NULL WHERE branch_id = ?`).run(branch);
const firstRuns: number[] = [];
for (const year of [2022, 2023, 2024, 2025]) firstRuns.push(...time(() => adoptDefaultScheme(ledger, year), 1));
firstRuns.sort((a, b) => a - b);
const rawYear = ledger.sqlite.prepare(`SELECT a.member_id, a.status, m.held_on FROM attendance a JOIN meetings m ON m.id = a.meeting_id WHERE m.held_on BETWEEN '2025-01-01' AND '2025-12-31'`);
const rawYearRuns = time(() => rawYear.all(), 5);
const entries = (ledger.sqlite.prepare('SELECT count(*) AS n FROM point_entries WHERE year = 2025').get() as { n: number }).n;
results.push(sample(`积分全年计算（${memberIds.size * STREET.membersPerBranch}人，${entries}条积分）`, firstRuns, '原生 SQL 读取同一年出勤', rawYearRuns, 2000));
results.push(sample('积分全年重算（无变化，幂等）', time(() => ledger.tx(() => recomputePoints(ledger, 2025)), 5), '原生 SQL 读取同一年出勤', rawYearRuns, 2000));

// A meeting saved in a year with a points scheme also re-derives its attendees' points.
adoptDefaultScheme(ledger, 2026);
trimBranch();
const savePointsRuns = timeSaves('2026-09');
results.push(sample('保存一次会议（60人出勤，含积分随动）', savePointsRuns, '原生 SQL 插入60条出勤', rawSave, 50));

// Everyone back on the roster, then the calls the UI makes and the big exports.
ledger.sqlite.prepare(`UPDATE members SET left_on = NULL, left_reason = NULL WHERE branch_id = ?`).run(branch);
await benchCalls(ledger, dir, migrationsDir, results);

ledger.close();
const { initialJsGzipKb } = await benchFirstPaint(dir, results);
console.log(`首屏 JavaScript（gzip 后）：${initialJsGzipKb} KB（目标 ≤ 1024 KB）`);
console.table(results.map((r) => ({ 操作: r.operation, '中位数ms': r.medianMs, 'p95 ms': r.p95Ms, '峰值内存MB': r.peakRssMb, 基线: r.baseline, '基线ms': r.baselineMedianMs, 倍数: r.ratio, '目标ms': r.targetMs, 达标: r.pass === null ? '—' : r.pass ? '是' : '否' })));
fs.mkdirSync('bench-results', { recursive: true });
const out = path.join('bench-results', `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
fs.writeFileSync(out, JSON.stringify({ machine: { cpus: os.cpus().length, node: process.version }, attendanceRows: rows, initialJsGzipKb, results }, null, 2));
console.log(`结果已写入 ${out}`);
fs.rmSync(dir, { recursive: true, force: true });
if (results.some((r) => r.pass === false) || initialJsGzipKb > 1024) process.exitCode = 1;
