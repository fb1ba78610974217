import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startLedger } from '../../../host/startLedger';
import { MIGRATIONS_DIR, PARSE_WORKER, snapshot, tempDir } from '../../support/testLedger';

describe('示例数据', () => {
  it('loads into an empty ledger only, and removing it returns to the state before', async () => {
    const s = await startLedger({ dataDir: tempDir(), migrationsDir: MIGRATIONS_DIR, version: 'test', mode: 'browser', parseWorkerPath: PARSE_WORKER });
    const content = () => ({ ...snapshot(s.ledger), audit_log: undefined });
    const empty = content();
    expect(await s.router.handle('sample.status', {})).toEqual({ ok: true, value: { loaded: false, canLoad: true } });
    expect(await s.router.handle('sample.load', {})).toEqual({ ok: true, value: { loaded: true, canLoad: false } });
    const count = (table: string) => (s.ledger.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    expect(count('members')).toBe(46); // two branches of 20 and a small one of 6 (db/sample/generate.ts story)
    expect(count('attendance')).toBeGreaterThan(0);
    expect(count('point_entries')).toBeGreaterThan(0);
    expect(await s.router.handle('sample.load', {})).toMatchObject({ ok: false, error: { message: expect.stringContaining('还没有录入') } });
    expect(await s.router.handle('sample.remove', {})).toEqual({ ok: true, value: { loaded: false, canLoad: true } });
    expect(content()).toEqual(empty);
    expect(path.basename(s.ctx.info.databaseFile)).toBe('ledger.sqlite');
    s.stop();
  });
});
