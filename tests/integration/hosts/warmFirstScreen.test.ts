// The host works out 首页's figures and reminders while the window starts (host/startLedger.ts),
// but never past the start-up password.
import { afterEach, describe, expect, it } from 'vitest';
import { todayIso } from '../../../api/rules/dates';
import { isRemembered } from '../../../db/memo';
import { startLedger, type StartedLedger } from '../../../host/startLedger';
import { MIGRATIONS_DIR, PARSE_WORKER, tempDir } from '../../support/testLedger';

const start = (dataDir: string) => startLedger({ dataDir, migrationsDir: MIGRATIONS_DIR, version: 'test', mode: 'browser', parseWorkerPath: PARSE_WORKER });
const settle = () => new Promise((resolve) => setTimeout(resolve, 200));

describe('the first screen, worked out at start', () => {
  let started: StartedLedger | undefined;
  afterEach(() => started?.stop());

  it('has 首页 remembered before the page asks', async () => {
    const s = (started = await start(tempDir()));
    // Polled, not a fixed wait: the warm-up's pace depends on the machine's load.
    await expect.poll(() => isRemembered(s.ledger, `home.figures:${todayIso()}`)).toBe(true);
    await expect.poll(() => isRemembered(s.ledger, `home.reminders:${todayIso()}`)).toBe(true);
    // The 党费, 发展党员 and care panels ask on their own; each is ready too.
    for (const panel of ['duesReminders', 'developmentReminders', 'careReminders'])
      await expect.poll(() => isRemembered(s.ledger, `home.${panel}:${todayIso()}`), { message: panel }).toBe(true);
  });

  it('works out nothing while the app is locked', async () => {
    const dataDir = tempDir();
    started = await start(dataDir);
    expect(await started.router.handle('lock.set', { password: 'dangwu2026', idleMinutes: 10 })).toMatchObject({ ok: true });
    started.stop();
    started = await start(dataDir);
    await settle();
    // Encrypted: before the password the ledger is not even open, so nothing can be worked out.
    expect(started.ctx.ledger).toBeNull();
    expect(await started.router.handle('home.figures', {})).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(await started.router.handle('lock.unlock', { password: 'dangwu2026', operator: '王芳' })).toMatchObject({ ok: true });
    const unlocked = started;
    await expect.poll(() => isRemembered(unlocked.ledger, `home.figures:${todayIso()}`)).toBe(true);
  });
});
