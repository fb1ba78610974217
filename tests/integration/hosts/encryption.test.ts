// Encryption at rest behind the start password (issue 22): real files, real SQLite, real restarts.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startLedger, type StartedLedger } from '../../../host/startLedger';
import { basicTree, memberInput, MIGRATIONS_DIR, PARSE_WORKER, tempDir } from '../../support/testLedger';

const start = (dataDir: string) => startLedger({ dataDir, migrationsDir: MIGRATIONS_DIR, version: 'test', mode: 'browser', parseWorkerPath: PARSE_WORKER });

/** Every file under the folder, read whole. */
function allFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? allFiles(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

function leaks(dataDir: string, needles: string[]): string[] {
  const found: string[] = [];
  for (const file of allFiles(dataDir)) {
    const bytes = fs.readFileSync(file);
    for (const n of [...needles, 'SQLite format 3']) if (bytes.includes(Buffer.from(n))) found.push(`${path.relative(dataDir, file)}: ${n}`);
  }
  return found;
}

async function withMember(started: StartedLedger) {
  const { branchA } = basicTree(started.ledger);
  const input = memberInput(branchA.id, { name: '欧阳秀兰', phone: '13912345678' });
  const made = await started.router.handle('members.create', input);
  expect(made).toMatchObject({ ok: true });
  return input;
}

describe('encryption at rest', () => {
  let started: StartedLedger | undefined;
  afterEach(() => started?.stop());

  it('with a password set, no file in the data folder holds a name, ID number, phone or a plain SQLite header', async () => {
    const dataDir = tempDir();
    started = await start(dataDir);
    const input = await withMember(started);
    expect(await started.router.handle('backups.create', {})).toMatchObject({ ok: true });
    expect(leaks(dataDir, [input.idNumber]).length).toBeGreaterThan(0); // plain before

    const set = (await started.router.handle('lock.set', { password: 'dangwu2026', idleMinutes: 10 })) as {
      ok: true;
      value: { recoveryCode: string; enabled: boolean };
    };
    expect(set).toMatchObject({ ok: true, value: { enabled: true, locked: false } });
    expect(set.value.recoveryCode).toMatch(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){5}$/);
    await started.router.handle('members.list', {});
    started.stop();
    expect(leaks(dataDir, [input.name, input.idNumber, input.phone!, 'dangwu2026', set.value.recoveryCode])).toEqual([]);

    started = await start(dataDir);
    expect(started.ctx.ledger).toBeNull();
    expect(await started.router.handle('members.list', {})).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(await started.router.handle('lock.status', {})).toMatchObject({ ok: true, value: { enabled: true, locked: true } });
    expect(await started.router.handle('lock.unlock', { password: 'dangwu2026', operator: '王芳' })).toMatchObject({ ok: true, value: { locked: false } });
    const list = (await started.router.handle('members.list', {})) as { ok: true; value: { total: number } };
    expect(list.value.total).toBe(1);
  });

  it('wrong passwords wait after 5 tries, across a restart, and are written to the audit at the next unlock', async () => {
    const dataDir = tempDir();
    started = await start(dataDir);
    await started.router.handle('lock.set', { password: 'dangwu2026', idleMinutes: 10 });
    started.stop();
    started = await start(dataDir);
    for (let i = 0; i < 4; i++)
      expect(await started.router.handle('lock.unlock', { password: 'wrong', operator: '李四' })).toMatchObject({
        ok: false,
        error: { field: 'password', message: '密码不正确' },
      });
    started.stop();
    started = await start(dataDir);
    const fifth = await started.router.handle('lock.unlock', { password: 'wrong', operator: '李四' });
    expect(fifth).toMatchObject({ ok: false, error: { field: 'password' } });
    expect(JSON.stringify(fifth)).toContain('秒后再试');
    // Even the right password waits its turn.
    expect(await started.router.handle('lock.unlock', { password: 'dangwu2026', operator: '李四' })).toMatchObject({ ok: false, error: { field: 'password' } });
    expect(await started.router.handle('lock.status', {})).toMatchObject({ ok: true, value: { waitSeconds: 30 } });
    const attempts = path.join(dataDir, 'ledger.sqlite.attempts');
    fs.writeFileSync(attempts, JSON.stringify({ failures: 5, lastAt: Date.now() - 31_000 }));
    expect(await started.router.handle('lock.unlock', { password: 'dangwu2026', operator: '李四' })).toMatchObject({ ok: true });
    const rows = started.ledger.sqlite.prepare("SELECT operator, target FROM audit_log WHERE call = 'lock.unlock' ORDER BY id").all();
    expect(rows).toEqual([
      { operator: '李四', target: '密码错误次数=5' },
      { operator: '李四', target: null },
    ]);
    expect(fs.existsSync(attempts)).toBe(false);
  });

  it('the recovery code opens the ledger and sets a new password; the old one no longer works', async () => {
    const dataDir = tempDir();
    started = await start(dataDir);
    await withMember(started);
    const set = (await started.router.handle('lock.set', { password: 'dangwu2026', idleMinutes: 10 })) as { ok: true; value: { recoveryCode: string } };
    started.stop();
    started = await start(dataDir);
    expect(await started.router.handle('lock.recover', { code: 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF', password: 'newpass99', operator: '王芳' })).toMatchObject({
      ok: false,
      error: { field: 'code' },
    });
    const typed = set.value.recoveryCode.toLowerCase().replaceAll('-', ' ');
    const recovered = (await started.router.handle('lock.recover', { code: typed, password: 'newpass99', operator: '王芳' })) as {
      ok: true;
      value: { recoveryCode: string };
    };
    expect(recovered).toMatchObject({ ok: true, value: { locked: false } });
    expect(recovered.value.recoveryCode).not.toBe(set.value.recoveryCode);
    started.stop();
    started = await start(dataDir);
    expect(await started.router.handle('lock.unlock', { password: 'dangwu2026', operator: '王芳' })).toMatchObject({ ok: false });
    expect(await started.router.handle('lock.unlock', { password: 'newpass99', operator: '王芳' })).toMatchObject({ ok: true });
    expect(await started.router.handle('members.list', {})).toMatchObject({ ok: true, value: { total: 1 } });
  });

  it("a backup made under an older password restores with that password or its recovery code, and the ledger keeps today's", async () => {
    const dataDir = tempDir();
    started = await start(dataDir);
    await withMember(started);
    const first = (await started.router.handle('lock.set', { password: 'oldpass11', idleMinutes: 10 })) as { ok: true; value: { recoveryCode: string } };
    const made = (await started.router.handle('backups.create', {})) as { ok: true; value: { files: { name: string; reason: string }[] } };
    const oldBackup = made.value.files[0].name;
    expect(fs.existsSync(path.join(dataDir, 'backups', `${oldBackup}.key`))).toBe(true);
    expect(await started.router.handle('lock.set', { current: 'oldpass11', password: 'newpass22', idleMinutes: 10 })).toMatchObject({ ok: true });
    await started.router.handle('members.create', memberInput(2, { name: '第二人' }));
    expect(await started.router.handle('members.list', {})).toMatchObject({ ok: true, value: { total: 2 } });

    expect(await started.router.handle('backups.restore', { name: oldBackup })).toMatchObject({ ok: false, error: { field: 'secret' } });
    expect(await started.router.handle('backups.restore', { name: oldBackup, secret: 'newpass22' })).toMatchObject({ ok: false, error: { field: 'secret' } });
    expect(await started.router.handle('backups.restore', { name: oldBackup, secret: 'oldpass11' })).toMatchObject({ ok: true });
    expect(await started.router.handle('members.list', {})).toMatchObject({ ok: true, value: { total: 1 } });
    started.stop();

    started = await start(dataDir);
    expect(await started.router.handle('lock.unlock', { password: 'newpass22', operator: '王芳' })).toMatchObject({ ok: true });
    expect(await started.router.handle('members.list', {})).toMatchObject({ ok: true, value: { total: 1 } });
    // The recovery code of the old password's day works for its backups too.
    started.stop();
    started = await start(dataDir);
    expect(await started.router.handle('lock.unlock', { password: 'newpass22', operator: '王芳' })).toMatchObject({ ok: true });
    expect(await started.router.handle('backups.restore', { name: oldBackup, secret: first.value.recoveryCode })).toMatchObject({ ok: true });
  });

  it('removing the password leaves plain files that open without one', async () => {
    const dataDir = tempDir();
    started = await start(dataDir);
    const input = await withMember(started);
    await started.router.handle('lock.set', { password: 'dangwu2026', idleMinutes: 10 });
    expect(await started.router.handle('lock.disable', { current: 'wrong' })).toMatchObject({ ok: false, error: { field: 'current' } });
    expect(await started.router.handle('lock.disable', { current: 'dangwu2026' })).toMatchObject({ ok: true, value: { enabled: false } });
    started.stop();
    expect(fs.existsSync(path.join(dataDir, 'ledger.sqlite.key'))).toBe(false);
    expect(fs.readFileSync(path.join(dataDir, 'ledger.sqlite')).subarray(0, 15).toString()).toBe('SQLite format 3');
    started = await start(dataDir);
    expect(await started.router.handle('members.list', {})).toMatchObject({ ok: true, value: { total: 1 } });
    expect(input.name).toBe('欧阳秀兰');
  });
});
