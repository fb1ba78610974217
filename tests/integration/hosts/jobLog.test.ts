// A background job that fails tells the user "详情已记入日志": the details must be there.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startLedger } from '../../../host/startLedger';
import { MIGRATIONS_DIR, PARSE_WORKER, tempDir } from '../../support/testLedger';

type JobStatus = { finished: boolean; error: string | null };

describe('a failed 年度台账 job', () => {
  it('tells the user the details are in the log, and writes them there with the stack', async () => {
    const dataDir = tempDir();
    const s = await startLedger({ dataDir, migrationsDir: MIGRATIONS_DIR, version: 'test', mode: 'browser', parseWorkerPath: PARSE_WORKER });
    try {
      // A file where the exports folder belongs: the workbook cannot be written.
      fs.writeFileSync(path.join(dataDir, 'exports'), 'not a folder');
      const started = (await s.router.handle('reports.yearBook', { year: 2026 })) as { ok: true; value: { jobId: string } };
      expect(started.ok).toBe(true);
      let status: JobStatus;
      do {
        await new Promise((r) => setTimeout(r, 5));
        status = ((await s.router.handle('reports.jobStatus', { jobId: started.value.jobId })) as { ok: true; value: JobStatus }).value;
      } while (!status.finished);
      expect(status.error).toBe('生成失败，详情已记入日志');

      const log = fs.readFileSync(path.join(dataDir, 'logs', 'app.log'), 'utf8');
      const entry = log.slice(log.indexOf('job reports.yearBook failed'));
      expect(entry).toMatch(/^job reports\.yearBook failed\n\w*Error: .*(EEXIST|ENOTDIR)/);
      expect(entry).toMatch(/\n\s+at .+writeFileAtomic/);
    } finally {
      s.stop();
    }
  });
});
