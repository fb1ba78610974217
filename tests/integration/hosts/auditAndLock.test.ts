import { describe, expect, it } from 'vitest';
import { scryptSync } from 'node:crypto';
import { putSettings } from '../../../db/settings';
import { startLedger } from '../../../host/startLedger';
import { basicTree, memberInput, memoryLedger, MIGRATIONS_DIR, PARSE_WORKER, routerFor, tempDir } from '../../support/testLedger';

describe('audit log', () => {
  it('records who, when, which call and which record for writes, exports and reveals; never personal values', async () => {
    const ledger = memoryLedger();
    const { branchA } = basicTree(ledger);
    const { router } = routerFor(ledger);
    await router.handle('settings.save', { communityName: '幸福里社区党委', operator: '王芳' });
    const input = memberInput(branchA.id, { name: '张秀兰', phone: '13800138000' });
    const created = (await router.handle('members.create', input)) as { ok: true; value: { id: number } };
    await router.handle('members.list', {});
    await router.handle('members.reveal', { id: created.value.id });
    expect(await router.handle('reports.roster', { asOf: '2026-11-24', maskIdNumbers: true })).toMatchObject({ ok: true });
    await router.handle('members.create', { ...input, name: '' }); // refused: not logged
    const rows = ledger.sqlite.prepare('SELECT operator, call, target FROM audit_log ORDER BY id').all();
    expect(rows).toEqual([
      { operator: '王芳', call: 'settings.save', target: null },
      { operator: '王芳', call: 'members.create', target: `branchId=${branchA.id} 新记录id=${created.value.id}` },
      { operator: '王芳', call: 'members.reveal', target: `id=${created.value.id}` },
      { operator: '王芳', call: 'reports.roster', target: null },
    ]);
    const dump = JSON.stringify(ledger.sqlite.prepare('SELECT * FROM audit_log').all());
    expect(dump).not.toContain('张秀兰');
    expect(dump).not.toContain(input.idNumber);
    expect(dump).not.toContain('13800138000');
    const listed = await router.handle('audit.list', { call: 'members.reveal' });
    expect(listed).toMatchObject({ ok: true, value: { total: 1 } });
  });
});

describe('start password', () => {
  it('refuses every call but unlock while locked, locks again after the idle time, and logs the unlocking operator', async () => {
    const started = await startLedger({ dataDir: tempDir(), migrationsDir: MIGRATIONS_DIR, version: 'test', mode: 'browser', parseWorkerPath: PARSE_WORKER });
    try {
      const { router } = started;
      basicTree(started.ledger);
      expect(await router.handle('lock.set', { password: '123', idleMinutes: 10 })).toMatchObject({ ok: false, error: { field: 'password' } });
      expect(await router.handle('lock.set', { password: 'dangwu2026', idleMinutes: 10 })).toMatchObject({ ok: true, value: { enabled: true, locked: false } });
      // Nothing about the password is stored in the ledger: it is the key (db/crypt).
      expect(started.ledger.sqlite.prepare("SELECT count(*) AS n FROM settings WHERE key LIKE 'lock.%'").get()).toEqual({ n: 0 });

      await router.handle('lock.lockNow', {});
      expect(await router.handle('orgs.list', {})).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
      expect(await router.handle('lock.unlock', { password: 'wrong', operator: '李四' })).toMatchObject({ ok: false, error: { field: 'password' } });
      expect(await router.handle('lock.unlock', { password: 'dangwu2026', operator: '李四' })).toMatchObject({
        ok: true,
        value: { locked: false, operator: '李四' },
      });
      expect(await router.handle('orgs.list', {})).toMatchObject({ ok: true });
      await router.handle('orgs.create', { name: '第三支部', kind: '党支部', parentId: 1 });
      expect(started.ledger.sqlite.prepare("SELECT operator FROM audit_log WHERE call = 'orgs.create'").get()).toEqual({ operator: '李四' });

      const realNow = Date.now;
      Date.now = () => realNow() + 11 * 60_000;
      try {
        expect(await router.handle('orgs.list', {})).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
      } finally {
        Date.now = realNow;
      }
      expect(await router.handle('lock.disable', { current: 'nope' })).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    } finally {
      started.stop();
    }
  });

  it('a password set before encryption still unlocks, and that unlock encrypts the ledger and gives a recovery code', async () => {
    const dataDir = tempDir();
    let started = await startLedger({ dataDir, migrationsDir: MIGRATIONS_DIR, version: 'test', mode: 'browser', parseWorkerPath: PARSE_WORKER });
    const salt = '00112233445566778899aabbccddeeff';
    const hash = scryptSync('dangwu2026', Buffer.from(salt, 'hex'), 32, { N: 16384, r: 8, p: 1 }).toString('hex');
    putSettings(started.ledger, { 'lock.hash': hash, 'lock.salt': salt, 'lock.idleMinutes': '20' });
    started.stop();
    started = await startLedger({ dataDir, migrationsDir: MIGRATIONS_DIR, version: 'test', mode: 'browser', parseWorkerPath: PARSE_WORKER });
    try {
      expect(await started.router.handle('orgs.list', {})).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
      const unlocked = await started.router.handle('lock.unlock', { password: 'dangwu2026', operator: '王芳' });
      expect(unlocked).toMatchObject({ ok: true, value: { enabled: true, locked: false, idleMinutes: 20, recoveryCode: expect.any(String) } });
      expect(started.ledger.key).not.toBeNull();
    } finally {
      started.stop();
    }
  });
});
