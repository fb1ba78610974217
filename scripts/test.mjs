// `npm test`: find or install the browser and fonts the e2e suite needs, build once, then
// the unit/integration suite under both time zones the app meets (dates must not shift
// through UTC), then the e2e suite in Chromium.
// Ends with one line "tests: N passed, N failed" summed over every run.
import { spawnSync } from 'node:child_process';
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

if (run(process.execPath, ['scripts/build.mjs']) !== 0) {
  console.error('构建失败，测试未运行。');
  process.exit(1);
}

const vitest = path.join('node_modules', 'vitest', 'vitest.mjs');
const passes = [
  ['unit', 'Asia/Shanghai'],
  ['unit', 'UTC'],
  ['e2e', 'Asia/Shanghai'],
  ['e2e', 'UTC'],
];
let passed = 0;
let failed = 0;
let exitCode = 0;
for (const [project, tz] of passes) {
  console.log(`\n=== ${project} (TZ=${tz}) ===`);
  const report = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dangwu-test-')), 'report.json');
  const status = run(process.execPath, [vitest, 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], { TZ: tz });
  if (status !== 0) exitCode = 1;
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
