// 街道 → 汇总 → 党费 (issue 29): a community's 应交人数 is its 统计表's 合计, each person once; a
// package of an older version (no community-level heads) shows the branch lines' sum, marked
// 各支部之和 on its row and on the 合计, as the exported form says under the table.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { PackageData } from '../../api/schemas/reportPackage';
import type { DuesFigures, StreetView } from '../../api/schemas/street';
import { updateMember } from '../../db/members/write';
import { getSettings, saveSettings } from '../../db/settings';
import { writePackage } from '../../excel/package/write';
import { formOf } from '../support/memberForms';
import { tempDir, TODAY } from '../support/testLedger';
import { base, duesLedger, payMonths } from '../integration/dues/duesFixture';
import { rewritePackage } from '../integration/street/streetFixture';
import { freshDataDir, launchBrowser, openApp, startHost, type RunningHost } from './harness';

const STREET = '和平街道党工委';

/** A community whose 调动 moved 第一网格 → 第二网格 on 06-10: two branch lines, one person. */
async function packageOf(community: string): Promise<{ fileName: string; bytes: Buffer }> {
  const { ledger, tree, add } = duesLedger();
  saveSettings(ledger, { ...getSettings(ledger), communityName: community, streetName: STREET, preparer: '王芳', reviewer: '刘明', phone: '010-12345678' });
  const mover = add('调动');
  base(ledger, mover, { baseFen: 300000 });
  updateMember(ledger, mover, { ...formOf(ledger, mover), branchId: tree.branchB.id }, TODAY, '2026-06-10');
  payMonths(ledger, mover, '2026-01', '2026-10');
  const dir = tempDir('dangwu-e2e-heads-');
  const file = await writePackage(ledger, dir, { year: 2026, quarter: null }, TODAY, { appVersion: 'test', fullIdNumbers: false });
  return { fileName: file.fileName, bytes: readFileSync(path.join(dir, file.fileName)) };
}

describe('街道 党费 heads', () => {
  let browser: Browser;
  let street: RunningHost;

  beforeAll(async () => {
    browser = await launchBrowser();
    street = await startHost(freshDataDir());
    await street.api('street.setKind', { kind: '街道' });
    await street.api('settings.save', { ...(await street.api<object>('settings.get')), streetName: STREET });
    const current = await packageOf('幸福里社区');
    const made = await packageOf('和平社区');
    const older = { fileName: made.fileName, bytes: await rewritePackage(made.bytes, { data: (d) => delete (d as Partial<PackageData>).duesHeads }) };
    const files: string[] = [];
    for (const f of [current, older])
      files.push((await street.api<{ uploadId: string }>('street.upload', { fileName: f.fileName, data: f.bytes.toString('base64') })).uploadId);
    await street.api('street.importPackages', { files });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await street?.stop();
  });

  it('marks the older package’s 应交人数 and the 合计 as 各支部之和', async () => {
    const view = await street.api<StreetView<DuesFigures>>('street.dues', { year: 2026, quarter: null });
    expect(view.rows.map((r) => [r.community, r.owingMembers, r.headsSummed])).toEqual([
      ['幸福里社区', 1, false],
      ['和平社区', 2, true],
    ]);
    const { page, problems } = await openApp(browser, street);
    await page.getByTestId('nav-summary').click();
    await page.getByTestId('street-tab-dues').click();
    const table = page.getByTestId('street-dues-view');
    const cell = async (testId: string) => (await table.getByTestId(testId).locator('td').nth(1).textContent())?.trim();
    await table.getByTestId('street-dues-row-和平社区').waitFor();
    expect(await cell('street-dues-row-幸福里社区')).toBe('1');
    expect(await cell('street-dues-row-和平社区')).toBe('2 各支部之和');
    expect(await cell('street-dues-total')).toBe('3 各支部之和');
    expect(await table.getByTestId('street-dues-row-幸福里社区').getByTestId('street-dues-heads-summed').count()).toBe(0);
    if (process.env.STREET_SHOTS) await page.screenshot({ path: path.join(process.env.STREET_SHOTS, 'street-dues-heads.png'), fullPage: true });
    expect(problems).toEqual([]);
  });
});
