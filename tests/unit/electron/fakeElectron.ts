// A stand-in for the parts of `electron` our code touches, recording what it was asked.
import { vi } from 'vitest';

export function fakeElectron() {
  const exposed: Record<string, unknown> = {};
  const handlers = new Map<string, (...args: unknown[]) => unknown>();
  return {
    exposed,
    handlers,
    module: {
      contextBridge: { exposeInMainWorld: vi.fn((key: string, api: unknown) => (exposed[key] = api)) },
      ipcRenderer: { invoke: vi.fn(async (...args: unknown[]) => ({ ok: true, value: args })) },
      ipcMain: { handle: vi.fn((channel: string, fn: (...args: unknown[]) => unknown) => handlers.set(channel, fn)) },
      BrowserWindow: vi.fn(),
    },
  };
}
