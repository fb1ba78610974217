// Issue 3's Excel targets, each operation in a child process of its own (bench/excelChild.ts)
// so the peak memory is that operation's: a 10,000-row roster import beside a raw exceljs
// read of the same file, and the 10,000-row 花名册 export beside a streaming write of the
// same cells with the same look.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { bigRoster } from '../tests/fixtures/rosterFixtures';
import { median, p95, type Sample } from './measure';

const CHILD = path.resolve(import.meta.dirname, 'excelChild.ts');
const RUNS = 3;

function child(...args: string[]): { ms: number; peakMb: number } {
  const out = execFileSync(process.execPath, ['--import', 'tsx', CHILD, ...args], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split('\n').at(-1)!);
}

function excelSample(operation: string, runs: { ms: number; peakMb: number }[], baseline: string, base: { ms: number; peakMb: number }[], maxRatio: number, maxMb: number): Sample {
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
  const rawReads = Array.from({ length: RUNS }, () => child('raw-read', file));
  const imports = Array.from({ length: RUNS }, (_, i) => child('import', file, path.join(dir, `import-${i}`)));
  results.push(excelSample('导入花名册（1万行：解析、校验、写入）', imports, 'exceljs 读取同一文件的每个单元格', rawReads, 1.5, 300));
  const filled = path.join(dir, 'import-0');
  const rawWrites = Array.from({ length: RUNS }, () => child('raw-write', filled));
  const exports = Array.from({ length: RUNS }, () => child('export', filled));
  results.push(excelSample('导出花名册（1万人）', exports, 'exceljs 流式写出同样的单元格（同样的字体、边框、格式）', rawWrites, 1.3, 300));
}
