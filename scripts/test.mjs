// `npm test`: find or install the browser and fonts the e2e suite needs, type-check and
// lint (any error or finding stops here), build once, then the unit/integration suite under
// both time zones the app meets (dates must not shift through UTC), then the e2e suite in
// Chromium.
// Ends with one line "tests: N passed, N failed" summed over every run.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureBrowser } from './ensureBrowser.mjs';

// Before the build, so a machine that cannot run the e2e half says so in one line at once.
const browser = ensureBrowser();
if (!browser.ok) {
  console.error(browser.message);
  process.exit(1);
}
console.log(`端到端测试使用浏览器：${browser.browser}`);

// Every child gets the browser found here; tests/e2e/harness.ts launches CHROMIUM_PATH.
const run = (cmd, args, env = {}) => spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, CHROMIUM_PATH: browser.browser, ...env } }).status ?? 1;

// The checks run as package.json writes them, so `npm run lint` and this can never differ.
const scripts = JSON.parse(fs.readFileSync('package.json', 'utf8')).scripts;
const pathKey = Object.keys(process.env).find((k) => k.toUpperCase() === 'PATH') ?? 'PATH'; // Windows spells it Path
const binPath = [path.resolve('node_modules', '.bin'), process.env[pathKey]].join(path.delimiter);

/** Runs a package.json script with its output held back, so two run side by side (one per core). */
function check(label, script) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(scripts[script], { shell: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, [pathKey]: binPath } });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => resolve({ label: `${label}（npm run ${script}）`, ok: code === 0, output, seconds: (Date.now() - started) / 1000 }));
  });
}

const checks = await Promise.all([check('类型检查', 'typecheck'), check('代码检查', 'lint'), check('格式检查', 'format:check')]);
for (const c of checks) {
  if (!c.ok) process.stdout.write(c.output);
  console.log(`${c.label}：${c.ok ? '通过' : '未通过'}，${c.seconds.toFixed(1)} 秒`);
}
const failedChecks = checks.filter((c) => !c.ok);
if (failedChecks.length > 0) {
  console.error(`${failedChecks.map((c) => c.label).join('、')}未通过（见上方输出），测试未运行。`);
  process.exit(1);
}

if (run(process.execPath, ['scripts/build.mjs']) !== 0) {
  console.error('构建失败，测试未运行。');
  process.exit(1);
}

const vitest = path.join('node_modules', 'vitest', 'vitest.mjs');
// The unit fixtures draw their variety from TEST_SEED (tests/support/seed.ts). Each unit pass
// gets its own: the first a fixed one (what a plain `npx vitest run` uses too), the second the
// day's date, so every day tries other fixtures at no extra cost and a failure replays the same
// day, or any day, with the seed printed in the header. TEST_SEED set outside wins for both.
const dateSeed = Number(new Date().toISOString().slice(0, 10).replaceAll('-', ''));
const seeds = process.env.TEST_SEED ? [process.env.TEST_SEED, process.env.TEST_SEED] : ['20261124', String(dateSeed)];
// The UTC e2e pass runs only the files where the browser itself handles a date (a date typed
// into a form, a form's default of today, a page working out this month): each e2e pass is ~9.5
// of CI's 40 minutes. Dates the host handles (API, imports, exports, 上报包, street views) run
// in both zones in the unit suite, which reads every export back; Asia/Shanghai, where a date
// taken as midnight UTC shows the wrong day, runs every e2e file. A new file runs in both zones
// until it is listed here with its reason (docs/testing.md).
const ONE_ZONE_E2E = [
  'tests/e2e/manual.test.ts', // screenshots for the 操作手册
  'tests/e2e/layout1366.test.ts', // every page's layout at 1366×768: column boxes, no date
  'tests/e2e/safety.test.ts', // backup, restore, start password, recovery page; no date typed or shown
  'tests/e2e/streetTrust.test.ts', // 接入码 signatures, forged checksums, rename, void, merge
  'tests/e2e/memberCalls.test.ts', // counts the calls a page makes
  'tests/e2e/meetingVoid.test.ts', // voids meetings seeded through the API, with a reason
  'tests/e2e/points.test.ts', // meetings seeded through the API; year-level closing; export read back
  'tests/e2e/duesReports.test.ts', // payments seeded through the API; the 党费 forms read back
  'tests/e2e/rosterImport.test.ts', // the file's dates are parsed by the host (tests/integration/excel)
  'tests/e2e/rosterImportTransfer.test.ts', // idem
  'tests/e2e/importMissingOrgs.test.ts', // idem
  'tests/e2e/rosterExport.test.ts', // the export is written by the host and read back in both zones by the unit suite
  'tests/e2e/reportPackage.test.ts', // the 上报包 is written by the host
  'tests/e2e/streetRegisters.test.ts', // registers from packages; the host's views and forms
  'tests/e2e/streetDuesHeads.test.ts', // 应交人数 from packages
];
// The two oracles over every write call (a minute and a half together) compare answers with
// answers on ORACLE_TODAY, a day the oracle pins; the zone changes no set of what differs.
const ONE_ZONE_UNIT = [
  'tests/integration/contract/staleness.test.ts', // which reads a write changes
  'tests/integration/contract/keptAnswers.test.ts', // what the host keeps equals a fresh start
];
const passes = [
  ['unit', 'Asia/Shanghai', seeds[0]],
  ['unit', 'UTC', seeds[1], ONE_ZONE_UNIT],
  ['e2e', 'Asia/Shanghai'],
  ['e2e', 'UTC', null, ONE_ZONE_E2E],
];
let passed = 0;
let failed = 0;
let exitCode = 0;
for (const [project, tz, seed, skipped = []] of passes) {
  const seedText = seed ? ` TEST_SEED=${seed}` : '';
  const skipText = skipped.length > 0 ? `, without ${skipped.map((f) => path.basename(f)).join(', ')}` : '';
  console.log(`\n=== ${project} (TZ=${tz}${seedText}${skipText}) ===`);
  const report = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dangwu-test-')), 'report.json');
  const env = seed ? { TZ: tz, TEST_SEED: seed } : { TZ: tz };
  const excludes = skipped.map((f) => `--exclude=${f}`);
  const status = run(
    process.execPath,
    [vitest, 'run', '--project', project, ...excludes, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
    env,
  );
  if (status !== 0) {
    exitCode = 1;
    console.error(`${project} (TZ=${tz}) 未通过；重现：TZ=${tz}${seedText} npx vitest run --project ${project} <文件>`);
  }
  try {
    const json = JSON.parse(fs.readFileSync(report, 'utf8'));
    passed += json.numPassedTests;
    failed += json.numFailedTests;
    if (json.numTotalTests === 0) {
      console.error(`${project} ran no test`);
      exitCode = 1;
    }
  } catch {
    failed += 1; // the run died before it could report
    exitCode = 1;
  }
}
console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(exitCode);
