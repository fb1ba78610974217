import { describe, expect, it, vi } from 'vitest';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow } from 'electron';
import { createMainWindow } from '../../../electron/window';
import { hardenSession, hardenWebContents } from '../../../electron/security';
import { desktopDataDir, PORTABLE_DATA_FOLDER } from '../../../electron/dataDir';
import { CONTENT_SECURITY_POLICY } from '../../../web/csp';

vi.mock('electron', () => ({
  BrowserWindow: vi.fn(function (this: object) {
    Object.assign(this, { once: vi.fn(), loadFile: vi.fn(async () => undefined) });
  }),
}));

const index = path.resolve('/app/dist/renderer/index.html');

describe('window options', () => {
  it('isolates the page from Node', () => {
    createMainWindow(index, '/app/preload.cjs');
    const prefs = vi.mocked(BrowserWindow).mock.calls[0][0]!.webPreferences!;
    expect(prefs).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });
});

describe('web contents hardening', () => {
  function harden() {
    const listeners = new Map<string, (...args: any[]) => void>();
    let openHandler: (() => unknown) | undefined;
    const contents = {
      on: vi.fn((name: string, fn: any) => listeners.set(name, fn)),
      setWindowOpenHandler: vi.fn((fn: any) => (openHandler = fn)),
    };
    hardenWebContents(contents as any, index);
    return { listeners, open: () => openHandler!() };
  }

  it('prevents navigation to anything but the app page', () => {
    const { listeners } = harden();
    for (const event of ['will-navigate', 'will-redirect']) {
      const away = { preventDefault: vi.fn() };
      listeners.get(event)!(away, 'https://example.com/');
      expect(away.preventDefault).toHaveBeenCalled();
      const home = { preventDefault: vi.fn() };
      listeners.get(event)!(home, pathToFileURL(index).href + '#/orgs');
      expect(home.preventDefault).not.toHaveBeenCalled();
    }
  });

  it('denies new windows', () => {
    expect(harden().open()).toEqual({ action: 'deny' });
  });
});

describe('session hardening', () => {
  function harden() {
    const calls: Record<string, any> = {};
    const session = {
      setPermissionRequestHandler: (fn: any) => (calls.permission = fn),
      setPermissionCheckHandler: (fn: any) => (calls.check = fn),
      webRequest: {
        onBeforeRequest: (fn: any) => (calls.request = fn),
        onHeadersReceived: (fn: any) => (calls.headers = fn),
      },
    };
    hardenSession(session as any);
    return calls;
  }

  it('denies every permission', () => {
    const calls = harden();
    const callback = vi.fn();
    calls.permission({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(calls.check()).toBe(false);
  });

  it('cancels network requests and lets the app files through', () => {
    const calls = harden();
    const decide = (url: string) => {
      let verdict: any;
      calls.request({ url }, (v: any) => (verdict = v));
      return verdict.cancel;
    };
    expect(decide('http://example.com/x.js')).toBe(true);
    expect(decide('https://127.0.0.1:8080/')).toBe(true);
    expect(decide(pathToFileURL(index).href)).toBe(false);
  });

  it('adds the CSP header', () => {
    const calls = harden();
    let out: any;
    calls.headers({ responseHeaders: {} }, (v: any) => (out = v));
    expect(out.responseHeaders['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*unsafe-inline/);
  });
});

describe('desktop data folder', () => {
  const userData = () => '/home/u/.config/社区党务台账';
  it('prefers --data-dir, then the environment, then the portable folder, then userData', () => {
    const env = { DANGWU_DATA_DIR: '/env/dir', PORTABLE_EXECUTABLE_DIR: '/usb/app' };
    expect(desktopDataDir(['--data-dir', '/arg/dir'], env, userData)).toBe(path.resolve('/arg/dir'));
    expect(desktopDataDir([], env, userData)).toBe(path.resolve('/env/dir'));
    expect(desktopDataDir([], { PORTABLE_EXECUTABLE_DIR: '/usb/app' }, userData)).toBe(path.resolve('/usb/app', PORTABLE_DATA_FOLDER));
    expect(desktopDataDir([], {}, userData)).toBe(path.resolve(userData()));
  });
});
