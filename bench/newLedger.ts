// 首页 of a new ledger: an empty data folder opened as the app opens it, 社区 chosen and the
// 建账日期 set (the first two things 首页 asks), then every call the shell and 首页 make when
// drawn, one after the other as the host answers them. Timed right after a write (nothing kept)
// and again; the baseline is a raw read of the settings table, the one table that holds anything.
import fs from 'node:fs';
import path from 'node:path';
import { startLedger } from '../host/startLedger';
import { callTimer, RUNS } from './callTimer';
import { sample, time, type Sample } from './measure';

/** What AppShell and the 首页 panels ask for (renderer/AppShell.tsx, renderer/pages/home/*). */
const HOME_CALLS = [
  'app.info',
  'settings.get',
  'street.kind',
  'lock.status',
  'settings.ledgerStart',
  'home.checklist',
  'street.nextDeadline',
  'home.reminders',
  'home.figures',
  'home.duesReminders',
  'home.developmentReminders',
  'home.careReminders',
] as const;

export async function benchNewLedger(dir: string, migrationsDir: string, parseWorkerPath: string, today: string, results: Sample[]): Promise<void> {
  const dataDir = path.join(dir, 'new-ledger');
  fs.mkdirSync(dataDir);
  const started = await startLedger({ dataDir, migrationsDir, version: 'bench', mode: 'browser', parseWorkerPath });
  started.ctx.today = () => today;
  try {
    const { call } = callTimer(started.router, started.ledger);
    const db = started.ledger.sqlite;
    await call('street.setKind', { kind: '社区' });
    await call('settings.setLedgerStart', { startDate: `${today.slice(0, 7)}-01`, meetingsStart: null });
    const tick = db.prepare("UPDATE settings SET value = value + 1 WHERE key = 'bench.tick'");
    const home = async () => {
      for (const name of HOME_CALLS) await call(name, {});
    };
    const timeHome = async (afterWrite: boolean) => {
      const out: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        if (afterWrite) tick.run();
        const t = process.hrtime.bigint();
        await home();
        out.push(Number(process.hrtime.bigint() - t) / 1e6);
      }
      return out.sort((a, b) => a - b);
    };
    // The very first drawing after 社区 and 建账日期 were chosen: what the user waits for, once.
    const t = process.hrtime.bigint();
    await home();
    const first = Number(process.hrtime.bigint() - t) / 1e6;
    const rawSettings = db.prepare('SELECT key, value FROM settings');
    const rawRuns = time(() => rawSettings.all(), RUNS);
    const what = `新建台账首页（已选社区、已设建账日期，${HOME_CALLS.length}个调用）`;
    results.push(sample(`${what}（建账后第一次 ${first.toFixed(1)} ms；其后每次前有无关写入）`, await timeHome(true), '原生 SQL 读设置表', rawRuns, 50));
    results.push(sample(`${what}（再次）`, await timeHome(false), '原生 SQL 读设置表', rawRuns, 50));
  } finally {
    started.stop();
  }
}

// Alone: `node --import tsx bench/newLedger.ts` (after `node scripts/build.mjs`).
if (import.meta.url === `file://${process.argv[1]}`) {
  const root = path.resolve(import.meta.dirname, '..');
  const dir = fs.mkdtempSync(path.join((await import('node:os')).tmpdir(), 'dangwu-new-ledger-bench-'));
  const results: Sample[] = [];
  await benchNewLedger(dir, path.join(root, 'db', 'migrations'), path.join(root, 'dist', 'workers', 'parseWorker.cjs'), '2026-11-24', results);
  console.table(results.map((r) => ({ 操作: r.operation, 中位数ms: r.medianMs, 'p95 ms': r.p95Ms, 基线ms: r.baselineMedianMs, 达标: r.pass ? '是' : '否' })));
  fs.rmSync(dir, { recursive: true, force: true });
}
