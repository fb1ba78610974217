// 党费 through the UI, on last year (every month of it is past): bases entered in the
// 基数核定 form, a branch month recorded "全部已交" with two exceptions, a 补交/预交 over
// several months, a reversal, then the arrears and the 自行脱党 reminder at six months; the
// 统计表 exported from the page; bases imported from a file with one bad row.
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { todayIso } from '../../api/rules/dates';
import { idCheckChar } from '../../api/rules/idNumber';
import type { DuesArrears, DuesBasesPage, DuesMemberYear, DuesMonthPage } from '../../api/schemas/dues';
import { addFullMembers, createCommunity, freshDataDir, pickOption, useApp } from './harness';
import { readWorkbook } from '../support/readBack';

const LAST = Number(todayIso().slice(0, 4)) - 1;
const BRANCH = '幸福里社区党委 / 第一网格党支部';
const NAMES = ['赵一', '钱二', '孙三', '李四', '周五'] as const;

/** The 党费 page on a tab, with last year chosen. */
async function openDues(page: Page, tab: string) {
  await page.getByTestId('nav-dues').click();
  await page.getByTestId(`dues-tab-${tab}`).click();
  await page.getByTestId('dues-year').fill(String(LAST));
  await page.getByTestId('dues-year').press('Tab');
}

describe('党费 through the UI', () => {
  let branchId: number;
  const dir = freshDataDir();

  const app = useApp(dir);
  beforeAll(async () => {
    ({ branchId } = await createCommunity(app.host));
    await addFullMembers(app.host, branchId, NAMES);
  });

  it('enters each member’s base in 元 and stores it in 分, with the month it applies from', async () => {
    const { page, problems } = await app.open();
    await openDues(page, 'bases');
    await page.getByTestId('dues-bases-missing').waitFor();
    // 3000.01 is above the first band (1%); 离退休 5000.00 is still 0.5%; 学生 pays a fixed 0.20.
    const bases: [string, string, string | null][] = [
      ['赵一', '在职', '3000.01'],
      ['钱二', '在职', '2500'],
      ['孙三', '离退休', '5000.00'],
      ['李四', '学生', null],
      ['周五', '在职', '12000'],
    ];
    for (const [name, kind, base] of bases) {
      await page.getByTestId(`dues-base-edit-${name}`).click();
      const dialog = page.getByTestId('dues-base-form');
      if (kind !== '在职') await pickOption(dialog, '缴费类别', kind);
      if (base) await dialog.getByLabel('基数', { exact: true }).fill(base);
      await page.getByTestId('dues-base-save').click();
      await dialog.waitFor({ state: 'hidden' });
    }
    await page.getByTestId('dues-bases-missing').waitFor({ state: 'hidden' });
    await expect.poll(() => page.getByTestId('dues-base-赵一').getByTestId('base').textContent()).toBe('3,000.01');

    const stored = await app.host.api<DuesBasesPage>('dues.bases', { year: LAST, orgId: branchId });
    const byName = Object.fromEntries(stored.rows.map((r) => [r.name, r]));
    expect(NAMES.map((n) => [byName[n]!.current?.kind, byName[n]!.current?.baseFen, byName[n]!.current?.fromMonth, byName[n]!.monthlyDueFen])).toEqual([
      ['在职', 300001, `${LAST}-01`, 3000],
      ['在职', 250000, `${LAST}-01`, 1250],
      ['离退休', 500000, `${LAST}-01`, 2500],
      ['学生', null, `${LAST}-01`, 20],
      ['在职', 1200000, `${LAST}-01`, 24000],
    ]);
    expect(stored.missingCount).toBe(0);
    expect(problems).toEqual([]);
  });

  it('records January for the branch with two exceptions, a 补交 over months, and a reversal', async () => {
    const { page, problems } = await app.open();
    await openDues(page, 'month');
    await pickOption(page, '党组织', BRANCH);
    await pickOption(page, '月份', '1月');
    await page.getByTestId('dues-row-赵一').waitFor();

    await page.getByTestId('dues-pay-all').click();
    const all = page.getByTestId('dues-pay-all-form');
    // Everyone is payable when the dialog opens; the exceptions are ticked on that state.
    await expect.poll(() => all.getByTestId('dues-pay-all-summary').textContent()).toContain('将记录 5 人');
    await all.getByTestId('dues-except-李四').click();
    await all.getByTestId('dues-except-周五').click();
    await expect.poll(() => all.getByTestId('dues-pay-all-summary').textContent()).toContain('将记录 3 人，合计 67.50 元');
    await all.getByLabel('收款人', { exact: true }).fill('组织委员');
    await page.getByTestId('dues-pay-all-ok').click();
    await all.waitFor({ state: 'hidden' });
    await expect.poll(() => page.getByTestId('dues-total-paid').textContent()).toBe('67.50');

    // 李四 pays January to July at once: 7 × 0.20, split month by month.
    await page.getByTestId('dues-pay-李四').click();
    const pay = page.getByTestId('dues-pay-form');
    await pickOption(pay, '截止月份', '7月（未交）');
    await expect.poll(() => pay.getByLabel('金额', { exact: true }).inputValue()).toBe('1.40');
    await pay.getByLabel('收据编号', { exact: true }).fill(`${LAST}-007`);
    await page.getByTestId('dues-pay-ok').click();
    await pay.waitFor({ state: 'hidden' });

    // 钱二's January was recorded by mistake: reversed, not edited.
    await page.getByTestId('dues-reverse-钱二').click();
    const reverse = page.getByTestId('dues-reverse-form');
    await reverse.getByLabel('冲销原因', { exact: true }).fill('误记，本人未交');
    await page.getByTestId('dues-reverse-ok').click();
    await reverse.waitFor({ state: 'hidden' });
    await expect.poll(() => page.getByTestId('dues-total-paid').textContent()).toBe('55.20');

    const month = await app.host.api<DuesMonthPage>('dues.month', { orgId: branchId, month: `${LAST}-01` });
    const row = (name: string) => month.rows.find((r) => r.name === name)!;
    expect(NAMES.map((n) => [n, row(n).dueFen, row(n).paidFen, row(n).status])).toEqual([
      ['赵一', 3000, 3000, '已交'],
      ['钱二', 1250, 0, '未交'],
      ['孙三', 2500, 2500, '已交'],
      ['李四', 20, 20, '已交'],
      ['周五', 24000, 0, '未交'],
    ]);
    expect(row('赵一').payments).toMatchObject([{ method: '现金', collector: '组织委员', reversesId: null }]);
    expect(
      row('钱二')
        .payments.map((p) => p.amountFen)
        .sort(),
    ).toEqual([-1250, 1250]);
    const li = await app.host.api<DuesMemberYear>('dues.member', { memberId: row('李四').memberId, year: LAST });
    expect(li.months.slice(0, 8).map((m) => m.paidFen)).toEqual([20, 20, 20, 20, 20, 20, 20, 0]);
    expect(li.payments).toMatchObject([{ amountFen: 140, receiptNo: `${LAST}-007` }]);
    expect(li.paidThrough).toBe(`${LAST}-07`);
    expect(problems).toEqual([]);
  });

  it('lists the arrears up to July, and names six months in a row as a reminder, never a change', async () => {
    const { page, problems } = await app.open();
    await openDues(page, 'arrears');
    await pickOption(page, '截至月份', '7月');
    await page.getByTestId('dues-arrears-周五').waitFor();
    // The row is already there for December (the default) until July's list arrives.
    await expect.poll(() => page.getByTestId('dues-arrears-周五').getByTestId('months-owed').textContent()).toBe('7');
    expect(await page.getByTestId('dues-arrears-赵一').getByTestId('months-owed').textContent()).toBe('6');
    expect(await page.getByTestId('dues-arrears-table').getByText('李四').count()).toBe(0);
    const warning = page.getByTestId('dues-lapse-warning');
    await warning.getByText('周五').waitFor();
    expect(await warning.textContent()).toContain('不会自动变更');
    for (const name of ['赵一', '钱二', '孙三']) expect(await warning.getByText(name, { exact: true }).count()).toBe(1);

    const arrears = await app.host.api<DuesArrears>('dues.arrears', { asOf: `${LAST}-07`, orgId: branchId });
    expect(arrears.rows.map((r) => [r.name, r.unpaidMonths.length, r.longestRun]).sort()).toEqual(
      [
        ['周五', 7, 7],
        ['孙三', 6, 6],
        ['赵一', 6, 6],
        ['钱二', 7, 7],
      ].sort(),
    );
    expect(arrears.lapseCount).toBe(4);
    // Nobody's 党籍 was touched by the warning.
    const roster = await app.host.api<{ rows: { name: string; partyStatus: string }[] }>('members.list', { pageSize: 20 });
    expect(roster.rows.every((r) => r.partyStatus === '正常')).toBe(true);
    expect(problems).toEqual([]);
  });

  it('exports the 统计表 by month from the page header with January’s 应交, 实交 and 欠交人数', async () => {
    const { page, problems } = await app.open();
    await openDues(page, 'arrears');
    await page.getByTestId('dues-export-stats').hover();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('dues-export-stats-月').click()]);
    const wb = await readWorkbook(await download.path());
    const sheet = wb.worksheets[0]!;
    expect(sheet.getCell('A1').value).toBe(`${LAST}年党费收缴情况统计表（按月）`);
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const january = rows.find((r) => r[1] === '1月' && r[2] === '第一网格党支部')!;
    // 应交人数, 应交, 实交, 欠交人数, 欠交: five owed 307.70; 赵一, 孙三 and 李四 paid (55.20);
    // 钱二 (reversed) and 周五 (an exception) did not.
    expect(january.slice(3, 8)).toEqual([5, 307.7, 55.2, 2, 252.5]);
    expect(problems).toEqual([]);
  });

  it('gives a member’s 党费交纳证明 from the member drawer', async () => {
    const { page, problems } = await app.open();
    await page.getByTestId('nav-members').click();
    await page.getByTestId('member-table').getByText('李四').click();
    const drawer = page.locator('.ant-drawer:visible');
    const [download] = await Promise.all([page.waitForEvent('download'), drawer.getByTestId('dues-certificate').click()]);
    const wb = await readWorkbook(await download.path());
    expect(wb.worksheets[0]!.getCell('A1').value).toBe('党费交纳证明');
    expect(problems).toEqual([]);
  });

  it('imports bases from a file: the bad row is named in the preview, the good rows land in the table', async () => {
    // Two members without a base yet; the third row's 身份证号 is on nobody's record.
    const ids = ['01', '02', '03'].map((day) => {
      const first17 = `110105198002${day}002`;
      return first17 + idCheckChar(first17);
    });
    for (const [i, name] of ['吴六', '郑七'].entries()) {
      await app.host.api('members.create', {
        name,
        gender: '女',
        birthDate: `1980-02-0${i + 1}`,
        idNumber: ids[i],
        joinedOn: '2005-07-01',
        fullMemberOn: '2006-07-01',
        category: '正式党员',
        communityClass: '直管',
        branchId,
      });
    }
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('党费基数');
    ws.addRow(['姓名', '公民身份号码', '缴费类别', '基数（元）']);
    ws.addRow(['吴六', ids[0], '在职', 4500]);
    ws.addRow(['郑七', ids[1], '离退休', '3000.00']);
    ws.addRow(['王八', ids[2], '在职', 2000]);
    const file = path.join(dir, '党费基数.xlsx');
    await wb.xlsx.writeFile(file);

    const { page, problems } = await app.open();
    await openDues(page, 'bases');
    await page.getByTestId('dues-base-吴六').waitFor();
    await page.getByTestId('dues-bases-import').click();
    const drawer = page.locator('.import-drawer');
    await drawer.getByText(`导入${LAST}年党费基数`).waitFor();
    // Rows without 起始月份 apply from January of the year on the page.
    expect(await drawer.getByTestId('import-from-month').textContent()).toBe(`${LAST}-01`);
    await drawer.locator('input[type=file]').setInputFiles(file);
    const badRow = drawer.getByTestId('import-preview').locator('tr', { hasText: '王八' });
    await badRow.waitFor();
    expect(await badRow.textContent()).toContain(`花名册中没有身份证号为 ${ids[2]} 的党员`);
    expect(await badRow.textContent()).toContain('有错误，不导入');
    expect(await drawer.getByTestId('import-commit').textContent()).toContain('新增 2 条');

    await drawer.getByTestId('import-commit').click();
    await page.getByText('新增 2 条基数，重新核定 0 条，有错误未导入 1 行。导入前的数据已备份。').waitFor();
    await expect.poll(() => page.getByTestId('dues-base-吴六').getByTestId('base').textContent()).toBe('4,500.00');
    expect(await page.getByTestId('dues-base-郑七').getByTestId('base').textContent()).toBe('3,000.00');

    const stored = await app.host.api<DuesBasesPage>('dues.bases', { year: LAST, orgId: branchId });
    const byName = Object.fromEntries(stored.rows.map((r) => [r.name, r]));
    expect(
      ['吴六', '郑七'].map((n) => [
        byName[n]!.current?.kind,
        byName[n]!.current?.baseFen,
        byName[n]!.current?.fromMonth,
        byName[n]!.current?.source,
        byName[n]!.monthlyDueFen,
      ]),
    ).toEqual([
      ['在职', 450000, `${LAST}-01`, '导入', 4500],
      ['离退休', 300000, `${LAST}-01`, '导入', 1500],
    ]);
    expect(stored.rows.some((r) => r.name === '王八')).toBe(false);
    expect(problems).toEqual([]);
  });
});
