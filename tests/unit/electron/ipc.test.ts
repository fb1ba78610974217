import { describe, expect, it, vi } from 'vitest';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { bindRouter } from '../../../electron/ipc';
import { INVOKE_CHANNEL } from '../../../electron/channel';
import { isTrustedSender } from '../../../electron/security';

vi.mock('electron', () => ({}));

const index = path.resolve('/opt/社区党务台账/resources/app/dist/renderer/index.html');

function bound() {
  const handlers = new Map<string, (...args: any[]) => any>();
  const ipcMain = { handle: vi.fn((channel: string, fn: any) => handlers.set(channel, fn)) };
  const router = { handle: vi.fn(async (name: unknown) => ({ ok: true as const, value: name })) };
  bindRouter(ipcMain, router, (event: any) => isTrustedSender(event.senderFrame, index));
  return { ipcMain, handlers, router };
}

describe('IPC binding', () => {
  it('registers one channel only', () => {
    const { ipcMain, handlers } = bound();
    expect(ipcMain.handle).toHaveBeenCalledTimes(1);
    expect([...handlers.keys()]).toEqual([INVOKE_CHANNEL]);
  });

  it('passes a call from the app window to the router', async () => {
    const { handlers, router } = bound();
    const frame = { url: pathToFileURL(index).href + '#/members' };
    const result = await handlers.get(INVOKE_CHANNEL)!({ senderFrame: frame }, 'members.list', {});
    expect(router.handle).toHaveBeenCalledWith('members.list', {});
    expect(result).toEqual({ ok: true, value: 'members.list' });
  });

  it.each([
    ['a remote page', 'https://evil.example/'],
    ['another local file', pathToFileURL(path.resolve('/tmp/evil.html')).href],
    ['no frame', null],
  ])('refuses %s without calling the router', async (_what, url) => {
    const { handlers, router } = bound();
    const result = await handlers.get(INVOKE_CHANNEL)!({ senderFrame: url === null ? null : { url } }, 'settings.save', {});
    expect(result).toMatchObject({ ok: false, error: { message: expect.stringContaining('拒绝访问') } });
    expect(router.handle).not.toHaveBeenCalled();
  });
});
