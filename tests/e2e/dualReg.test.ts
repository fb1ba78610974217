// 双报到 through the UI: a unit and two 在职党员 register, serve together, a 微心愿
// goes through all five steps, and the unit's feedback sheet says so.
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { idCheckChar } from '../../api/rules/idNumber';
import { todayIso } from '../../api/rules/dates';
import { pickOption, useApp } from './harness';

const id = (first17: string) => first17 + idCheckChar(first17);

describe('双报到 through the UI', () => {
  let page: Page;
  let problems: string[];

  const app = useApp();
  beforeAll(async () => {
    ({ page, problems } = await app.open());
  });

  const dialog = () => page.locator('.ant-modal:visible');

  it('registers a unit and two 在职党员', async () => {
    await page.getByTestId('nav-dual').click();
    await page.getByTestId('unit-add').click();
    await dialog().getByLabel('单位名称').fill('区税务局');
    await dialog().getByLabel('党组织名称').fill('区税务局机关党委');
    await page.locator('#unit-save').click();
    await page.getByTestId('unit-table').getByText('区税务局机关党委').waitFor();

    await page.getByTestId('dual-tab-onjob').click();
    for (const [name, idNumber] of [
      ['王建业', id('11010519850505001')],
      ['刘晓梅', id('11010519880808002')],
    ]) {
      await page.getByTestId('onjob-add').click();
      await dialog().getByLabel('姓名').fill(name);
      await dialog().getByLabel('公民身份号码').fill(idNumber);
      await pickOption(dialog(), '报到单位', '区税务局');
      await page.locator('#onjob-save').click();
      await page.getByTestId('onjob-table').getByText(name).waitFor();
    }
    const people = await app.host.api<{ name: string; unitName: string; gender: string }[]>('dual.onjob');
    expect(people.map((p) => [p.name, p.unitName, p.gender])).toEqual([
      ['王建业', '区税务局', '男'],
      ['刘晓梅', '区税务局', '女'],
    ]);
  });

  it('holds an activity with both', async () => {
    await page.getByTestId('dual-tab-activities').click();
    await page.getByTestId('activity-add').click();
    await dialog().getByLabel('主题').fill('楼道清理志愿服务');
    await pickOption(dialog(), '参加的在职党员', '王建业');
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="刘晓梅"]').click();
    await dialog().getByLabel('每人服务时长（小时）').fill('3');
    await page.locator('#activity-save').click();
    await page.getByTestId('activity-table').getByText('楼道清理志愿服务').waitFor();
  });

  it('takes a 微心愿 through all five steps in order', async () => {
    await page.getByTestId('dual-tab-demands').click();
    await page.getByTestId('demand-add').click();
    await dialog().getByLabel('标题').fill('想要一台收音机');
    await dialog().getByLabel('点单居民').fill('孙奶奶');
    await dialog().getByLabel('登记人').fill('网格员小陈');
    await page.locator('#demand-save').click();
    for (const step of ['支部议单', '社区派单', '党员接单', '党群评单']) {
      await page.getByTestId('step-想要一台收音机').click();
      await dialog().getByLabel('经办人（签名）').fill('李书记');
      if (step === '党员接单') await pickOption(dialog(), '接单的在职党员', '刘晓梅');
      await page.locator('#step-save').click();
      await page.getByText(`已办理“${step}”`).waitFor();
    }
    await page.getByTestId('board-done').getByText('想要一台收音机').waitFor();
    const [demand] = await app.host.api<{ steps: { step: string; doneBy: string; onjobName: string | null }[]; next: string | null }[]>('dual.demands');
    expect(demand.steps.map((s) => s.step)).toEqual(['居民点单', '支部议单', '社区派单', '党员接单', '党群评单']);
    expect(demand.steps[3].onjobName).toBe('刘晓梅');
    expect(demand.next).toBeNull();
  });

  it('exports the feedback workbook with the unit’s sheet', async () => {
    await page.getByTestId('dual-tab-figures').click();
    await page.getByTestId('figures-table').getByText('王建业').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-feedback').click()]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(await download.path());
    expect(wb.worksheets.map((w) => w.name)).toEqual(['区税务局']);
    const rows = wb.worksheets[0]
      .getSheetValues()
      .filter(Array.isArray)
      .map((r) => r.slice(1));
    const header = rows.find((r) => r[0] === '序号')!;
    const wang = rows.find((r) => r[1] === '王建业')!;
    expect(wang[header.indexOf('参加活动次数')]).toBe(1);
    expect(wang[header.indexOf('服务时长（小时）')]).toBe(3);
    expect(wang[header.indexOf('主要服务内容')]).toBe('楼道清理志愿服务');
    expect(wang[header.indexOf('社区评价等次')]).toBe('不合格'); // 1 activity, below the default 4
    expect((wang[header.indexOf('报到日期')] as Date).toISOString().slice(0, 10)).toBe(todayIso());
    expect(problems).toEqual([]);
  });

  it('narrows the year’s people to 不合格 and changes one 社区评价 with a reason', async () => {
    const grades = page.getByTestId('people-grade');
    await grades.getByText('不合格 2').click();
    await page.getByTestId('adjust-刘晓梅').click();
    await pickOption(dialog(), '社区评价', '合格');
    await dialog().getByLabel('调整理由').fill('单位集中培训，已书面说明');
    await dialog().locator('.ant-btn-primary').click();
    await page.getByText('已将刘晓梅的社区评价调整为“合格”').waitFor();
    await grades.getByText('合格 1', { exact: true }).waitFor();
    // The 不合格 view no longer lists her; what the ledger keeps is the grade and the reason.
    await expect.poll(() => page.getByTestId('figures-table').locator('tbody tr.ant-table-row').count()).toBe(1);
    const year = Number(todayIso().slice(0, 4));
    const kept = await app.host.api<{ rows: { name: string; suggested: string; grade: string; reason: string }[] }>('dual.people', { year, grade: '合格' });
    expect(kept.rows).toEqual([expect.objectContaining({ name: '刘晓梅', suggested: '不合格', grade: '合格', reason: '单位集中培训，已书面说明' })]);
    // Another year starts with no filter left over: nobody was registered then.
    await page.getByTestId('dual-year').fill(String(year - 1));
    await page.getByTestId('dual-year').press('Enter');
    await page
      .getByTestId('figures-table')
      .getByText(`${year - 1}年没有已报到的在职党员`)
      .waitFor();
    expect(await page.getByTestId('people-grade').locator('.ant-radio-button-wrapper-checked').textContent()).toBe('全部');
    expect(problems).toEqual([]);
  });
});
