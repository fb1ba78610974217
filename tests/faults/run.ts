// `npm run test:faults`: the proofs of issue 7, with their figures. Exits 1 on any failure.
// FAULT_SCALE=0.1 lowers every count for a quick look; FAULT_SEED replays a fuzz run;
// FAULT_ONLY=kills,files,contract,roundtrip,crypt runs a subset.
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { contractFuzz } from './contractFuzz';
import { fileFuzz, type FileFuzzReport } from './fileFuzz';
import { backupKills, exportKills, importKills, restoreKills, type KillReport } from './kills';
import { rng } from '../../db/sample/random';
import { roundTrip } from './roundTrip';
import { madeTempDirs } from '../support/testLedger';
import { bitFlips, cryptRoundTrip, rekeyKills, scanProof } from './crypt';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const scale = Number(process.env.FAULT_SCALE ?? 1);
const n = (x: number) => Math.max(1, Math.round(x * scale));
const seed = Number(process.env.FAULT_SEED ?? 20261125);
const only = (part: string) => !process.env.FAULT_ONLY || process.env.FAULT_ONLY.split(',').includes(part);

type Paths = { child: string; worker: string; migrations: string; password?: string };
const lines: string[] = [];
let failed = false;
function check(label: string, ok: boolean, figures: string) {
  lines.push(`${ok ? '通过' : '失败'}  ${label}：${figures}`);
  if (!ok) failed = true;
  console.log(lines.at(-1));
}

/**
 * Two data folders side by side, one per core, half the runs each. `share` scales the counts:
 * the same runs with a password set (encrypted ledger) run at a quarter, to stay in CI's budget.
 */
async function kills(paths: Paths, share = 1) {
  const plans: [(p: Paths, runs: number) => Promise<KillReport>, number][] = [
    [importKills, n(200 * share)],
    [exportKills, n(20 * share)],
    [backupKills, n(50 * share)],
    [restoreKills, n(50 * share)],
  ];
  for (const [run, runs] of plans) {
    const shares = runs > 1 ? [Math.ceil(runs / 2), Math.floor(runs / 2)] : [runs];
    const halves = await Promise.all(shares.map((share) => run(paths, share)));
    const k = halves.reduce((a, b) => ({
      ...a,
      runs: a.runs + b.runs,
      acknowledged: a.acknowledged + b.acknowledged,
      integrityFailures: a.integrityFailures + b.integrityFailures,
      partial: a.partial + b.partial,
      lost: a.lost + b.lost,
      brokenFiles: a.brokenFiles + b.brokenFiles,
    }));
    const bad = k.integrityFailures + k.partial + k.lost + k.brokenFiles;
    check(
      k.mode,
      bad === 0,
      `${k.runs} 次，确认完成 ${k.acknowledged} 次；完整性失败 ${k.integrityFailures}，半截 ${k.partial}，已确认却丢失 ${k.lost}，损坏文件 ${k.brokenFiles}`,
    );
  }
}

/** Two halves at once (each upload parses in its own worker thread), seeded apart. */
async function files() {
  const total = n(1000);
  const parts = await Promise.all([fileFuzz(rng(seed + 1), Math.ceil(total / 2)), fileFuzz(rng(seed + 2), Math.floor(total / 2))]);
  const f = parts.reduce((a: FileFuzzReport, b: FileFuzzReport): FileFuzzReport => ({
    files: a.files + b.files,
    crashes: a.crashes + b.crashes,
    hangs: a.hangs + b.hangs,
    refusedAtUpload: a.refusedAtUpload + b.refusedAtUpload,
    previewed: a.previewed + b.previewed,
    committed: a.committed + b.committed,
    rowsWritten: a.rowsWritten + b.rowsWritten,
    wrongWrites: a.wrongWrites + b.wrongWrites,
    failures: [...a.failures, ...b.failures],
  }));
  check(
    '畸形/变异的 xlsx 和 csv 导入',
    f.crashes + f.hangs + f.wrongWrites === 0,
    `${f.files} 个文件；上传即拒绝 ${f.refusedAtUpload}，预览 ${f.previewed}，提交 ${f.committed}（写入 ${f.rowsWritten} 行，均与预览一致）；` +
      `崩溃 ${f.crashes}，卡死 ${f.hangs}，不符的写入 ${f.wrongWrites}`,
  );
  for (const line of f.failures.slice(0, 10)) console.log('  ', line);
}

async function contract() {
  const c = await contractFuzz(rng(seed), n(2000));
  check(
    '接口随机输入',
    c.crashes + c.writesOnRejection === 0,
    `${c.calls} 个接口，${c.payloads} 个输入；接受 ${c.accepted}，拒绝 ${c.rejected}；崩溃 ${c.crashes}，拒绝时写入 ${c.writesOnRejection}`,
  );
  for (const line of c.failures.slice(0, 10)) console.log('  ', line);
}

/** Issue 22: what encryption at rest promises. */
async function crypt(paths: Paths) {
  const scan = await scanProof(paths);
  check(
    '设置启动密码后扫描数据文件夹',
    scan.hits.length === 0,
    `${scan.files} 个文件，${Math.round(scan.bytes / 1024)} KB；发现姓名/身份证号/电话/密码/恢复码或 "SQLite format 3" ${scan.hits.length} 处`,
  );
  for (const line of scan.hits.slice(0, 10)) console.log('  ', line);
  const f = await bitFlips(paths, rng(seed + 3), n(500));
  check(
    '加密数据文件随机翻转1位',
    f.wrong === 0 && f.offered !== null,
    `${f.trials} 次；读出正确 ${f.right}，报告损坏 ${f.reported}，静默读错 ${f.wrong}；恢复页提供的备份 ${f.offered ?? '无'}`,
  );
  const shares = n(50) > 1 ? [Math.ceil(n(50) / 2), Math.floor(n(50) / 2)] : [n(50)];
  const halves = await Promise.all(shares.map((runs) => rekeyKills(paths, runs)));
  const k = halves.reduce((a, b) => ({
    ...a,
    runs: a.runs + b.runs,
    acknowledged: a.acknowledged + b.acknowledged,
    integrityFailures: a.integrityFailures + b.integrityFailures,
    partial: a.partial + b.partial,
    lost: a.lost + b.lost,
    notes: [...a.notes, ...b.notes],
  }));
  check(
    k.mode,
    k.integrityFailures + k.partial + k.lost === 0,
    `${k.runs} 次，确认改完 ${k.acknowledged} 次；恰好一个密码能打开且完整 ${k.runs - k.integrityFailures} 次，数据不符 ${k.lost}，遗留临时文件 ${k.partial}`,
  );
  for (const line of k.notes.slice(0, 10)) console.log('  ', line);
  const rt = await cryptRoundTrip(paths);
  check(
    '加密备份换密码后恢复',
    rt.withPassword && rt.withRecoveryCode && rt.stillNew,
    `用当时的密码 ${rt.withPassword ? '成功' : '失败'}，用当时的恢复码 ${rt.withRecoveryCode ? '成功' : '失败'}；恢复后仍用现在的密码打开 ${rt.stillNew ? '是' : '否'}`,
  );
}

async function main() {
  const child = path.join(ROOT, 'dist', 'faults', 'child.cjs');
  await build({
    entryPoints: [path.join(ROOT, 'tests', 'faults', 'child.ts')],
    outfile: child,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external: ['better-sqlite3'],
    logLevel: 'warning',
  });
  const worker = path.join(ROOT, 'dist', 'workers', 'parseWorker.cjs');
  if (!fs.existsSync(worker)) throw new Error('dist/workers/parseWorker.cjs is missing: run npm run build first');
  const paths = { child, worker, migrations: path.join(ROOT, 'db', 'migrations') };
  const started = Date.now();
  if (only('kills')) await kills(paths);
  if (only('crypt')) {
    const t = Date.now();
    await crypt(paths);
    // The file fuzz and contract fuzz run on in-memory ledgers, which are never encrypted.
    await kills({ ...paths, password: 'faults-pass-1' }, 0.25);
    console.log(`加密相关的故障测试用时 ${Math.round((Date.now() - t) / 1000)} 秒`);
  }
  if (only('files')) await files();
  if (only('contract')) await contract();
  if (only('roundtrip')) {
    const t = await roundTrip(paths);
    check('备份后恢复', t.same && t.integrity, `内容一致 ${t.same ? '是' : '否'}，完整性 ${t.integrity ? 'ok' : '失败'}（${t.tables} 张表，${t.rows} 行）`);
  }
  console.log(`\n故障测试用时 ${Math.round((Date.now() - started) / 1000)} 秒，随机种子 ${seed}`);
  fs.mkdirSync(path.join(ROOT, 'bench-results'), { recursive: true });
  fs.writeFileSync(path.join(ROOT, 'bench-results', 'faults.txt'), lines.join('\n') + '\n');
  // The kill runs leave 2–4 GB each of copies and backups: a run that passed removes its
  // folders (one full run filled this machine's disk); a failed one keeps them to look at.
  if (!failed) for (const dir of madeTempDirs) fs.rmSync(dir, { recursive: true, force: true });
  process.exit(failed ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
