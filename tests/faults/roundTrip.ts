// Backup → change → restore gives back exactly what was backed up, and the file checks ok.
import fs from 'node:fs';
import path from 'node:path';
import { verifyDatabaseFile } from '../../db/backups/make';
import { createMember } from '../../db/members/write';
import { startLedger } from '../../host/startLedger';
import { pointsCommunity } from '../integration/points/pointsFixture';
import { memberInput, snapshot, tempDir } from '../support/testLedger';

export async function roundTrip(paths: { worker: string; migrations: string }) {
  const dataDir = tempDir('dangwu-faults-roundtrip-');
  // Something in every ledger: orgs, members, meetings, activities, points.
  const c = pointsCommunity();
  c.meeting('2026-03-05', ['主题党日'], { [c.li]: '缺席' });
  c.activity('2026-04-01', [[c.zhang, 3]]);
  fs.mkdirSync(dataDir, { recursive: true });
  await c.ledger.sqlite.backup(path.join(dataDir, 'ledger.sqlite'));
  c.ledger.close();

  const s = await startLedger({ dataDir, migrationsDir: paths.migrations, version: 'faults', mode: 'browser', parseWorkerPath: paths.worker });
  const made = (await s.router.handle('backups.create', {})) as { ok: true; value: { files: { name: string; reason: string }[] } };
  const name = made.value.files.find((f) => f.reason === '手动备份')!.name;
  const content = () => ({ ...snapshot(s.ledger), audit_log: undefined });
  const before = content();
  const branchId = (s.ledger.sqlite.prepare("SELECT id FROM orgs WHERE kind = '党支部'").get() as { id: number }).id;
  createMember(s.ledger, memberInput(branchId, { name: '恢复后应消失' }), null, '2026-11-24');
  await s.router.handle('backups.restore', { name });
  const same = JSON.stringify(content()) === JSON.stringify(before);
  const integrity = verifyDatabaseFile(s.ctx.info.databaseFile) === null;
  const rows = (Object.values(before) as unknown[]).reduce<number>((n, t) => n + (Array.isArray(t) ? t.length : 0), 0);
  s.stop();
  return { same, integrity, tables: Object.keys(before).length, rows };
}
