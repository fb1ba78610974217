// 光荣在党50年 and 失联 at street scale (issue 29): both lists read the dated facts of their day
// (roster, 党籍, 人员类别 and branch then), timed through the router beside the raw statement
// that reads the same rows from the member table. Run alone: `node --import tsx bench/registers.ts`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openLedger } from '../db/open';
import type { Ledger } from '../db/open';
import { scaleFor, seedLedger } from '../db/sample/generate';
import { createRouter } from '../router/router';
import type { Router } from '../router/router';
import { callTimer, RUNS } from './callTimer';
import { sample, time, type Sample } from './measure';

/** About 1% of a street's members out of contact: enough rows for the list to cost something. */
const LOST_SHARE = 100;

export async function benchRegisters(router: Router, ledger: Ledger, results: Sample[], today: string): Promise<void> {
  const db = ledger.sqlite;
  const { call, timeCall } = callTimer(router, ledger);
  const have = (db.prepare('SELECT count(*) AS n FROM lost_contacts').get() as { n: number }).n;
  const want = Math.floor((db.prepare('SELECT count(*) AS n FROM members WHERE left_on IS NULL').get() as { n: number }).n / LOST_SHARE);
  if (have < want) {
    ledger.tx(() => {
      const ids = db
        .prepare(
          'SELECT id FROM members m WHERE left_on IS NULL AND NOT EXISTS (SELECT 1 FROM lost_contacts l WHERE l.member_id = m.id) ORDER BY id DESC LIMIT ?',
        )
        .pluck()
        .all(want - have) as number[];
      const add = db.prepare("INSERT INTO lost_contacts (member_id, lost_on, search_made, created_at, updated_at) VALUES (?, ?, '走访原住址无人', ?, ?)");
      ids.forEach((id, i) => add.run(id, `202${i % 5}-0${1 + (i % 9)}-15`, `${today}T00:00:00.000Z`, `${today}T00:00:00.000Z`));
    });
  }
  const year = Number(today.slice(0, 4));
  const both = async (operation: string, name: string, input: object, baseline: string, baseRuns: number[]) => {
    await call(name, input);
    results.push(sample(`${operation}（改一名党员后首次）`, await timeCall(name, input, 'member'), baseline, baseRuns, 50));
    results.push(sample(`${operation}（其他写入后首次）`, await timeCall(name, input, true), baseline, baseRuns, 50));
    results.push(sample(`${operation}（再次）`, await timeCall(name, input, false), baseline, baseRuns, 50));
  };
  const rawHonor = db.prepare(
    'SELECT id, name, joined_on, full_member_on FROM members WHERE full_member_on <= ? OR (full_member_on IS NULL AND joined_on <= ?)',
  );
  const bound = `${year - 50}-07-02`;
  await both(
    `光荣在党50年名单及待核对（${year}年，按7月1日的党籍与在册）`,
    'care.honor50',
    { year },
    '原生 SQL 读党龄满50年的党员',
    time(() => rawHonor.all(bound, bound), RUNS),
  );
  const rawLost = db.prepare('SELECT l.*, m.name, m.branch_id FROM lost_contacts l JOIN members m ON m.id = l.member_id WHERE l.found_on IS NULL');
  await both(
    `失联党员名单（${have < want ? want : have}条，按当日在册、人员类别和停止党籍）`,
    'care.lost',
    {},
    '原生 SQL 读未恢复联系的失联记录',
    time(() => rawLost.all(), RUNS),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const today = '2026-11-24';
  const root = path.resolve(import.meta.dirname, '..');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dangwu-registers-bench-'));
  const ledger = openLedger({ file: path.join(dir, 'ledger.sqlite'), migrationsDir: path.join(root, 'db', 'migrations') });
  const t = Date.now();
  const seeded = seedLedger(ledger, scaleFor('street', today), today);
  console.log(`已生成街道规模数据（${((Date.now() - t) / 1000).toFixed(1)} 秒）：党员 ${seeded.members}`);
  const results: Sample[] = [];
  const scratch = (name: string) => fs.mkdtempSync(path.join(dir, name));
  const router = createRouter(
    {
      ledger,
      info: { version: 'bench', dataDir: dir, databaseFile: path.join(dir, 'ledger.sqlite'), mode: 'browser', damaged: null },
      today: () => today,
      exportsDir: scratch('exports-'),
      backupsDir: scratch('backups-'),
      migrationsDir: path.join(root, 'db', 'migrations'),
      parseWorkerPath: path.join(root, 'dist', 'workers', 'parseWorker.cjs'),
      attachmentsDir: scratch('attachments-'),
    },
    (message, error) => console.error(message, error ?? ''),
  );
  await benchRegisters(router, ledger, results, today);
  console.table(
    results.map((r) => ({
      操作: r.operation,
      中位数ms: r.medianMs,
      'p95 ms': r.p95Ms,
      基线: r.baseline,
      基线ms: r.baselineMedianMs,
      倍数: r.ratio,
      达标: r.pass === null ? '—' : r.pass ? '是' : '否',
    })),
  );
  ledger.close();
  fs.rmSync(dir, { recursive: true, force: true });
  if (results.some((r) => r.pass === false)) process.exitCode = 1;
}
