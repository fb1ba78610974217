import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeElectron } from './fakeElectron';

const fake = fakeElectron();
vi.mock('electron', () => fake.module);

describe('preload', () => {
  beforeEach(() => fake.module.ipcRenderer.invoke.mockClear());

  it('exposes exactly one object with exactly one function, invoke', async () => {
    await import('../../../electron/preload');
    expect(Object.keys(fake.exposed)).toEqual(['ledgerBridge']);
    expect(Object.keys(fake.exposed.ledgerBridge as object)).toEqual(['invoke']);
  });

  it('forwards a declared call over the one channel', async () => {
    const { bridge } = await import('../../../electron/preload');
    const { INVOKE_CHANNEL } = await import('../../../electron/channel');
    await bridge.invoke('members.list', { page: 2 });
    expect(fake.module.ipcRenderer.invoke).toHaveBeenCalledWith(INVOKE_CHANNEL, 'members.list', { page: 2 });
  });

  it('refuses an undeclared name without touching IPC', async () => {
    const { bridge } = await import('../../../electron/preload');
    const result = await bridge.invoke('fs.readFile', { path: '/etc/passwd' });
    expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CALL' } });
    expect(fake.module.ipcRenderer.invoke).not.toHaveBeenCalled();
  });
});
