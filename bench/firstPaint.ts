// First paint of 首页 in browser mode on the street-sized file, and the JavaScript the first
// screen needs (gzipped, as it would travel compressed; pages load when opened).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium } from 'playwright-core';
import { sample, type Sample } from './measure';

const ROOT = path.resolve(import.meta.dirname, '..');

/** The host's peak resident memory so far (Linux: VmHWM), in MB. */
function peakMbOf(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Math.round(Number(/VmHWM:\s+(\d+) kB/.exec(status)![1]) / 1024);
}

export async function benchFirstPaint(dataDir: string, results: Sample[]): Promise<{ initialJsGzipKb: number; hostPeakMb: number }> {
  const host = spawn(process.execPath, [path.join(ROOT, 'dist', 'web', 'main.cjs'), '--data-dir', dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`host did not start: ${out}`)), 60_000);
    host.stdout!.on('data', (d) => {
      out += d;
      const m = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[0]);
      }
    });
  });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const paints: number[] = [];
  const blanks: number[] = [];
  let jsBytes = 0;
  let hostPeakMb = 0;
  try {
    for (let i = 0; i < 6; i++) {
      const context = await browser.newContext(); // cold cache each time
      const page = await context.newPage();
      const js: Promise<Buffer>[] = [];
      let counting = i === 0;
      page.on('response', (r) => {
        if (counting && r.url().endsWith('.js')) js.push(r.body().catch(() => Buffer.alloc(0)));
      });
      const t = Date.now();
      await page.goto(url);
      await page.getByTestId('chart-class').waitFor({ timeout: 60_000 });
      paints.push(Date.now() - t);
      counting = false; // the first screen is drawn: what loads later belongs to other pages
      if (i === 0) jsBytes = (await Promise.all(js)).reduce((n, b) => n + zlib.gzipSync(b).length, 0);
      const t2 = Date.now();
      await page.goto(new URL('/favicon.ico', url).href).catch(() => undefined);
      blanks.push(Date.now() - t2);
      if (i === 5) {
        // The rest of a working session on the street file, for the host's memory: the
        // ranking, the roster, 三会一课 and 报表.
        for (const [hash, testId] of [
          ['#/points', 'standings-table'],
          ['#/members', 'roster-import'],
          ['#/meetings', null],
          ['#/reports', null],
        ] as const) {
          await page.goto(new URL(hash, url).href);
          if (testId) await page.getByTestId(testId).waitFor({ timeout: 60_000 });
          else await page.waitForLoadState('networkidle');
        }
        hostPeakMb = peakMbOf(host.pid!);
      }
      await context.close();
    }
  } finally {
    await browser.close();
    host.kill('SIGTERM');
  }
  // The first load is the host's and the browser's first (code compiled, pages cached): said apart,
  // since with six loads the p95 is the slowest one.
  const first = paints[0];
  results.push(
    sample(
      `首页首次显示（浏览器模式，含统计图；第一次 ${first} ms）`,
      paints.sort((a, b) => a - b),
      '同一主机返回一个小文件',
      blanks.sort((a, b) => a - b),
      1500,
    ),
  );
  results.push({
    operation: '主机进程内存峰值（打开街道数据文件，浏览各页）',
    medianMs: 0,
    p95Ms: 0,
    peakRssMb: hostPeakMb,
    baseline: '—',
    baselineMedianMs: 0,
    ratio: 0,
    targetMs: null,
    target: '≤ 400 MB',
    pass: hostPeakMb <= 400,
  });
  return { initialJsGzipKb: Math.round(jsBytes / 1024), hostPeakMb };
}
