// The first week's small findings, on the 示例数据: no code names on screen (积分规则, 补开),
// 欠费 opening on this month, 记录会议 with no type ticked, and the 上报包 card first on 报表,
// saying where the file went and keeping a copy in the data folder's exports/上报包/.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { MEETING_TYPES } from '../../api/meetingTypes';
import { todayIso } from '../../api/rules/dates';
import type { MeetingSummary } from '../../api/schemas/meetings';
import { idCheckChar } from '../../api/rules/idNumber';
import type { DevPersonFile } from '../../api/schemas/development';
import { fillDate, freshDataDir, pickOption, useApp } from './harness';

const WAIT = { timeout: 15_000 };
const TODAY = todayIso();
const YEAR = Number(TODAY.slice(0, 4));

describe('first-week fixes on the 示例数据', () => {
  let page: Page;
  let problems: string[];
  const dir = freshDataDir();

  const app = useApp(dir);
  beforeAll(async () => {
    await app.host.api('sample.load', {});
    await app.host.api('settings.save', { communityName: '幸福里社区', streetName: '和平街道' });
    ({ page, problems } = await app.open());
  });

  it('shows 积分规则 by their Chinese names, without codes', async () => {
    await page.getByTestId('nav-points').click();
    await page.getByTestId('points-tab-rules').click();
    const table = page.getByTestId('rules-table');
    await table.getByText('出席党员大会').waitFor(WAIT);
    const text = (await table.textContent()) ?? '';
    expect(text).not.toMatch(/BASE|MEET_|[A-Z]{3,}_/);
    expect(await table.locator('thead th').filter({ hasText: '编码' }).count()).toBe(0);
    // A new rule needs no code typed: one is made for it.
    await page.getByTestId('rule-add').click();
    await page.getByLabel('名称', { exact: true }).fill('参加社区议事会');
    await page.locator('.ant-modal-footer .ant-btn-primary').click();
    await table.getByText('参加社区议事会').waitFor(WAIT);
    const rules = await app.host.api<{ code: string; name: string }[]>('points.rules', { year: YEAR });
    expect(rules.find((r) => r.name === '参加社区议事会')?.code).toMatch(/^LOCAL_\d+$/);
  });

  it('opens 记录会议 with no type ticked, and takes 补开 as 某年第N季度', async () => {
    await page.getByTestId('nav-meetings').click();
    await page.getByTestId('meeting-add').click();
    const form = page.locator('.meeting-form-drawer');
    await form.getByLabel('主题党日').waitFor(WAIT);
    for (const type of MEETING_TYPES) expect(await form.getByLabel(type, { exact: true }).isChecked(), type).toBe(false);
    await form.getByText('如 2026年第1季度 或 2026年3月；正常召开不填').waitFor();
    expect(await form.textContent()).not.toMatch(/\d{4}-Q\d/);

    await pickOption(form, '组织', '幸福里社区党委 / 第1网格党支部');
    await form.getByLabel('支部党员大会', { exact: true }).check();
    await form.getByLabel('地点').fill('补开会议室');
    await form.getByLabel('补开（所补期间）').fill(`${YEAR}年第1季度`);
    await form.getByTestId('meeting-save').click();
    await form.waitFor({ state: 'hidden', ...WAIT });
    const list = await app.host.api<MeetingSummary[]>('meetings.list', { year: YEAR });
    expect(list.find((m) => m.place === '补开会议室')).toMatchObject({ makeUpFor: `${YEAR}-Q1` });
    await page.getByTestId('meeting-table').getByText(`补开${YEAR}年第1季度`).waitFor(WAIT);
  });

  it('opens 欠费 on the current month', async () => {
    await page.getByTestId('nav-dues').click();
    await page.getByTestId('dues-tab-arrears').click();
    const month = page.getByTestId('dues-arrears-month');
    await expect.poll(() => month.textContent(), WAIT).toBe(`${Number(TODAY.slice(5, 7))}月`);
  });

  it('takes a 谈话人 typed by name, not only one picked from the roster', async () => {
    const orgs = await app.host.api<{ id: number; name: string }[]>('orgs.list', {});
    const branch = orgs.find((o) => o.name === '第1网格党支部')!;
    const first17 = '11010520000517002';
    const person = await app.host.api<DevPersonFile>('development.create', {
      name: '陈晓',
      gender: '女',
      ethnicity: '汉族',
      idNumber: first17 + idCheckChar(first17),
      education: '大学本科',
      workUnit: null,
      phone: null,
      orgId: branch.id,
    });
    const applied = new Date(Date.now() - 20 * 86_400_000).toISOString().slice(0, 10);
    await app.host.api('development.record', { personId: person.person.id, stepCode: 'apply', doneOn: applied });
    await page.getByTestId('nav-development').click();
    await page.getByTestId('dev-row-陈晓').click();
    await page.getByTestId('dev-record').click();
    const dialog = page.getByTestId('dev-record-form');
    const select = dialog.getByLabel('环节', { exact: true });
    await select.click();
    await select.fill('党组织派人谈话');
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="2. 党组织派人谈话"]').click();
    await fillDate(dialog, '日期', TODAY);
    await page.getByTestId('dev-record-save').click();
    await dialog.getByText('请选择或填写谈话人').waitFor(WAIT);
    await dialog.getByLabel('谈话人姓名').fill('街道组织员王明');
    await page.getByTestId('dev-record-save').click();
    await dialog.waitFor({ state: 'hidden', ...WAIT });
    const file = await app.host.api<DevPersonFile>('development.person', { id: person.person.id });
    expect(file.records.find((r) => r.stepCode === 'talk')?.people).toEqual([{ memberId: null, name: '街道组织员王明', role: '谈话人' }]);
    await page.getByTestId('dev-rec-talk').getByText('街道组织员王明').waitFor(WAIT);
    await page.locator('.ant-drawer-close').click();
  });

  it('puts the 上报包 card first on 报表, says where the file is, and keeps a copy after a restart', async () => {
    await page.getByTestId('nav-reports').click();
    const cards = page.locator('.ant-card');
    await cards.first().waitFor(WAIT);
    expect(await cards.first().locator('.ant-card-head-title').textContent()).toBe('生成上报包');
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('package-make').click()]);
    const kept = page.getByTestId('package-kept');
    await kept.waitFor(WAIT);
    const keptPath = (await kept.textContent())!.trim();
    expect(keptPath).toBe(path.join(dir, 'exports', '上报包', download.suggestedFilename()));
    expect(await page.getByTestId('package-made').textContent()).toContain(`文件“${download.suggestedFilename()}”已开始下载`);
    expect(fs.readFileSync(keptPath).equals(fs.readFileSync((await download.path())!))).toBe(true);
    expect(problems).toEqual([]);

    await app.browser.close();
    await app.host.stop();
    await app.start();
    expect(fs.existsSync(keptPath)).toBe(true);
  });
});
