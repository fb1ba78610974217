// 街道 mode end to end: two community ledgers each make a 上报包 through 报表, an empty third
// ledger becomes a street on 首页, imports both (and refuses one edited after it was made),
// shows both rows and the 合计 on 汇总 → 三会一课, and exports the street's 三会一课 summary,
// read back here: each community's row is its package's figures, the 合计 their sums.
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { PackageData } from '../../api/schemas/reportPackage';
import { todayIso } from '../../api/rules/dates';
import { percentText } from '../../api/rules/streetSums';
import { acknowledge, addFullMembers, createCommunity, freshDataDir, launchBrowser, openApp, startHost, type RunningHost } from './harness';
import { readWorkbook } from '../support/readBack';

const STREET = '和平街道党工委';
/** Where the layout screenshots go when asked for (STREET_SHOTS=/work/shots). */
const SHOTS = process.env.STREET_SHOTS;

/** A row of the street's 三会一课 form from package rows, worked out here from the raw figures. */
function sums(rows: PackageData['meetings']): [number, number, string, string] {
  const add = (pick: (r: PackageData['meetings'][number]) => number) => rows.reduce((n, r) => n + pick(r), 0);
  const required = add((r) => r.required);
  const rateCount = add((r) => r.rateCount);
  return [
    required,
    add((r) => r.held),
    percentText(required ? add((r) => r.satisfied) / required : null),
    percentText(rateCount ? add((r) => r.rateSum) / rateCount : null),
  ];
}

async function saveSettings(page: Page, values: Record<string, string>) {
  await page.getByTestId('nav-settings').click();
  for (const [label, value] of Object.entries(values)) await page.getByLabel(label, { exact: true }).fill(value);
  await page.getByTestId('settings-save').click();
  await page.getByText('已保存').first().waitFor();
}

/** 报表 → 生成上报包 for the whole year; the downloaded file's path. */
async function makePackage(browser: Browser, host: RunningHost, community: string): Promise<{ file: string; problems: string[] }> {
  const { page, problems } = await openApp(browser, host);
  await saveSettings(page, { 社区名称: community, 所属街道: STREET });
  await page.getByTestId('nav-reports').click();
  // The card's defaults: this year, 全年, 身份证号 masked.
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('package-make').click()]);
  const file = path.join(host.dataDir, download.suggestedFilename());
  await download.saveAs(file);
  await page.close();
  return { file, problems };
}

async function readPackage(file: string): Promise<PackageData> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  return JSON.parse(await zip.file('data.json')!.async('string')) as PackageData;
}

describe('街道 mode: two communities report, the street sums them', () => {
  let browser: Browser;
  const hosts: RunningHost[] = [];
  const packages: { community: string; file: string; data: PackageData }[] = [];
  let edited: string;
  let branchB: number;

  beforeAll(async () => {
    browser = await launchBrowser();
    const [a, b, street] = await Promise.all([startHost(freshDataDir()), startHost(freshDataDir()), startHost(freshDataDir())]);
    hosts.push(a!, b!, street!);
    // 幸福里 is the 示例数据 (3 branches, a year of meetings); 和谐园 is one branch with one 支部党员大会.
    await a!.api('sample.load', {});
    const { branchId } = await createCommunity(b!);
    await addFullMembers(b!, branchId, ['周一', '吴二', '郑三']);
    const { people } = await b!.api<{ people: { memberId: number }[] }>('meetings.expected', { orgId: branchId, types: ['支部党员大会'], heldOn: todayIso() });
    branchB = branchId;
    await b!.api('meetings.save', {
      id: null,
      orgId: branchId,
      types: ['支部党员大会'],
      heldOn: todayIso(),
      attendance: people.map((p, i) => (i === 0 ? { memberId: p.memberId, status: '缺席', reason: '外出' } : { memberId: p.memberId, status: '出席' })),
    });
    for (const [host, community] of [
      [a!, '幸福里社区'],
      [b!, '和谐园社区'],
    ] as const) {
      const made = await makePackage(browser, host, community);
      expect(made.problems).toEqual([]);
      packages.push({ community, file: made.file, data: await readPackage(made.file) });
    }
    // A figure changed after the package was made, the zip put back together by hand.
    const zip = await JSZip.loadAsync(fs.readFileSync(packages[1]!.file));
    const data = JSON.parse(await zip.file('data.json')!.async('string')) as PackageData;
    data.members.total += 1;
    zip.file('data.json', JSON.stringify(data));
    edited = path.join(b!.dataDir, '和谐园社区-改过.zip');
    fs.writeFileSync(edited, await zip.generateAsync({ type: 'nodebuffer' }));
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await Promise.all(hosts.map((h) => h.stop()));
  });

  it('an empty ledger becomes a street on 首页, imports both packages and refuses the edited one', async () => {
    const street = hosts[2]!;
    const { page, problems } = await openApp(browser, street);
    await page.getByTestId('mode-choice').waitFor();
    if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'street-mode-choice.png') });
    await page.getByTestId('mode-street').click();
    await page.getByTestId('nav-summary').waitFor();
    await expect(page.getByTestId('nav-members').count()).resolves.toBe(0);
    await saveSettings(page, { 街道名称: STREET });
    // The header refetches 系统设置 after the save: poll, the first read may come before it.
    await expect.poll(() => page.getByTestId('shell-unit').textContent(), { timeout: 10_000 }).toBe(STREET);

    await page.getByTestId('nav-packages').click();
    await page.locator('[data-testid=street-package-files] input[type=file]').setInputFiles([packages[0]!.file, packages[1]!.file, edited]);
    const preview = page.getByTestId('street-package-preview');
    const refused = preview.getByTestId('street-preview-和谐园社区-改过.zip');
    await refused.waitFor();
    await expect(refused.getByTestId('street-preview-reason').textContent()).resolves.toMatch(/生成后被修改过/);
    await expect(preview.getByText('可以导入').count()).resolves.toBe(2);
    if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'street-preview.png'), fullPage: true });
    await page.getByTestId('street-package-import').click();
    const done = page.locator('.ant-modal-confirm:visible');
    await expect(done.locator('.ant-modal-confirm-content').textContent()).resolves.toBe('导入2个上报包，新增社区2个。');
    await acknowledge(done);
    await done.waitFor({ state: 'hidden' });
    for (const p of packages) await page.getByTestId('street-packages').getByText(p.community, { exact: true }).waitFor();
    if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'street-packages.png'), fullPage: true });

    const imported = await street.api<{ community: string; replacedAt: string | null }[]>('street.packages', { communityId: null, withReplaced: true });
    expect(imported.map((p) => p.community).sort()).toEqual(['和谐园社区', '幸福里社区']);
    expect(problems).toEqual([]);
  });

  it('汇总 → 三会一课 shows both rows and the 合计, and the exported summary equals the packages', async () => {
    const street = hosts[2]!;
    const { page, problems } = await openApp(browser, street);
    await page.getByTestId('nav-summary').click();
    await page.getByTestId('street-tab-meetings').click();
    const view = page.getByTestId('street-meetings-view');
    // The figures' cells (the last, 截至日期, is streetTrust.test.ts's).
    const cells = async (testId: string) => {
      await view.getByTestId(testId).waitFor();
      return (await view.getByTestId(testId).locator('td').allTextContents()).map((t) => t.trim()).slice(0, 5);
    };
    for (const p of packages) expect(await cells(`street-meetings-row-${p.community}`)).toEqual([p.community, ...sums(p.data.meetings).map(String)]);
    const all = sums(packages.flatMap((p) => p.data.meetings));
    expect(all[0]).toBeGreaterThan(0);
    expect(await cells('street-meetings-total')).toEqual(['合计', ...all.map(String)]);
    await view.getByTestId('street-meetings-chart').locator('[data-label=幸福里社区]').waitFor();
    // One community's branches, with that community's row as their 合计.
    await view.getByTestId('street-meetings-community').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="幸福里社区"]').click();
    const branches = view.getByTestId('street-meetings-branches');
    await branches.waitFor();
    const branchNames = new Set(packages[0]!.data.meetings.map((m) => m.orgName));
    await expect(branches.locator('tbody tr.ant-table-row').count()).resolves.toBe(branchNames.size);
    const branchTotal = (await branches.locator('.ant-table-summary td').allTextContents()).map((t) => t.trim());
    expect(branchTotal).toEqual(['合计', ...sums(packages[0]!.data.meetings).map(String)]);
    if (SHOTS) {
      await page.screenshot({ path: path.join(SHOTS, 'street-summary-meetings.png'), fullPage: true });
      await page.getByTestId('nav-home').click();
      await page.getByTestId('street-home-year').waitFor();
      await page.screenshot({ path: path.join(SHOTS, 'street-home.png'), fullPage: true });
      await page.getByTestId('nav-communities').click();
      await page.getByTestId('street-communities').getByText('幸福里社区').waitFor();
      await page.screenshot({ path: path.join(SHOTS, 'street-communities.png'), fullPage: true });
      await page.getByTestId('nav-summary').click();
      for (const tab of ['members', 'dual', 'points', 'appraisal', 'dues', 'census']) {
        await page.getByTestId(`street-tab-${tab}`).click();
        await page.getByTestId(`street-${tab}-view`).waitFor();
        await page.screenshot({ path: path.join(SHOTS, `street-summary-${tab}.png`), fullPage: true });
      }
      await page.getByTestId('street-tab-meetings').click();
    }

    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('street-meetings-export').click()]);
    const wb = await readWorkbook(await download.path());
    const sheet = wb.worksheets[0]!;
    // The row's cells after its name: 应开次数, 实开次数, 完成率, 平均出勤率.
    const rowOf = (name: string): unknown[] => {
      for (let r = 1; r <= sheet.rowCount; r++) {
        const values = (sheet.getRow(r).values as unknown[]).slice(1);
        const at = values.indexOf(name);
        if (at >= 0) return values.slice(at + 1, at + 5);
      }
      throw new Error(`no row for ${name}`);
    };
    for (const p of packages) expect(rowOf(p.community)).toEqual(sums(p.data.meetings));
    expect(rowOf('合计')).toEqual(all);
    expect(problems).toEqual([]);
  });

  it('a second package of the same community and period replaces the first after showing how its totals change', async () => {
    const [, b, street] = hosts;
    const { people } = await b!.api<{ people: { memberId: number }[] }>('meetings.expected', { orgId: branchB, types: ['主题党日'], heldOn: todayIso() });
    await b!.api('meetings.save', {
      id: null,
      orgId: branchB,
      types: ['主题党日'],
      heldOn: todayIso(),
      attendance: people.map((p) => ({ memberId: p.memberId, status: '出席' })),
    });
    const made = await makePackage(browser, b!, '和谐园社区');
    const data = await readPackage(made.file);
    expect(sums(data.meetings)[1]).toBe(sums(packages[1]!.data.meetings)[1] + 1);

    const { page, problems } = await openApp(browser, street!);
    await page.getByTestId('nav-packages').click();
    await page.locator('[data-testid=street-package-files] input[type=file]').setInputFiles(made.file);
    const replaces = page.getByTestId('street-package-preview').getByTestId('street-preview-replaces');
    await expect(replaces.textContent()).resolves.toMatch(/替换.*导入的上报包/);
    await expect(replaces.locator('li').allTextContents()).resolves.not.toEqual([]);
    if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'street-replace.png'), fullPage: true });
    await page.getByTestId('street-package-import').click();
    const done = page.locator('.ant-modal-confirm:visible');
    await expect(done.locator('.ant-modal-confirm-content').textContent()).resolves.toBe('导入1个上报包，其中1个替换了原来的上报包。');
    await acknowledge(done);

    // The old package stays, marked; the street's row is the new package's.
    const all = await street!.api<{ community: string; replacedAt: string | null }[]>('street.packages', { communityId: null, withReplaced: true });
    expect(
      all
        .filter((p) => p.community === '和谐园社区')
        .map((p) => p.replacedAt !== null)
        .sort(),
    ).toEqual([false, true]);
    await page.getByTestId('nav-summary').click();
    await page.getByTestId('street-tab-meetings').click();
    const row = page.getByTestId('street-meetings-row-和谐园社区');
    await row.waitFor();
    await expect(
      row
        .locator('td')
        .allTextContents()
        .then((t) => t.slice(0, 5)),
    ).resolves.toEqual(['和谐园社区', ...sums(data.meetings).map(String)]);
    expect([...problems, ...made.problems]).toEqual([]);
  });
});
