import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryLedger, routerFor, tempDir } from '../../support/testLedger';

async function exportOne(chooseSavePath?: (name: string) => Promise<string | null>) {
  const ctx = routerFor(memoryLedger(), undefined, chooseSavePath ? { chooseSavePath } : {});
  const made = await ctx.router.handle('reports.roster', { asOf: '2026-11-24' });
  if (!made.ok) throw new Error(made.error.message);
  const { fileName } = made.value as { fileName: string };
  return { ctx, fileName, deliver: () => ctx.router.handle('files.deliver', { fileName }) };
}

describe('delivering an export', () => {
  it('offers a download in browser mode', async () => {
    const { fileName, deliver } = await exportOne();
    expect(await deliver()).toEqual({ ok: true, value: { kind: 'download', url: `/exports/${encodeURIComponent(fileName)}` } });
  });

  it('copies to the path the desktop save dialog returns, or reports a cancel', async () => {
    const target = path.join(tempDir(), '花名册.xlsx');
    const saved = await exportOne(async () => target);
    const made = fs.readFileSync(path.join(saved.ctx.exportsDir, saved.fileName));
    expect(await saved.deliver()).toEqual({ ok: true, value: { kind: 'saved', path: target } });
    expect(fs.readFileSync(target).equals(made)).toBe(true);
    // Delivered: no plain copy of the personal data stays in the data folder.
    expect(fs.existsSync(path.join(saved.ctx.exportsDir, saved.fileName))).toBe(false);
    const cancelled = await exportOne(async () => null);
    expect(await cancelled.deliver()).toEqual({ ok: true, value: { kind: 'cancelled' } });
  });

  it('refuses names that reach outside the exports folder', async () => {
    const { ctx } = await exportOne();
    for (const fileName of ['../ledger.sqlite.xlsx', '..\\x.xlsx', '.hidden.xlsx', 'a.sqlite', '../a.zip', '.hidden.zip', 'a.zip.txt']) {
      expect(await ctx.router.handle('files.deliver', { fileName })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
  });
});
