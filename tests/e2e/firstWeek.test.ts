// A new community ledger through 首页's 开始使用 list: each step ticks itself once done on its
// own page — the names in 系统设置, the 建账日期, and a first roster import (an .xls, as old
// systems save it) that creates the community organisation and its branches before importing.
import fs from 'node:fs';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { StartChecklist } from '../../api/schemas/home';
import { id } from '../fixtures/rosterFixtures';
import { freshDataDir, useApp } from './harness';

const WAIT = { timeout: 10_000 };
/** Where screenshots go when asked for (FIRST_WEEK_SHOTS=/tmp/shots). */
const SHOTS = process.env.FIRST_WEEK_SHOTS;

describe('the first week of a new community ledger', () => {
  let page: Page;
  let problems: string[];
  const dir = freshDataDir();
  const stepDone = (key: string) => page.getByTestId(`start-step-${key}`).getAttribute('data-done');

  const app = useApp(dir);
  beforeAll(async () => {
    ({ page, problems } = await app.open());
  });

  it('shows 开始使用 after the 社区 choice, with nothing else on an empty 首页', async () => {
    await page.getByTestId('mode-community').click();
    await page.getByTestId('ledger-start-save').click();
    const list = page.getByTestId('start-checklist');
    await list.waitFor(WAIT);
    await expect.poll(() => stepDone('start'), WAIT).toBe('yes');
    expect(await stepDone('names')).toBe('no');
    expect(await page.getByTestId('home-empty').textContent()).toContain('还没有党组织和党员');
    expect(await page.getByTestId('reminders-meetings-overdue').count()).toBe(0);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/checklist-new.png`, fullPage: true });
  });

  it('ticks the names once 系统设置 has them', async () => {
    await page.getByTestId('start-step-names').getByText('去系统设置').click();
    await page.getByLabel('社区名称').fill('幸福里社区');
    await page.getByLabel('所属街道').fill('和平街道');
    await page.getByTestId('settings-save').click();
    await expect.poll(async () => (await app.host.api<{ communityName: string | null }>('settings.get')).communityName, WAIT).toBe('幸福里社区');
    await page.getByTestId('nav-home').click();
    await expect.poll(() => stepDone('names'), WAIT).toBe('yes');
  });

  it('imports an .xls roster from the list: the organisations first, then the people', async () => {
    const sheet = XLSX.utils.aoa_to_sheet([
      ['党员基本信息'],
      ['姓名', '性别', '公民身份号码', '所在党组织', '加入党组织日期', '转为正式党员日期', '人员类别'],
      ['张秀兰', '女', id('11010519750312002'), '第一网格党支部', '2001-07-01', '2002-07-01', '正式党员'],
      ['李建国', '男', id('11010519600501001'), '离退休党支部', '1985-06-01', '1986-06-01', '正式党员'],
    ]);
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, sheet, '党员信息');
    const file = path.join(dir, '党员信息.xls');
    fs.writeFileSync(file, XLSX.write(book, { type: 'buffer', bookType: 'xls' }) as Buffer);

    await page.getByTestId('start-step-roster').getByText('去导入').click();
    await page.getByTestId('roster-import').click();
    await page.locator('.import-drawer input[type=file]').setInputFiles(file);
    const missing = page.getByTestId('import-missing-orgs');
    await missing.waitFor(WAIT);
    expect(await missing.textContent()).toContain('先新建社区党组织“幸福里社区党委”');
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/import-missing.png` });
    await page.getByTestId('import-create-orgs').click();
    await missing.waitFor({ state: 'detached', ...WAIT });
    await expect.poll(() => page.getByTestId('import-commit').textContent(), WAIT).toContain('新增 2 人');
    expect(await page.getByTestId('import-proposal-retiredClass').textContent()).toContain('离退休党支部的 1 名党员未填社区分类');
    await page.getByTestId('import-accept-retiredClass').click();
    await expect.poll(() => page.getByTestId('import-proposal-retiredClass').locator('input[type=checkbox]').isChecked(), WAIT).toBe(true);
    await page.getByTestId('import-commit').click();
    await page.getByTestId('import-done').waitFor(WAIT);
    const { rows } = await app.host.api<{ rows: { name: string; branchName: string; joinedOn: string; communityClass: string }[] }>('members.list', {});
    expect(rows.map((r) => [r.name, r.branchName, r.joinedOn, r.communityClass]).sort()).toEqual([
      ['张秀兰', '第一网格党支部', '2001-07-01', '直管'],
      ['李建国', '离退休党支部', '1985-06-01', '离退休'],
    ]);
    await page.keyboard.press('Escape');
    await page.getByTestId('nav-home').click();
    await expect.poll(() => stepDone('roster'), WAIT).toBe('yes');
    const list = await app.host.api<StartChecklist>('home.checklist');
    expect(list.steps.filter((s) => s.done).map((s) => s.key)).toEqual(['names', 'start', 'roster']);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/checklist-after-import.png`, fullPage: true });
  });

  it('goes when put away', async () => {
    await page.getByTestId('start-checklist-dismiss').click();
    await page.getByTestId('start-checklist').waitFor({ state: 'detached', ...WAIT });
    expect((await app.host.api<StartChecklist>('home.checklist')).show).toBe(false);
    expect(problems).toEqual([]);
  });
});
