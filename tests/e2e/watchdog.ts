// Whole-suite watch (vitest globalSetup of the e2e project): every page opened by the
// harness reports CSP violations and requests that leave the loopback host into one file;
// the teardown fails the run if there was any, and prints the figures.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export function setup() {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dangwu-e2e-watch-')), 'events.jsonl');
  fs.writeFileSync(file, '');
  process.env.DANGWU_E2E_WATCH = file;
  return () => {
    const events = fs
      .readFileSync(file, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { kind: string; detail: string });
    const count = (kind: string) => events.filter((e) => e.kind === kind).length;
    const pages = count('page');
    const requests = count('request');
    const bad = events.filter((e) => e.kind === 'csp' || e.kind === 'foreign');
    console.log(`e2e 全程监视：${pages} 个页面，${requests} 个请求；CSP 违规 ${count('csp')} 次，访问本机以外地址 ${count('foreign')} 次`);
    if (bad.length > 0) throw new Error(`e2e watch found:\n${bad.map((e) => `${e.kind}: ${e.detail}`).join('\n')}`);
  };
}
