// Issue 30 through the UI: the street sets this period's 报送 deadline and 幸福里社区's 发展计划 on its 计划与核对 page and
// makes the community's 下发文件; the community imports it in 系统设置 (所属街道, 接入码, 社区名称 and the 发展计划 are
// filled in one step) and its 首页 shows the deadline, 尚未生成, then 已生成 once the period's 上报包 is made.
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { addDays, todayIso } from '../../api/rules/dates';
import { idCheckChar } from '../../api/rules/idNumber';
import type { DevPlan } from '../../api/schemas/development';
import type { Settings } from '../../api/schemas/settings';
import type { StreetCommunity } from '../../api/schemas/street';
import {
  acknowledge,
  addFullMembers,
  createCommunity,
  fillDate,
  freshDataDir,
  launchBrowser,
  openApp,
  pickOption,
  startHost,
  type RunningHost,
} from './harness';

const STREET = '和平街道党工委';
const QUARTERS = ['第一季度', '第二季度', '第三季度', '第四季度'];
/** Where the layout screenshots go when asked for (STREET_SHOTS=/work/shots). */
const SHOTS = process.env.STREET_SHOTS;

describe('街道下发文件 through the UI: street makes it, community imports it, 首页 shows the deadline', () => {
  let browser: Browser;
  let community: RunningHost;
  let street: RunningHost;
  const today = todayIso();
  const year = Number(today.slice(0, 4));
  const quarter = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
  const dueOn = addDays(today, 10);
  let file = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    [community, street] = (await Promise.all([startHost(freshDataDir()), startHost(freshDataDir())])) as RunningHost[];
    const { branchId } = await createCommunity(community);
    await addFullMembers(community, branchId, ['周一', '吴二', '郑三']);
    // One 入党申请人 this year: the 发展计划's 完成 the street will read.
    const person = (
      await community.api<{ person: { id: number } }>('development.create', {
        name: '冯九',
        gender: '女',
        idNumber: `11010519900101002${idCheckChar('11010519900101002')}`,
        orgId: branchId,
      })
    ).person;
    await community.api('development.record', { personId: person.id, stepCode: 'apply', doneOn: `${year}-01-01`, memberIds: [] });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await Promise.all([community, street].filter(Boolean).map((h) => h.stop()));
  });

  it('the street sets the deadline and the quota and makes 幸福里社区’s file', async () => {
    const { page, problems } = await openApp(browser, street);
    await page.getByTestId('mode-street').click();
    await page.getByTestId('nav-summary').waitFor();
    await page.getByTestId('nav-settings').click();
    await page.getByLabel('街道名称', { exact: true }).fill(STREET);
    await page.getByTestId('settings-save').click();
    await page.getByText('已保存').first().waitFor();
    await page.getByTestId('nav-communities').click();
    await page.getByTestId('street-community-add').click();
    await page.getByTestId('street-community-form').getByLabel('社区名称', { exact: true }).fill('幸福里社区');
    await page.getByTestId('street-community-save').click();
    await page.getByTestId('street-community-幸福里社区').waitFor();

    await page.getByTestId('nav-plan').click();
    await pickOption(page, '报送期间', `${QUARTERS[quarter - 1]}上报包`);
    await fillDate(page, '截止日期', dueOn);
    await page.getByTestId('street-deadline-save').click();
    await page.getByTestId('street-deadlines').getByText(dueOn).waitFor();
    await page.getByTestId('street-quota-edit-幸福里社区').click();
    for (const [k, v] of [
      ['applied', 6],
      ['activists', 4],
      ['candidates', 3],
      ['admitted', 2],
    ] as const)
      await page.getByTestId(`street-quota-${k}`).fill(String(v));
    await page.getByTestId('street-quota-save').click();
    await expect.poll(() => page.getByTestId('street-quota-row-幸福里社区').textContent()).toContain('6432');
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('street-file-幸福里社区').click()]);
    expect(download.suggestedFilename()).toBe(`幸福里社区${year}年街道下发文件.json`);
    file = path.join(street.dataDir, download.suggestedFilename());
    await download.saveAs(file);
    const sent = JSON.parse(fs.readFileSync(file, 'utf8')) as {
      street: string;
      quota: unknown;
      deadlines: unknown;
      accessCode: string;
      community: { uid: string };
    };
    if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'down-plan.png'), fullPage: true });
    const stored = (await street.api<StreetCommunity[]>('street.communities', {}))[0]!;
    expect(sent).toMatchObject({ street: STREET, quota: { applied: 6, activists: 4, candidates: 3, admitted: 2 }, deadlines: [{ year, quarter, dueOn }] });
    expect([sent.accessCode, sent.community.uid]).toEqual([stored.accessCode, stored.uid]);
    expect(problems).toEqual([]);
  });

  it('the community imports it in 系统设置; 首页 shows the deadline, then 已生成 after the package', async () => {
    const { page, problems } = await openApp(browser, community);
    await page.getByTestId('nav-settings').click();
    await page.locator('input[type=file][accept=".json,.zip"]').setInputFiles(file);
    await expect(page.getByTestId('settings-street-file-done').textContent()).resolves.toContain(`已导入${STREET}发给幸福里社区的下发文件`);
    const settings = await community.api<Settings>('settings.get', {});
    const sent = JSON.parse(fs.readFileSync(file, 'utf8')) as { accessCode: string };
    expect([settings.streetName, settings.communityName, settings.accessCode]).toEqual([STREET, '幸福里社区', sent.accessCode]);
    // The form shows what the import wrote (settings.get refetched).
    await expect.poll(() => page.getByLabel('所属街道', { exact: true }).inputValue()).toBe(STREET);
    expect((await community.api<DevPlan>('development.plan', { year })).quota).toBe(2);
    // The same file again is not newer: refused, with the reason shown.
    await page.locator('input[type=file][accept=".json,.zip"]').setInputFiles(file);
    await expect(page.getByTestId('settings-street-file-error').textContent()).resolves.toContain('不晚于已导入的下发文件');

    await page.getByTestId('nav-home').click();
    const text = page.getByTestId('home-deadline-text');
    await expect(text.textContent()).resolves.toBe(
      `${year}年${QUARTERS[quarter - 1]}上报包：${STREET}要求 ${dueOn} 前报送（还有 10 天）。尚未生成。去生成上报包`,
    );
    await expect(text.getAttribute('data-made')).resolves.toBe('no');
    await community.api('reports.reportPackage', { year, quarter });
    await page.reload();
    await expect.poll(() => text.getAttribute('data-made')).toBe('yes');
    await expect(text.textContent()).resolves.toMatch(/已生成（\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}）。$/);
    if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'down-home.png'), fullPage: true });
    expect(problems).toEqual([]);
  });

  it('the street reads the community’s 发展计划 完成 and records 党费 received, and exports both forms', async () => {
    const made = await community.api<{ fileName: string }>('reports.reportPackage', { year, quarter: null });
    const pkg = path.join(community.dataDir, 'exports', made.fileName);
    const { page, problems } = await openApp(browser, street);
    await page.getByTestId('nav-packages').click();
    await page.locator('[data-testid=street-package-files] input[type=file]').setInputFiles(pkg);
    await page.getByTestId('street-package-preview').waitFor();
    await page.getByTestId('street-package-import').click();
    const done = page.locator('.ant-modal-confirm:visible');
    await done.waitFor();
    await acknowledge(done);

    await page.getByTestId('nav-plan').click();
    await page.getByTestId('street-plan-tab-dev').click();
    const row = page.getByTestId('street-dev-row-幸福里社区');
    await expect(row.textContent()).resolves.toContain('1 / 6（16.7%）');
    const readBack = async (testId: string, sheetName: string) => {
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId(testId).click()]);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(await download.path());
      const sheet = wb.getWorksheet(sheetName)!;
      return [4, 5].map((r) => (sheet.getRow(r).values as unknown[]).slice(1));
    };
    const asOf = today < `${year}-12-31` ? today : `${year}-12-31`;
    expect(await readBack('street-dev-export', '发展党员计划完成情况')).toEqual([
      [1, '幸福里社区', 6, 1, '16.7%', 4, 0, '0%', 3, 0, '0%', 2, 0, '0%', asOf],
      [undefined, '合计', 6, 1, '16.7%', 4, 0, '0%', 3, 0, '0%', 2, 0, '0%'],
    ]);

    await page.getByTestId('street-plan-tab-dues').click();
    await page.getByTestId('street-received-add').click();
    const form = page.getByTestId('street-received-form');
    await pickOption(form, '社区', '幸福里社区');
    await form.getByLabel('金额', { exact: true }).fill('300.50');
    await page.getByTestId('street-received-save').click();
    await expect.poll(() => page.getByTestId('street-dues-check-row-幸福里社区').textContent()).toContain('300.50');
    // The community handed nothing up in its ledger: the whole 300.50 is the difference.
    await expect(page.getByTestId('street-dues-check-row-幸福里社区').textContent()).resolves.toBe(`幸福里社区0.00300.50300.50${asOf}`);
    expect(await readBack('street-dues-check-export', '党费上缴核对')).toEqual([
      [1, '幸福里社区', 0, 300.5, 300.5, asOf],
      [undefined, '合计', 0, 300.5, 300.5],
    ]);
    if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'down-dues.png'), fullPage: true });

    // 党费月报: this month, from the year package (no dues were paid in this ledger: every figure 0).
    const month = Number(asOf.slice(5, 7));
    await page.getByTestId('street-plan-tab-duesMonth').click();
    await pickOption(page, '月份', `${month}月`);
    await expect(page.getByTestId('street-dues-month-row-幸福里社区').textContent()).resolves.toContain(asOf);
    const monthRows = await readBack('street-dues-month-export', '党费收缴汇总');
    expect(monthRows[0]!.slice(0, 2)).toEqual([1, '幸福里社区']);
    expect(monthRows[1]!.slice(0, 2)).toEqual([undefined, '合计']);
    const stored = await street.api<{ rows: { owingMembers: number; paidFen: number }[]; total: { owingMembers: number } }>('street.duesMonth', {
      year,
      month,
    });
    expect(monthRows[0]!.slice(2, 4)).toEqual([stored.rows[0]!.owingMembers, stored.rows[0]!.paidFen / 100]);
    expect(monthRows[1]![2]).toBe(stored.total.owingMembers);

    // 三会一课月报: the same month's monthly meetings, as stored, and the form read back.
    await page.getByTestId('street-plan-tab-meetingsMonth').click();
    await pickOption(page, '月份', `${month}月`);
    await expect(page.getByTestId('street-meetings-month-row-幸福里社区').textContent()).resolves.toContain(asOf);
    const meetingRows = await readBack('street-meetings-month-export', '三会一课汇总');
    const meetings = await street.api<{ rows: { required: number; held: number }[]; total: { required: number; held: number } }>('street.meetingsMonth', {
      year,
      month,
    });
    expect(meetingRows[0]!.slice(0, 4)).toEqual([1, '幸福里社区', meetings.rows[0]!.required, meetings.rows[0]!.held]);
    expect(meetingRows[1]!.slice(0, 4)).toEqual([undefined, '合计', meetings.total.required, meetings.total.held]);
    expect(problems).toEqual([]);
  });
});
