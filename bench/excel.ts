// Issue 3's Excel targets, each operation in a child process of its own (bench/excelChild.ts)
// so the peak memory is that operation's: a 10,000-row roster import beside a raw exceljs
// read of the same file, and the 10,000-row 花名册 export beside a streaming write of the
// same cells with the same look.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { asXls, bigRoster } from '../tests/fixtures/rosterFixtures';
import { median, p95, type Sample } from './measure';

const ROOT = path.resolve(import.meta.dirname, '..');
const CHILD = path.join(ROOT, 'dist', 'bench', 'excelChild.mjs');
const RUNS = 5;
/**
 * The .xls import's targets (docs/performance.md): a multiple of SheetJS's raw parse, and memory.
 * SheetJS keeps the whole workbook in the parse worker, and the import's preview and commit come on top.
 */
const XLS_IMPORT_RATIO = 4;
const XLS_IMPORT_MB = 400;

/**
 * The child is bundled like the app's host (esbuild), so what is timed is the code that ships,
 * not tsx's on-the-fly transform (which wraps every inner function in a naming helper).
 */
async function buildChild(): Promise<void> {
  const { build } = await import('esbuild');
  await build({
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    logLevel: 'warning',
    entryPoints: [path.join(ROOT, 'bench', 'excelChild.ts')],
    outfile: CHILD,
    external: ['better-sqlite3', 'exceljs'],
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  });
}

function child(...args: string[]): { ms: number; peakMb: number } {
  const out = execFileSync(process.execPath, [CHILD, ...args], { encoding: 'utf8', maxBuffer: 1 << 20, env: { ...process.env, BENCH_ROOT: ROOT } });
  return JSON.parse(out.trim().split('\n').at(-1)!);
}

/** Baseline and operation taken in turns: this machine's speed drifts by a quarter within minutes. */
function inTurns(base: () => { ms: number; peakMb: number }, operation: (run: number) => { ms: number; peakMb: number }) {
  const bases: { ms: number; peakMb: number }[] = [];
  const runs: { ms: number; peakMb: number }[] = [];
  for (let i = 0; i < RUNS; i++) {
    bases.push(base());
    runs.push(operation(i));
  }
  return { bases, runs };
}

function excelSample(
  operation: string,
  runs: { ms: number; peakMb: number }[],
  baseline: string,
  base: { ms: number; peakMb: number }[],
  maxRatio: number,
  maxMb: number,
): Sample {
  const ms = runs.map((r) => r.ms).sort((a, b) => a - b);
  const baseMs = base.map((r) => r.ms).sort((a, b) => a - b);
  const peakRssMb = Math.max(...runs.map((r) => r.peakMb));
  const ratio = Math.round((median(ms) / median(baseMs)) * 100) / 100;
  return {
    operation,
    medianMs: Math.round(median(ms)),
    p95Ms: Math.round(p95(ms)),
    peakRssMb,
    baseline,
    baselineMedianMs: Math.round(median(baseMs)),
    ratio,
    targetMs: null,
    target: `≤ ${maxRatio} 倍基线，≤ ${maxMb} MB`,
    pass: ratio <= maxRatio && peakRssMb <= maxMb,
  };
}

export async function benchExcel(dir: string, results: Sample[]): Promise<void> {
  const file = path.join(dir, '花名册1万人.xlsx');
  fs.writeFileSync(file, await bigRoster(10_000));
  await buildChild();
  const read = inTurns(
    () => child('raw-read', file),
    (i) => child('import', file, path.join(dir, `import-${i}`)),
  );
  results.push(excelSample('导入花名册（1万行：解析、校验、写入）', read.runs, 'exceljs 读取同一文件的每个单元格', read.bases, 1.5, 300));
  // The same roster saved as Excel 97–2003 .xls, read by SheetJS (excel/import/readLegacy.ts) in the parse worker;
  // baseline: SheetJS's own parse of the same bytes. Preview and commit are the .xlsx import's, so the
  // ratio is higher than the .xlsx row's, whose baseline (exceljs) is the slower reader.
  const xls = path.join(dir, '花名册1万人.xls');
  fs.writeFileSync(xls, asXls(fs.readFileSync(file)));
  const readXls = inTurns(
    () => child('raw-read-xls', xls),
    (i) => child('import', xls, path.join(dir, `import-xls-${i}`)),
  );
  results.push(
    excelSample(
      '导入花名册（1万行 .xls：解析、校验、写入）',
      readXls.runs,
      'SheetJS 解析同一 .xls 文件的每个单元格',
      readXls.bases,
      XLS_IMPORT_RATIO,
      XLS_IMPORT_MB,
    ),
  );
  const filled = path.join(dir, 'import-0');
  const write = inTurns(
    () => child('raw-write', filled),
    () => child('export', filled),
  );
  results.push(excelSample('导出花名册（1万人）', write.runs, 'exceljs 流式写出同样的单元格（同样的字体、边框、格式）', write.bases, 1.3, 300));
}
