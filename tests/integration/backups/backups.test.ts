import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listBackups } from '../../../db/backups/list';
import { makeBackup } from '../../../db/backups/make';
import { backupsToRemove } from '../../../db/backups/thin';
import { createMember } from '../../../db/members/write';
import { openLedger } from '../../../db/open';
import { startLedger } from '../../../host/startLedger';
import { basicTree, memberInput, MIGRATIONS_DIR, PARSE_WORKER, snapshot, tempDir, TODAY } from '../../support/testLedger';

async function started(dataDir = tempDir(), now = new Date()) {
  return startLedger({ dataDir, migrationsDir: MIGRATIONS_DIR, version: 'test', mode: 'browser', parseWorkerPath: PARSE_WORKER, now: () => now });
}
const call = async (s: Awaited<ReturnType<typeof started>>, name: string, input: object = {}) => s.router.handle(name, input);

function seededDataDir() {
  const dataDir = tempDir();
  const ledger = openLedger({ file: path.join(dataDir, 'ledger.sqlite'), migrationsDir: MIGRATIONS_DIR });
  const tree = basicTree(ledger);
  createMember(ledger, memberInput(tree.branchA.id, { name: '张红' }), null, TODAY);
  ledger.close();
  return dataDir;
}

describe('backups', () => {
  it('a backup is a checked copy with the same content', async () => {
    const dataDir = seededDataDir();
    const ledger = openLedger({ file: path.join(dataDir, 'ledger.sqlite'), migrationsDir: MIGRATIONS_DIR });
    const made = (await makeBackup(ledger, path.join(dataDir, 'backups'), '手动备份'))!;
    expect(made.name).toMatch(/^\d{8}-\d{6}-手动备份\.sqlite$/);
    const copy = openLedger({ file: path.join(dataDir, 'backups', made.name), migrationsDir: MIGRATIONS_DIR });
    expect(snapshot(copy)).toEqual(snapshot(ledger));
    expect(fs.readdirSync(path.join(dataDir, 'backups')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    copy.close();
    ledger.close();
  });

  it('keeps all of today, one a day for 30 days, one a month for a year', () => {
    const now = new Date(2026, 10, 25, 12, 0, 0);
    const at = (daysAgo: number, hour = 9) => ({ name: `${daysAgo}-${hour}`, date: new Date(2026, 10, 25 - daysAgo, hour) });
    const all = [at(0, 11), at(0, 8), at(1, 18), at(1, 9), at(29, 10), at(40, 12), at(45, 12), at(70, 12), at(400, 12)].sort(
      (a, b) => b.date.getTime() - a.date.getTime(),
    );
    // 29 days ago (27 Oct) is October's copy, so the older October ones go; September keeps one.
    expect(backupsToRemove(all, now).map((b) => b.name)).toEqual(['1-9', '40-12', '45-12', '400-12']);
    // The newest survives whatever its age.
    expect(backupsToRemove([at(900)], now)).toEqual([]);
  });

  it('makes the day’s backup at start when the newest is more than a day old, and thins', async () => {
    const dataDir = seededDataDir();
    const first = await started(dataDir, new Date(2026, 10, 20, 9));
    first.stop();
    const again = await started(dataDir, new Date(2026, 10, 20, 17));
    again.stop();
    expect(listBackups(path.join(dataDir, 'backups'))).toHaveLength(1);
    const nextDay = await started(dataDir, new Date(2026, 10, 21, 10));
    nextDay.stop();
    expect(listBackups(path.join(dataDir, 'backups')).map((b) => b.reason)).toEqual(['每日自动备份', '每日自动备份']);
  });

  it('restores a chosen backup, keeps a copy of what it replaced, and serves the restored ledger', async () => {
    const s = await started(seededDataDir());
    const status = (await call(s, 'backups.create')) as { ok: true; value: { files: { name: string; reason: string }[] } };
    const manual = status.value.files.find((f) => f.reason === '手动备份')!;
    // The audit log is compared separately: the restored file also logs its own restore.
    const content = (l: typeof s.ledger) => ({ ...snapshot(l), audit_log: undefined });
    const before = content(s.ledger);
    const branchId = (s.ledger.sqlite.prepare("SELECT id FROM orgs WHERE name = '第一网格党支部'").get() as { id: number }).id;
    createMember(s.ledger, memberInput(branchId, { name: '李明' }), null, TODAY);
    expect(await call(s, 'backups.restore', { name: manual.name })).toEqual({ ok: true, value: { restoredFrom: manual.name } });
    expect(content(s.ledger)).toEqual(before);
    expect((s.ledger.sqlite.prepare('SELECT call FROM audit_log ORDER BY id DESC').get() as { call: string }).call).toBe('backups.restore');
    const list = (await call(s, 'members.list', {})) as { ok: true; value: { total: number } };
    expect(list.value.total).toBe(1);
    expect(listBackups(s.ctx.backupsDir).some((b) => b.reason === '恢复前备份')).toBe(true);
    expect(await call(s, 'backups.restore', { name: '../ledger.sqlite' })).toMatchObject({ ok: false, error: { message: '备份文件名不正确' } });
    s.stop();
  });

  it('refuses a damaged backup and one written by a newer version', async () => {
    const s = await started(seededDataDir());
    const broken = path.join(s.ctx.backupsDir, '20260101-000000-坏备份.sqlite');
    fs.writeFileSync(broken, Buffer.alloc(8192, 7));
    expect(await call(s, 'backups.restore', { name: path.basename(broken) })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('该备份无法使用') },
    });
    const status = (await call(s, 'backups.create')) as { ok: true; value: { files: { name: string }[] } };
    const newer = path.join(s.ctx.backupsDir, '20260102-000000-新版本.sqlite');
    fs.copyFileSync(path.join(s.ctx.backupsDir, status.value.files[0].name), newer);
    const db = openLedger({ file: newer, migrationsDir: MIGRATIONS_DIR });
    db.sqlite.prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)').run('future', 99999999999999);
    db.close();
    expect(await call(s, 'backups.restore', { name: path.basename(newer) })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('更新版本') },
    });
    s.stop();
  });

  it('a damaged ledger is never written to: the app offers the newest good backup, and restoring brings it back', async () => {
    const dataDir = seededDataDir();
    const first = await started(dataDir, new Date(2026, 10, 20, 9));
    first.stop();
    const file = path.join(dataDir, 'ledger.sqlite');
    const bytes = fs.readFileSync(file);
    for (let i = 4096; i < bytes.length; i += 97) bytes[i] ^= 0x5a;
    fs.writeFileSync(file, bytes);
    const damagedBytes = fs.readFileSync(file);

    const s = await started(dataDir, new Date(2026, 10, 25, 9));
    const info = (await call(s, 'app.info')) as { ok: true; value: { damaged: { newestGood: { name: string; at: string } } } };
    expect(info.value.damaged.newestGood.at).toBe('2026-11-20 09:00:00');
    expect(await call(s, 'members.list', {})).toMatchObject({ ok: false, error: { code: 'DAMAGED' } });
    expect(fs.readFileSync(file).equals(damagedBytes)).toBe(true);
    expect(await call(s, 'backups.restore', { name: info.value.damaged.newestGood.name })).toMatchObject({ ok: true });
    expect(await call(s, 'members.list', {})).toMatchObject({ ok: true, value: { total: 1 } });
    expect(fs.readdirSync(path.join(dataDir, 'backups')).some((f) => f.endsWith('损坏的数据文件.damaged'))).toBe(true);
    s.stop();
  });

  it('sweeps the temp files a crash left behind', async () => {
    const dataDir = seededDataDir();
    fs.mkdirSync(path.join(dataDir, 'backups'));
    fs.writeFileSync(path.join(dataDir, 'backups', '20261125-100000-1234-abc.tmp'), 'half a copy');
    fs.writeFileSync(path.join(dataDir, 'ledger.sqlite.restore-tmp'), 'half a restore');
    const s = await started(dataDir);
    expect(fs.readdirSync(path.join(dataDir, 'backups')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(fs.existsSync(path.join(dataDir, 'ledger.sqlite.restore-tmp'))).toBe(false);
    s.stop();
  });

  it('a copy out of the data folder clears the 30-day warning', async () => {
    const s = await started(seededDataDir());
    expect(await call(s, 'backups.status')).toMatchObject({ ok: true, value: { warning: expect.stringContaining('U盘') } });
    const out = (await call(s, 'backups.copyOut')) as { ok: true; value: { kind: string; url: string } };
    expect(out.value.kind).toBe('download');
    const name = decodeURIComponent(out.value.url.slice('/exports/'.length));
    expect(fs.existsSync(path.join(s.exportsDir, name))).toBe(true);
    expect(await call(s, 'backups.status')).toMatchObject({ ok: true, value: { warning: null } });
    s.stop();
  });
});
