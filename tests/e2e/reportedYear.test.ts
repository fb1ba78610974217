// A reported year does not move, through the UI: the community makes last year's 上报包 (报表 →
// 生成上报包), then a death dated last December is registered; last year's 党内统计 still shows what
// was reported with the death listed as a difference, and this year's shows it as the
// 实有数与应有数之差 (年初 is the reported 年末), whose reason the user types and the ledger stores. A
// street importing both packages shows the same 差 in that community's 年初 + 增 − 减 (± 差) = 年末.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { todayIso } from '../../api/rules/dates';
import { addFullMembers, createCommunity, fillDate, freshDataDir, openApp, pickOption, startHost, useApp } from './harness';

const THIS_YEAR = Number(todayIso().slice(0, 4));
const Y = THIS_YEAR - 1;
const WAIT = { timeout: 15_000 };

describe('a reported year through the UI', () => {
  const dir = freshDataDir();
  let lastYearPackage = '';

  const app = useApp(dir);
  beforeAll(async () => {
    const { branchId } = await createCommunity(app.host);
    await addFullMembers(app.host, branchId, ['赵一', '钱二', '孙三', '李四']);
    await app.host.api('settings.save', { communityName: '幸福里社区', streetName: '和平街道' });
  });

  it('reports last year, takes a correction dated in it, and shows it as 差 with the reason typed', async () => {
    const { page, problems } = await app.open();
    await page.getByTestId('nav-reports').click();
    await page.getByTestId('package-year').fill(String(Y));
    await page.getByTestId('package-year').press('Tab');
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('package-make').click()]);
    expect(download.suggestedFilename()).toBe(`幸福里社区${Y}年上报包.zip`);
    await download.saveAs((lastYearPackage = path.join(dir, 'last.zip')));

    // Registered after the package, dated in the reported year.
    const list = await app.host.api<{ rows: { id: number; name: string }[] }>('members.list', { pageSize: 50 });
    const qian = list.rows.find((r) => r.name === '钱二')!.id;
    await app.host.api('members.changeStatus', { id: qian, change: '死亡', occurredOn: `${Y}-12-10` });

    // Last year reads as reported, the death listed against it.
    await page.getByTestId('census-year').fill(String(Y));
    await page.getByTestId('census-year').press('Tab');
    await page.getByTestId('census-asof').getByText(`统计截止：${Y}-12-31`).waitFor(WAIT);
    await page.getByTestId('census-reported').waitFor(WAIT);
    expect(await page.getByTestId('census-identity').textContent()).toContain('= 年末 4 人');
    const changes = await page.getByTestId('census-reported-changes').locator('tbody tr').allTextContents();
    expect(changes).toContain('党员总数年末党员总数43');
    const reportedPeople = await page.getByTestId('census-reported-people').locator('li').allTextContents();
    expect(reportedPeople).toEqual([`钱二：上报时计入${Y}-12-31党员总数，现记录不计入（本年记录：${Y}-12-10 死亡（上报后录入））`]);

    // This year: 年初 is the reported 4, the death is the 差 of −1, named; the reason is typed and saved.
    await page.getByTestId('census-year').fill(String(THIS_YEAR));
    await page.getByTestId('census-year').press('Tab');
    const difference = page.getByTestId('census-difference');
    await difference.waitFor(WAIT);
    expect(await difference.textContent()).toContain('实有数与应有数之差：-1 人');
    expect(await page.getByTestId('census-identity').textContent()).toContain(`年初 4 人 − 差 1 人 + 增加 0 人 − 减少 0 人 = 年末 3 人，核对一致`);
    expect(await page.getByTestId('census-difference-people').locator('li').allTextContents()).toEqual([
      `钱二：上报时计入${Y}-12-31党员总数，现记录不计入（本年记录：${Y}-12-10 死亡（上报后录入））`,
    ]);
    await page.getByTestId('census-difference-reason').fill('钱二上年12月去世，家属今年告知后补录');
    await page.getByTestId('census-difference-save').click();
    await page.getByText('已保存差异原因').waitFor(WAIT);
    expect(problems).toEqual([]);
  });

  it('stored the report, the reason and its log in the ledger', async () => {
    await app.host.stop();
    const db = new Database(path.join(dir, 'ledger.sqlite'), { readonly: true });
    try {
      expect(db.prepare('SELECT year, as_of AS asOf, source FROM census_reports').all()).toEqual([{ year: Y, asOf: `${Y}-12-31`, source: '上报包' }]);
      expect(db.prepare('SELECT year, difference, reason FROM census_diff_reasons').all()).toEqual([
        { year: THIS_YEAR, difference: -1, reason: '钱二上年12月去世，家属今年告知后补录' },
      ]);
      expect(db.prepare("SELECT count(*) AS n FROM audit_log WHERE call = 'census.explainDifference'").get()).toEqual({ n: 1 });
      const report = JSON.parse((db.prepare('SELECT report FROM census_reports').get() as { report: string }).report) as { identity: { end: number } };
      expect(report.identity.end).toBe(4);
    } finally {
      db.close();
    }
    await app.start();
  });

  it('the street shows the same 差 in the community’s 年初 + 增 − 减 (± 差) = 年末, its 年初 matching last year’s package', async () => {
    const { page: community } = await app.open();
    await community.getByTestId('nav-reports').click();
    const [download] = await Promise.all([community.waitForEvent('download', { timeout: 60_000 }), community.getByTestId('package-make').click()]);
    const thisYearPackage = path.join(dir, 'this.zip');
    await download.saveAs(thisYearPackage);
    await community.close();

    const street = await startHost(freshDataDir());
    try {
      await street.api('street.setKind', { kind: '街道' });
      await street.api('settings.save', { streetName: '和平街道' });
      const files: string[] = [];
      for (const file of [lastYearPackage, thisYearPackage]) {
        files.push(
          (await street.api<{ uploadId: string }>('street.upload', { fileName: path.basename(file), data: fs.readFileSync(file).toString('base64') })).uploadId,
        );
      }
      await street.api('street.importPackages', { files });
      const { page, problems } = await openApp(app.browser, street);
      await page.getByTestId('nav-summary').click();
      await page.getByTestId('street-tab-census').click();
      const row = page.getByTestId('street-census-view').getByTestId('street-census-row-幸福里社区');
      await row.waitFor(WAIT);
      expect(await row.getByTestId('street-census-balance').textContent()).toContain('4 + 0 − 0 − 差1 = 3');
      expect(await row.textContent()).toContain('相符');
      expect(await row.getByTestId('street-census-start-mismatch').count()).toBe(0);
      expect(problems).toEqual([]);
    } finally {
      await street.stop();
    }
  });

  it('once last year is closed, a status change dated in it is refused in the dialog naming the year, and nothing is stored', async () => {
    await app.host.api('years.close', { year: Y, operator: '王芳' });
    const { page, problems } = await app.open();
    await page.getByTestId('nav-members').click();
    await page.getByTestId('member-table').getByText('赵一').click();
    await page.getByTestId('member-status').click();
    const dialog = page.locator('.ant-modal:visible');
    await pickOption(dialog, '变更类型', '死亡');
    await fillDate(dialog, '日期', `${Y}-11-01`);
    await page.locator('#status-submit').click();
    await page.getByText(`${Y}年度已封账，不能登记日期为${Y}-11-01的赵一的死亡记录`, { exact: false }).first().waitFor(WAIT);
    const list = await app.host.api<{ rows: { id: number; name: string }[] }>('members.list', { pageSize: 50 });
    const zhao = await app.host.api<{ events: { kind: string }[] }>('members.get', { id: list.rows.find((r) => r.name === '赵一')!.id });
    expect(zhao.events.map((e) => e.kind)).not.toContain('死亡');
    expect(problems).toEqual([]);
  });
});
