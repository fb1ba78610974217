// `npm test`: build once, then the unit/integration suite under both time zones the
// app meets (dates must not shift through UTC), then the e2e suite in Chromium.
// Ends with one line "tests: N passed, N failed" summed over every run.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const run = (cmd, args, env = {}) => spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;

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
