// `npm run test:faults`: the proofs of issue 7, with their figures. Exits 1 on any failure.
// FAULT_SCALE=0.1 lowers every count for a quick look; FAULT_SEED replays a fuzz run;
// FAULT_ONLY=kills,files,contract,roundtrip runs a subset.
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { contractFuzz } from './contractFuzz';
import { fileFuzz, type FileFuzzReport } from './fileFuzz';
import { backupKills, exportKills, importKills, restoreKills, type KillReport } from './kills';
import { rng } from '../../db/sample/random';
import { roundTrip } from './roundTrip';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const scale = Number(process.env.FAULT_SCALE ?? 1);
const n = (x: number) => Math.max(1, Math.round(x * scale));
const seed = Number(process.env.FAULT_SEED ?? 20261125);
const only = (part: string) => !process.env.FAULT_ONLY || process.env.FAULT_ONLY.split(',').includes(part);

type Paths = { child: string; worker: string; migrations: string };
const lines: string[] = [];
let failed = false;
function check(label: string, ok: boolean, figures: string) {
  lines.push(`${ok ? '通过' : '失败'}  ${label}：${figures}`);
  if (!ok) failed = true;
  console.log(lines.at(-1));
}

/** Two data folders side by side, one per core, half the runs each. */
async function kills(paths: Paths) {
  const plans: [(p: Paths, runs: number) => Promise<KillReport>, number][] = [
    [importKills, n(200)],
    [exportKills, n(20)],
    [backupKills, n(50)],
    [restoreKills, n(50)],
  ];
  for (const [run, runs] of plans) {
    const shares = runs > 1 ? [Math.ceil(runs / 2), Math.floor(runs / 2)] : [runs];
    const halves = await Promise.all(shares.map((share) => run(paths, share)));
    const k = halves.reduce((a, b) => ({ ...a, runs: a.runs + b.runs, acknowledged: a.acknowledged + b.acknowledged, integrityFailures: a.integrityFailures + b.integrityFailures, partial: a.partial + b.partial, lost: a.lost + b.lost, brokenFiles: a.brokenFiles + b.brokenFiles }));
    const bad = k.integrityFailures + k.partial + k.lost + k.brokenFiles;
    check(k.mode, bad === 0, `${k.runs} 次，确认完成 ${k.acknowledged} 次；完整性失败 ${k.integrityFailures}，半截 ${k.partial}，已确认却丢失 ${k.lost}，损坏文件 ${k.brokenFiles}`);
  }
}

/** Two halves at once (each upload parses in its own worker thread), seeded apart. */
async function files() {
  const total = n(1000);
  const parts = await Promise.all([fileFuzz(rng(seed + 1), Math.ceil(total / 2)), fileFuzz(rng(seed + 2), Math.floor(total / 2))]);
  const f = parts.reduce((a: FileFuzzReport, b: FileFuzzReport): FileFuzzReport => ({ files: a.files + b.files, crashes: a.crashes + b.crashes, hangs: a.hangs + b.hangs, refusedAtUpload: a.refusedAtUpload + b.refusedAtUpload, previewed: a.previewed + b.previewed, committed: a.committed + b.committed, rowsWritten: a.rowsWritten + b.rowsWritten, wrongWrites: a.wrongWrites + b.wrongWrites, failures: [...a.failures, ...b.failures] }));
  check('畸形/变异的 xlsx 和 csv 导入', f.crashes + f.hangs + f.wrongWrites === 0, `${f.files} 个文件；上传即拒绝 ${f.refusedAtUpload}，预览 ${f.previewed}，提交 ${f.committed}（写入 ${f.rowsWritten} 行，均与预览一致）；崩溃 ${f.crashes}，卡死 ${f.hangs}，不符的写入 ${f.wrongWrites}`);
  for (const line of f.failures.slice(0, 10)) console.log('  ', line);
}

async function contract() {
  const c = await contractFuzz(rng(seed), n(2000));
  check('接口随机输入', c.crashes + c.writesOnRejection === 0, `${c.calls} 个接口，${c.payloads} 个输入；接受 ${c.accepted}，拒绝 ${c.rejected}；崩溃 ${c.crashes}，拒绝时写入 ${c.writesOnRejection}`);
  for (const line of c.failures.slice(0, 10)) console.log('  ', line);
}

async function main() {
  const child = path.join(ROOT, 'dist', 'faults', 'child.cjs');
  await build({ entryPoints: [path.join(ROOT, 'tests', 'faults', 'child.ts')], outfile: child, bundle: true, platform: 'node', format: 'cjs', target: 'node22', external: ['better-sqlite3'], logLevel: 'warning' });
  const worker = path.join(ROOT, 'dist', 'workers', 'parseWorker.cjs');
  if (!fs.existsSync(worker)) throw new Error('dist/workers/parseWorker.cjs is missing: run npm run build first');
  const paths = { child, worker, migrations: path.join(ROOT, 'db', 'migrations') };
  const started = Date.now();
  if (only('kills')) await kills(paths);
  if (only('files')) await files();
  if (only('contract')) await contract();
  if (only('roundtrip')) {
    const t = await roundTrip(paths);
    check('备份后恢复', t.same && t.integrity, `内容一致 ${t.same ? '是' : '否'}，完整性 ${t.integrity ? 'ok' : '失败'}（${t.tables} 张表，${t.rows} 行）`);
  }
  console.log(`\n故障测试用时 ${Math.round((Date.now() - started) / 1000)} 秒，随机种子 ${seed}`);
  fs.mkdirSync(path.join(ROOT, 'bench-results'), { recursive: true });
  fs.writeFileSync(path.join(ROOT, 'bench-results', 'faults.txt'), lines.join('\n') + '\n');
  process.exit(failed ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
