// Issue 30, "Up", end to end: two communities make their 上报包 through 报表 (one sets its 省/市 for
// 流向 in 系统设置), a street imports both through 上报包, and 汇总 → 登记名册 shows each community's
// 光荣在党50年 名单人数 and 待核对 and its 流出 by 流向 with the 合计; the exported 汇总表 is read back.
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { PackageData } from '../../api/schemas/reportPackage';
import { idCheckChar } from '../../api/rules/idNumber';
import { todayIso } from '../../api/rules/dates';
import { acknowledge, createCommunity, freshDataDir, launchBrowser, openApp, startHost, type RunningHost } from './harness';
import { readWorkbook } from '../support/readBack';

const STREET = '和平街道党工委';
/** Where the layout screenshots go when asked for (STREET_SHOTS=/work/shots). */
const SHOTS = process.env.STREET_SHOTS;

async function saveSettings(page: Page, values: Record<string, string>) {
  await page.getByTestId('nav-settings').click();
  for (const [label, value] of Object.entries(values)) await page.getByLabel(label, { exact: true }).fill(value);
  await page.getByTestId('settings-save').click();
  await page.getByText('已保存').first().waitFor();
}

async function makePackage(browser: Browser, host: RunningHost, community: string, home?: { province: string; city: string }): Promise<PackageData> {
  const { page, problems } = await openApp(browser, host);
  await saveSettings(page, { 社区名称: community, 所属街道: STREET });
  if (home) {
    const card = page.getByTestId('flow-home');
    await card.getByLabel('所在省份').fill(home.province);
    await card.getByLabel('所在城市').fill(home.city);
    await card.getByTestId('flow-home-save').click();
    await page.getByText('流向按新的所在地判定').waitFor();
  }
  await page.getByTestId('nav-reports').click();
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('package-make').click()]);
  const file = path.join(host.dataDir, download.suggestedFilename());
  await download.saveAs(file);
  await page.close();
  expect(problems).toEqual([]);
  files.push(file);
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  return JSON.parse(await zip.file('data.json')!.async('string')) as PackageData;
}

const files: string[] = [];

describe('街道 registers: 光荣在党50年 and 流动党员 from the communities’ packages', () => {
  let browser: Browser;
  const hosts: RunningHost[] = [];
  const data: { community: string; d: PackageData }[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    const [a, b, street] = await Promise.all([startHost(freshDataDir()), startHost(freshDataDir()), startHost(freshDataDir())]);
    hosts.push(a!, b!, street!);
    await a!.api('sample.load', {});
    // 和谐园: one member 50 years in the party, one joined 1968 with no 转正日期 (待核对), two 流出.
    const { branchId } = await createCommunity(b!);
    const person = async (name: string, birth: string, joinedOn: string, fullMemberOn: string | null) => {
      const first17 = `110105${birth.replaceAll('-', '')}001`;
      return (
        await b!.api<{ id: number }>('members.create', {
          name,
          gender: '男',
          birthDate: birth,
          idNumber: first17 + idCheckChar(first17),
          joinedOn,
          fullMemberOn,
          category: '正式党员',
          communityClass: '直管',
          branchId,
        })
      ).id;
    };
    await person('老党员甲', '1938-03-01', '1960-03-01', '1961-03-01');
    await person('缺转正乙', '1945-05-01', '1968-06-30', null);
    const young = await person('外出丙', '1990-01-01', '2015-07-01', '2016-07-01');
    const other = await person('外出丁', '1991-01-01', '2015-07-01', '2016-07-01');
    const flow = { leftOn: `${todayIso().slice(0, 4)}-01-01`, unit: null, contact: null, cardNo: null, joinsLifeThere: false, returnedOn: null, note: null };
    await b!.api('care.saveFlowOut', { ...flow, memberId: young, place: '浙江省杭州市西湖区' });
    await b!.api('care.saveFlowOut', { ...flow, memberId: other, place: '上海市浦东新区' });
    data.push({ community: '幸福里社区', d: await makePackage(browser, a!, '幸福里社区') });
    data.push({ community: '和谐园社区', d: await makePackage(browser, b!, '和谐园社区', { province: '浙江省', city: '杭州市' }) });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await Promise.all(hosts.map((h) => h.stop()));
  });

  it('imports both in street mode; 登记名册 shows each community’s figures and the 合计; the export reads back the same', async () => {
    const street = hosts[2]!;
    const { page, problems } = await openApp(browser, street);
    await page.getByTestId('mode-choice').waitFor();
    await page.getByTestId('mode-street').click();
    await page.getByTestId('nav-summary').waitFor();
    await saveSettings(page, { 街道名称: STREET });
    await page.getByTestId('nav-packages').click();
    await page.locator('[data-testid=street-package-files] input[type=file]').setInputFiles(files);
    await expect.poll(() => page.getByTestId('street-package-preview').getByText('可以导入').count(), { timeout: 30_000 }).toBe(2);
    await page.getByTestId('street-package-import').click();
    const done = page.locator('.ant-modal-confirm:visible');
    await acknowledge(done);
    await done.waitFor({ state: 'hidden' });

    await page.getByTestId('nav-summary').click();
    await page.getByTestId('street-tab-registers').click();
    const view = page.getByTestId('street-register-honor-view');
    const cells = async (testId: string, n: number) => {
      await view.getByTestId(testId).waitFor();
      return (await view.getByTestId(testId).locator('td').allTextContents()).map((t) => t.trim()).slice(0, n);
    };
    const honorOf = (d: PackageData) => [
      d.registers!.honor.rows.length,
      d.registers!.honor.rows.filter((r) => r.presentedOn).length,
      d.registers!.honor.toCheck.length,
    ];
    const [, mine] = data;
    expect(honorOf(mine!.d)).toEqual([1, 0, 1]);
    for (const { community, d } of data) expect(await cells(`street-register-honor-row-${community}`, 4)).toEqual([community, ...honorOf(d).map(String)]);
    const sum = honorOf(data[0]!.d).map((v, i) => v + honorOf(mine!.d)[i]!);
    expect(await cells('street-register-honor-total', 4)).toEqual(['合计', ...sum.map(String)]);
    // The names: 待核对 marked, 身份证号 masked (first 6 and last 4).
    const names = view.getByTestId('street-register-honor-names');
    const checkRow = names.locator('tr', { hasText: '缺转正乙' });
    await expect(checkRow.textContent()).resolves.toMatch(/110105\*{8}\d{3}[\dX].*待核对/);
    if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'street-registers-honor.png'), fullPage: true });

    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), view.getByTestId('street-register-honor-export').click()]);
    const wb = await readWorkbook(await download.path());
    const sheet = wb.worksheets[0]!;
    const rowOf = (name: string): unknown[] => {
      for (let r = 1; r <= sheet.rowCount; r++) {
        const values = (sheet.getRow(r).values as unknown[]).slice(1);
        const at = values.indexOf(name);
        if (at >= 0) return values.slice(at + 1, at + 4);
      }
      throw new Error(`no row for ${name}`);
    };
    for (const { community, d } of data) expect(rowOf(community)).toEqual(honorOf(d));
    expect(rowOf('合计')).toEqual(sum);
    expect(wb.getWorksheet('名单')!.rowCount).toBeGreaterThan(3);

    // 流动党员: 和谐园's 流出 to 杭州 is 市内 (its own city), to 上海 is 省外.
    await page.getByTestId('street-register-flows').click();
    const flows = page.getByTestId('street-register-flows-view');
    await flows.getByTestId('street-register-flows-row-和谐园社区').waitFor();
    const flowCells = (await flows.getByTestId('street-register-flows-row-和谐园社区').locator('td').allTextContents()).map((t) => t.trim()).slice(1, 6);
    expect(flowCells).toEqual(['2', '1', '0', '1', '0']);
    if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'street-registers-flows.png'), fullPage: true });
    expect(problems).toEqual([]);
  });
});
