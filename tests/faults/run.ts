// `npm run test:faults`: the proofs of issue 7, with their figures. Exits 1 on any failure.
// Counts can be lowered for a quick local look: FAULT_SCALE=0.1 npm run test:faults.
import path from 'node:path';
import fs from 'node:fs';
import { build } from 'esbuild';
import { backupKills, exportKills, importKills, restoreKills } from './kills';
import { contractFuzz } from './contractFuzz';
import { fileFuzz } from './fileFuzz';
import { rng } from './random';
import { roundTrip } from './roundTrip';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const scale = Number(process.env.FAULT_SCALE ?? 1);
const n = (x: number) => Math.max(1, Math.round(x * scale));
const seed = Number(process.env.FAULT_SEED ?? 20261125);

async function main() {
  const child = path.join(ROOT, 'dist', 'faults', 'child.cjs');
  await build({ entryPoints: [path.join(ROOT, 'tests', 'faults', 'child.ts')], outfile: child, bundle: true, platform: 'node', format: 'cjs', target: 'node22', external: ['better-sqlite3'], logLevel: 'warning', define: { 'import.meta.dirname': '__dirname' } });
  const worker = path.join(ROOT, 'dist', 'workers', 'parseWorker.cjs');
  if (!fs.existsSync(worker)) throw new Error('dist/workers/parseWorker.cjs is missing: run npm run build first');
  const paths = { child, worker, migrations: path.join(ROOT, 'db', 'migrations') };
  const r = rng(seed);
  const started = Date.now();
  const lines: string[] = [];
  let failed = false;
  const check = (label: string, ok: boolean, figures: string) => {
    lines.push(`${ok ? '通过' : '失败'}  ${label}：${figures}`);
    if (!ok) failed = true;
    console.log(lines.at(-1));
  };

  for (const [run, runs] of [[importKills, n(200)], [exportKills, n(20)], [backupKills, n(50)], [restoreKills, n(50)]] as const) {
    const k = await run(paths, runs);
    const bad = k.integrityFailures + k.partial + k.lost + k.brokenFiles;
    check(k.mode, bad === 0, `${k.runs} 次，确认完成 ${k.acknowledged} 次；完整性失败 ${k.integrityFailures}，半截 ${k.partial}，已确认却丢失 ${k.lost}，损坏文件 ${k.brokenFiles}`);
  }
  const f = await fileFuzz(r, n(1000));
  check('畸形/变异的 xlsx 和 csv 导入', f.crashes + f.hangs + f.wrongWrites === 0, `${f.files} 个文件；上传即拒绝 ${f.refusedAtUpload}，预览 ${f.previewed}，提交 ${f.committed}（写入 ${f.rowsWritten} 行，均与预览一致）；崩溃 ${f.crashes}，卡死 ${f.hangs}，不符的写入 ${f.wrongWrites}`);
  for (const line of f.failures.slice(0, 10)) console.log('  ', line);
  const c = await contractFuzz(r, n(2000));
  check('接口随机输入', c.crashes + c.writesOnRejection === 0, `${c.calls} 个接口，${c.payloads} 个输入；接受 ${c.accepted}，拒绝 ${c.rejected}；崩溃 ${c.crashes}，拒绝时写入 ${c.writesOnRejection}`);
  for (const line of c.failures.slice(0, 10)) console.log('  ', line);
  const t = await roundTrip(paths);
  check('备份后恢复', t.same && t.integrity, `内容一致 ${t.same ? '是' : '否'}，完整性 ${t.integrity ? 'ok' : '失败'}（${t.tables} 张表，${t.rows} 行）`);

  console.log(`\n故障测试用时 ${Math.round((Date.now() - started) / 1000)} 秒，随机种子 ${seed}`);
  fs.mkdirSync(path.join(ROOT, 'bench-results'), { recursive: true });
  fs.writeFileSync(path.join(ROOT, 'bench-results', 'faults.txt'), lines.join('\n') + '\n');
  process.exit(failed ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
