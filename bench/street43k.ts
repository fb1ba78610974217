// The UI's calls on a street that keeps all its 43,000 members in one ledger (`npm run seed --
// --scale street43k`): the rows of calls.ts (without the big exports), registers.ts and dues.ts,
// timed the same way and named with （4.3万人台账）. Generating the file takes minutes, so it is
// kept between runs in a cache folder, keyed by the generator's and the migrations' source: a
// change to either makes a new one. BENCH_CACHE_DIR moves the cache; BENCH_NO_CACHE=1 skips it.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openLedger } from '../db/open';
import { scaleFor, seedLedger } from '../db/sample/generate';
import { createRouter } from '../router/router';
import { benchCalls } from './calls';
import { benchDues } from './dues';
import type { Sample } from './measure';
import { benchRegisters } from './registers';

const ROOT = path.resolve(import.meta.dirname, '..');
const SUFFIX = '（4.3万人台账）';

/** What the generated file depends on: the generator's code, the schema's migrations, the day. */
function cacheKey(migrationsDir: string, today: string): string {
  const hash = createHash('sha256').update(today);
  for (const dir of [path.join(ROOT, 'db', 'sample'), migrationsDir, path.join(migrationsDir, 'meta')]) {
    for (const name of fs.readdirSync(dir).sort()) {
      const file = path.join(dir, name);
      if (fs.statSync(file).isFile()) hash.update(name).update(fs.readFileSync(file));
    }
  }
  return hash.digest('hex').slice(0, 16);
}

/** The 43,000-member file, generated or taken from the cache, copied to `file`. */
function seeded43k(file: string, migrationsDir: string, today: string): void {
  const cacheDir = process.env.BENCH_CACHE_DIR ?? path.join(os.tmpdir(), 'dangwu-bench-cache');
  const cached = path.join(cacheDir, `street43k-${cacheKey(migrationsDir, today)}.sqlite`);
  if (!process.env.BENCH_NO_CACHE && fs.existsSync(cached)) {
    fs.copyFileSync(cached, file);
    console.log(`已从缓存取得4.3万人街道数据：${cached}`);
    return;
  }
  const t = Date.now();
  const ledger = openLedger({ file, migrationsDir });
  const result = seedLedger(ledger, scaleFor('street43k', today), today);
  // One file, no -wal beside it, so the cached copy is whole.
  ledger.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  ledger.close();
  console.log(
    `已生成4.3万人街道数据（${((Date.now() - t) / 1000).toFixed(1)} 秒）：党员 ${result.members}，出勤记录 ${result.attendance}，积分记录 ${result.pointEntries}`,
  );
  if (process.env.BENCH_NO_CACHE) return;
  fs.mkdirSync(cacheDir, { recursive: true });
  // Older generations of the file are of no further use, and each is hundreds of MB.
  for (const old of fs.readdirSync(cacheDir)) if (old.startsWith('street43k-')) fs.rmSync(path.join(cacheDir, old), { force: true });
  const temp = `${cached}.${process.pid}.tmp`;
  fs.copyFileSync(file, temp);
  fs.renameSync(temp, cached);
}

export async function benchStreet43k(dir: string, migrationsDir: string, today: string, results: Sample[]): Promise<void> {
  const dataDir = path.join(dir, 'street43k');
  fs.mkdirSync(dataDir);
  const file = path.join(dataDir, 'ledger.sqlite');
  seeded43k(file, migrationsDir, today);
  const ledger = openLedger({ file, migrationsDir });
  const scratch = (name: string) => fs.mkdtempSync(path.join(dataDir, name));
  const router = createRouter(
    {
      ledger,
      info: { version: 'bench', dataDir, databaseFile: file, mode: 'browser', damaged: null },
      today: () => today,
      exportsDir: scratch('exports-'),
      backupsDir: scratch('backups-'),
      migrationsDir,
      parseWorkerPath: path.join(ROOT, 'dist', 'workers', 'parseWorker.cjs'),
      attachmentsDir: scratch('attachments-'),
    },
    (message, error) => console.error(message, error ?? ''),
  );
  const rows: Sample[] = [];
  try {
    await benchCalls(router, ledger, rows, { exports: false });
    await benchRegisters(router, ledger, rows, today);
    await benchDues(router, ledger, rows, today);
  } finally {
    ledger.close();
  }
  for (const r of rows) results.push({ ...r, operation: `${r.operation.replace('2万人', '4.3万人')}${SUFFIX}` });
}

// Alone: `node --import tsx bench/street43k.ts` (after `node scripts/build.mjs`).
if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dangwu-street43k-bench-'));
  const results: Sample[] = [];
  await benchStreet43k(dir, path.join(ROOT, 'db', 'migrations'), '2026-11-24', results);
  console.table(
    results.map((r) => ({
      操作: r.operation,
      中位数ms: r.medianMs,
      'p95 ms': r.p95Ms,
      基线ms: r.baselineMedianMs,
      目标: r.targetMs,
      达标: r.pass === null ? '—' : r.pass ? '是' : '否',
    })),
  );
  fs.rmSync(dir, { recursive: true, force: true });
  if (results.some((r) => r.pass === false)) process.exitCode = 1;
}
