// Issue 31 through the UI: a street gives 幸福里社区 a 接入码 on its 社区 page (a record it added by
// hand); the community pastes it into 系统设置 with its 所属街道 worded differently (和平街道) and
// makes its year package; 和谐园社区 makes one without a code. The street imports both: the signed
// one is recognised by its code and goes to the hand-added record, the other goes in marked 未签名;
// a copy edited and re-checksummed by hand is refused for its signature. 幸福里社区 then renames
// itself and reports again: one record, the new name shown, the old one noted. Every row of the
// street's view shows its 截至日期. Last, the street opens a package's own 花名册 (byte for byte),
// voids a package with a reason and merges a duplicate record, all through its pages.
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { StreetCommunity, StreetPackageRow } from '../../api/schemas/street';
import { todayIso } from '../../api/rules/dates';
import { canonicalJson, manifestSha256, sha256Hex } from '../../excel/package/checksum';
import { acknowledge, addFullMembers, createCommunity, freshDataDir, launchBrowser, openApp, pickOption, startHost, type RunningHost } from './harness';

const STREET = '和平街道党工委';
/** Where the layout screenshots go when asked for (STREET_SHOTS=/work/shots). */
const SHOTS = process.env.STREET_SHOTS;

async function saveSettings(page: Page, values: Record<string, string>) {
  await page.getByTestId('nav-settings').click();
  for (const [label, value] of Object.entries(values)) await page.getByLabel(label, { exact: true }).fill(value);
  await page.getByTestId('settings-save').click();
  await page.getByText('已保存').first().waitFor();
}

/** 报表 → 生成上报包 for the whole year after saving `settings`; the downloaded file's path. */
async function makePackage(
  browser: Browser,
  host: RunningHost,
  settings: Record<string, string>,
  name: string,
  signs: boolean,
): Promise<{ file: string; problems: string[]; note: string }> {
  const { page, problems } = await openApp(browser, host);
  await saveSettings(page, settings);
  await page.getByTestId('nav-reports').click();
  // The card says whether the package will be signed (settings.get is refetched after the save).
  const wanted = signs ? '将用它签名' : '未填写接入码';
  await expect.poll(() => page.getByTestId('package-signed').textContent(), { timeout: 10_000 }).toContain(wanted);
  const note = (await page.getByTestId('package-signed').textContent()) ?? '';
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('package-make').click()]);
  const file = path.join(host.dataDir, name);
  await download.saveAs(file);
  await page.close();
  return { file, problems, note };
}

/** A figure changed and every SHA-256 recomputed by hand: what someone without the 接入码 can do. */
async function rechecksummed(file: string, out: string): Promise<string> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const data = JSON.parse(await zip.file('data.json')!.async('string')) as { members: { total: number } };
  data.members.total += 5;
  const text = Buffer.from(JSON.stringify(data), 'utf8');
  zip.file('data.json', text);
  const manifest = JSON.parse(await zip.file('manifest.json')!.async('string')) as {
    files: { name: string; bytes: number; sha256: string }[];
    sha256?: string;
  };
  manifest.files = manifest.files.map((f) => (f.name === 'data.json' ? { name: f.name, bytes: text.length, sha256: sha256Hex(text) } : f));
  delete manifest.sha256;
  zip.file('manifest.json', canonicalJson({ ...manifest, sha256: manifestSha256(manifest as never) }));
  fs.writeFileSync(out, await zip.generateAsync({ type: 'nodebuffer' }));
  return out;
}

async function importFiles(page: Page, files: string[]) {
  await page.getByTestId('nav-packages').click();
  await page.locator('[data-testid=street-package-files] input[type=file]').setInputFiles(files);
  await page.getByTestId('street-package-preview').waitFor();
}

async function finishImport(page: Page, text: string) {
  await page.getByTestId('street-package-import').click();
  const done = page.locator('.ant-modal-confirm:visible');
  await expect(done.locator('.ant-modal-confirm-content').textContent()).resolves.toBe(text);
  await acknowledge(done);
  await done.waitFor({ state: 'hidden' });
}

describe('街道: identity, 接入码 and a rename through the UI', () => {
  let browser: Browser;
  let a: RunningHost;
  let b: RunningHost;
  let street: RunningHost;
  let code: string;
  let unsignedFile: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    [a, b, street] = (await Promise.all([startHost(freshDataDir()), startHost(freshDataDir()), startHost(freshDataDir())])) as RunningHost[];
    await a.api('sample.load', {});
    const { branchId } = await createCommunity(b);
    await addFullMembers(b, branchId, ['周一', '吴二', '郑三']);
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await Promise.all([a, b, street].filter(Boolean).map((h) => h.stop()));
  });

  it('the street adds 幸福里社区 by hand and gives it a 接入码 on its 社区 page', async () => {
    const { page, problems } = await openApp(browser, street);
    await page.getByTestId('mode-street').click();
    await page.getByTestId('nav-summary').waitFor();
    await saveSettings(page, { 街道名称: STREET });
    await page.getByTestId('nav-communities').click();
    await page.getByTestId('street-community-add').click();
    await page.getByTestId('street-community-form').getByLabel('社区名称', { exact: true }).fill('幸福里社区');
    await page.getByTestId('street-community-save').click();
    await page.getByTestId('street-access-issue-幸福里社区').click();
    const shown = page.getByTestId('street-access-code-幸福里社区');
    await shown.waitFor();
    code = (await shown.textContent())!.trim();
    if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'trust-communities.png'), fullPage: true });
    expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){4}$/);
    const stored = await street.api<StreetCommunity[]>('street.communities', {});
    expect(stored.map((c) => [c.name, c.accessCode, c.uid])).toEqual([['幸福里社区', code, null]]);
    expect(problems).toEqual([]);
  });

  it('imports a signed package (its street worded differently) into the hand-added record, an unsigned one marked, refuses a re-checksummed edit', async () => {
    // The code typed in lower case with spaces: 系统设置 takes it as the same code.
    const signed = await makePackage(
      browser,
      a,
      { 社区名称: '幸福里社区', 所属街道: '和平街道', 接入码: code.toLowerCase().replace(/-/g, ' ') },
      'a-2026.zip',
      true,
    );
    const unsigned = await makePackage(browser, b, { 社区名称: '和谐园社区', 所属街道: STREET }, 'b-2026.zip', false);
    unsignedFile = unsigned.file;
    const forged = await rechecksummed(signed.file, path.join(a.dataDir, '幸福里-改过.zip'));
    const { page, problems } = await openApp(browser, street);
    await importFiles(page, [signed.file, unsigned.file, forged]);
    const preview = page.getByTestId('street-package-preview');
    await expect(preview.getByTestId('street-preview-幸福里-改过.zip').getByTestId('street-preview-reason').textContent()).resolves.toContain('签名不符');
    const rowA = preview.getByTestId('street-preview-a-2026.zip');
    await expect(rowA.textContent()).resolves.toContain('已签名');
    await expect(rowA.getByTestId('street-preview-warnings').textContent()).resolves.toContain('已按接入码确认是本街道的社区');
    await expect(rowA.getByText('新社区').count()).resolves.toBe(0);
    const rowB = preview.getByTestId('street-preview-b-2026.zip');
    await expect(rowB.getByTestId('street-preview-warnings').textContent()).resolves.toContain('未签名');
    await expect(rowB.textContent()).resolves.toContain(`截至 ${todayIso()}`);
    if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'trust-preview.png'), fullPage: true });
    await finishImport(page, '导入2个上报包，新增社区1个。');

    const communities = await street.api<StreetCommunity[]>('street.communities', {});
    expect(communities.map((c) => [c.name, c.packages, c.uid !== null])).toEqual([
      ['幸福里社区', 1, true],
      ['和谐园社区', 1, true],
    ]);
    const packages = await street.api<StreetPackageRow[]>('street.packages', { communityId: null, withReplaced: true });
    expect(packages.map((p) => [p.community, p.signed]).sort()).toEqual([
      ['和谐园社区', false],
      ['幸福里社区', true],
    ]);

    // Each row of the view shows its 截至日期 (the year is still running: made before its end).
    await page.getByTestId('nav-summary').click();
    await page.getByTestId('street-tab-members').click();
    const asOf = page.getByTestId('street-members-view').getByTestId('street-members-asof-幸福里社区');
    await expect(asOf.textContent()).resolves.toBe(`${todayIso()}期末前生成`);
    await expect(page.getByTestId('street-members-asof-和谐园社区').textContent()).resolves.toBe(`${todayIso()}期末前生成未签名`);
    if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'trust-members.png'), fullPage: true });
    expect([...problems, ...signed.problems, ...unsigned.problems]).toEqual([]);
  });

  it('a renamed community reports again: one record, the new name shown and the old one noted', async () => {
    const renamed = await makePackage(browser, a, { 社区名称: '幸福里社区党委', 所属街道: '和平街道' }, 'a-renamed.zip', true);
    const { page, problems } = await openApp(browser, street);
    await importFiles(page, [renamed.file]);
    const row = page.getByTestId('street-package-preview').getByTestId('street-preview-a-renamed.zip');
    await expect(row.textContent()).resolves.toContain('原名：幸福里社区');
    await expect(row.getByTestId('street-preview-replaces').textContent()).resolves.toContain('替换');
    await finishImport(page, '导入1个上报包，其中1个替换了原来的上报包。');
    await page.getByTestId('nav-communities').click();
    const list = page.getByTestId('street-communities');
    await list.getByTestId('street-community-幸福里社区党委').waitFor();
    await expect(list.getByTestId('street-community-幸福里社区党委').textContent()).resolves.toContain('曾用名：幸福里社区');
    await expect(list.locator('tbody tr.ant-table-row').count()).resolves.toBe(2);
    if (SHOTS) {
      await page.screenshot({ path: path.join(SHOTS, 'trust-renamed.png'), fullPage: true });
      await page.getByTestId('nav-packages').click();
      await page.getByTestId('street-packages').getByText('幸福里社区党委').first().waitFor();
      await page.screenshot({ path: path.join(SHOTS, 'trust-packages.png'), fullPage: true });
    }
    const stored = await street.api<StreetCommunity[]>('street.communities', {});
    expect(stored.map((c) => [c.name, c.formerNames.map((f) => f.name), c.packages, c.accessCode])).toEqual([
      ['幸福里社区党委', ['幸福里社区'], 1, code],
      ['和谐园社区', [], 1, null],
    ]);
    const members = await street.api<{ rows: { community: string; signed: boolean }[]; notReported: unknown[] }>('street.members', {
      year: Number(todayIso().slice(0, 4)),
    });
    expect(members.rows.map((r) => [r.community, r.signed])).toEqual([
      ['幸福里社区党委', true],
      ['和谐园社区', false],
    ]);
    expect(members.notReported).toEqual([]);
    expect([...problems, ...renamed.problems]).toEqual([]);
  });

  it('opens a package’s own 花名册, voids a package with a reason, merges a duplicate record', async () => {
    const year = todayIso().slice(0, 4);
    const { page, problems } = await openApp(browser, street);
    await page.getByTestId('nav-packages').click();
    await page.getByTestId(`street-package-forms-和谐园社区-${year}年`).click();
    await page.getByTestId('street-package-forms').getByText('党员花名册.xlsx').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('street-package-form-党员花名册').click()]);
    const original = await (await JSZip.loadAsync(fs.readFileSync(unsignedFile))).file('报表/党员花名册.xlsx')!.async('nodebuffer');
    expect(fs.readFileSync(await download.path()).equals(original)).toBe(true);
    await page.keyboard.press('Escape');

    await page.getByTestId(`street-package-void-和谐园社区-${year}年`).click();
    await page.getByTestId('street-void-reason').fill('社区报错了年份');
    await page.getByTestId('street-void-ok').click();
    await page.getByTestId('street-packages').getByText('作废：社区报错了年份').waitFor();
    const packages = await street.api<StreetPackageRow[]>('street.packages', { communityId: null, withReplaced: true });
    expect(packages.filter((p) => p.voidedAt).map((p) => [p.community, p.voidReason])).toEqual([['和谐园社区', '社区报错了年份']]);
    const members = await street.api<{ rows: { community: string }[]; notReported: { name: string }[] }>('street.members', { year: Number(year) });
    expect(members.rows.map((r) => r.community)).toEqual(['幸福里社区党委']);
    expect(members.notReported.map((c) => c.name)).toEqual(['和谐园社区']);

    // A duplicate record added by hand, merged into the one that has the packages.
    await page.getByTestId('nav-communities').click();
    await page.getByTestId('street-community-add').click();
    await page.getByTestId('street-community-form').getByLabel('社区名称', { exact: true }).fill('幸福里');
    await page.getByTestId('street-community-save').click();
    await page.getByTestId('street-community-merge-幸福里').click();
    await pickOption(page, '并入（保留的记录）', '幸福里社区党委');
    await page.getByTestId('street-merge-ok').click();
    await page.getByText('已并入“幸福里社区党委”').waitFor();
    const stored = await street.api<StreetCommunity[]>('street.communities', {});
    const kept = stored.find((c) => c.name === '幸福里社区党委')!;
    expect(stored.find((c) => c.name === '幸福里')).toMatchObject({ mergedInto: kept.id, closedOn: todayIso() });
    expect(kept.formerNames.map((f) => f.name)).toEqual(['幸福里社区', '幸福里']);
    expect(problems).toEqual([]);
  });
});
