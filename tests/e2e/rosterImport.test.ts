// Import a messy roster through the UI: the preview names the bad row and column in
// Chinese, the good rows go in, the bad one does not.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import * as F from '../fixtures/rosterFixtures';
import { freshDataDir, createCommunity, useApp } from './harness';

describe('党员花名册 import through the UI', () => {
  const dir = freshDataDir();

  const app = useApp(dir);
  beforeAll(async () => {
    const { branchId } = await createCommunity(app.host, F.BRANCH);
    await app.host.api('orgs.create', { name: F.GROUP, kind: '党小组', parentId: branchId });
  });

  it('previews problems by row and column, then imports the good rows only', async () => {
    const file = path.join(dir, F.idAsNumber.fileName);
    fs.writeFileSync(file, await F.idAsNumber.bytes());
    const { page, problems } = await app.open();
    await page.getByTestId('nav-members').click();
    await page.getByTestId('roster-import').click();
    await page.locator('.import-drawer input[type=file]').setInputFiles(file);
    const preview = page.getByTestId('import-preview');
    await preview.getByText('1.10105E+17').waitFor();
    const badRow = preview.locator('tr', { hasText: '王淑珍' });
    expect(await badRow.textContent()).toContain('【身份证号码】');
    expect(await badRow.textContent()).toContain('有错误，不导入');
    expect((await app.host.api<{ total: number }>('members.list', {})).total).toBe(0);

    await page.getByTestId('import-commit').click();
    await page.locator(':text-is("导入完成"):visible').first().waitFor();
    const { rows } = await app.host.api<{ rows: { id: number; name: string; idNumber: string; branchName: string }[] }>('members.list', {});
    expect(rows.map((r) => [r.name, r.idNumber, r.branchName])).toEqual([['旧证件', '110105*****5002', F.BRANCH]]);
    const full = await app.host.api<{ idNumber: string }>('members.reveal', { id: rows[0].id });
    expect(full.idNumber).toBe('110105620515002');
    expect(fs.readdirSync(path.join(dir, 'backups')).some((f) => f.endsWith('-导入前备份.sqlite'))).toBe(true);
    expect(problems).toEqual([]);
  });
});
