// `npm run test:desktop` must tell a missing Electron program from an installed one without
// `require('electron')`, which would start a download.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ELECTRON_MISSING, electronBinary } from '../../scripts/electronBinary.mjs';

function fakePackage(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'dangwu-electron-'));
}

describe('electronBinary', () => {
  it('reports the program missing when the postinstall never wrote path.txt', () => {
    expect(electronBinary(fakePackage(), {})).toEqual({ ok: false, message: ELECTRON_MISSING });
    expect(electronBinary(undefined, {})).toEqual({ ok: false, message: ELECTRON_MISSING });
  });

  it('reports it missing when path.txt names a program that is not in dist/', () => {
    const dir = fakePackage();
    fs.writeFileSync(path.join(dir, 'path.txt'), 'electron');
    expect(electronBinary(dir, {}).ok).toBe(false);
  });

  it('finds the unpacked program, or the one ELECTRON_OVERRIDE_DIST_PATH points to', () => {
    const dir = fakePackage();
    fs.writeFileSync(path.join(dir, 'path.txt'), 'electron');
    fs.mkdirSync(path.join(dir, 'dist'));
    fs.writeFileSync(path.join(dir, 'dist', 'electron'), '');
    expect(electronBinary(dir, {})).toEqual({ ok: true, path: path.join(dir, 'dist', 'electron') });
    const elsewhere = fakePackage();
    fs.writeFileSync(path.join(elsewhere, 'electron'), '');
    expect(electronBinary(fakePackage(), { ELECTRON_OVERRIDE_DIST_PATH: elsewhere })).toEqual({ ok: true, path: path.join(elsewhere, 'electron') });
  });

  it('says in Chinese that the test needs a machine with internet', () => {
    expect(ELECTRON_MISSING).toContain('Electron 程序没有安装');
    expect(ELECTRON_MISSING).toContain('npm install');
  });
});
