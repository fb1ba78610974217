// The secretary's first day: build the tree, put a member on the roster through the
// form, get refused for a mistyped 身份证号, filter, transfer someone out, and find it
// all again after the program restarts.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { idCheckChar } from '../../api/rules/idNumber';
import { fillDate, freshDataDir, pickOption, useApp } from './harness';

const validId = (first17: string) => first17 + idCheckChar(first17);
const ZHANG_ID = validId('11010519750312002'); // 1975-03-12, digit 17 even: 女
const WRONG_ID = ZHANG_ID.slice(0, 17) + (ZHANG_ID[17] === '1' ? '2' : '1');

interface ListResult {
  rows: {
    id: number;
    name: string;
    idNumber: string;
    gender: string;
    birthDate: string;
    branchName: string;
    groupName: string | null;
    leftReason: string | null;
  }[];
  total: number;
}

describe('党组织 and 党员花名册 through the UI', () => {
  let page: Page;
  let problems: string[];
  const dataDir = freshDataDir();

  const app = useApp(dataDir);
  beforeAll(async () => {
    ({ page, problems } = await app.open());
  });

  async function addOrg(name: string, kind: string, parentPath?: string) {
    await page.getByTestId('org-add').click();
    await page.getByLabel('组织名称').fill(name);
    await pickOption(page, '组织类别', kind);
    if (parentPath) await pickOption(page, '上级组织', parentPath);
    await page.getByTestId('org-save').click();
    await page.getByTestId(`org-node-${name}`).waitFor();
  }

  it('builds the tree: 社区党委 → 党支部 → 党小组', async () => {
    await page.getByTestId('nav-orgs').click();
    await addOrg('幸福里社区党委', '党委');
    await addOrg('第一网格党支部', '党支部', '幸福里社区党委');
    await addOrg('第二网格党支部', '党支部', '幸福里社区党委');
    await addOrg('1号楼党小组', '党小组', '幸福里社区党委 / 第一网格党支部');
    const orgs = await app.host.api<{ name: string; kind: string; parentId: number | null; id: number }[]>('orgs.list');
    const byName = new Map(orgs.map((o) => [o.name, o]));
    expect(byName.get('第一网格党支部')?.parentId).toBe(byName.get('幸福里社区党委')?.id);
    expect(byName.get('1号楼党小组')?.parentId).toBe(byName.get('第一网格党支部')?.id);
    expect(byName.get('1号楼党小组')?.kind).toBe('党小组');
  });

  it('refuses a mistyped 身份证号 in Chinese and saves nothing, then saves the corrected member', async () => {
    await page.getByTestId('nav-members').click();
    await page.getByTestId('member-add').click();
    const form = page.locator('.member-form-drawer');
    await form.getByLabel('姓名', { exact: true }).fill('张秀兰');
    await form.getByLabel('公民身份号码').fill(WRONG_ID);
    await expect.poll(() => form.getByText('公民身份号码校验位不符').count()).toBeGreaterThan(0);
    await fillDate(form, '出生日期', '1975-03-12');
    await pickOption(form, '性别', '女');
    await fillDate(form, '入党日期', '2001-07-01');
    await fillDate(form, '转正日期', '2002-07-01');
    await pickOption(form, '所在党支部', '幸福里社区党委 / 第一网格党支部');
    await pickOption(form, '所在党小组', '1号楼党小组');
    await form.getByLabel('联系电话').fill('13800138000');
    await page.getByTestId('member-save').click();
    await page.getByText('表单中有需要修改的项目').waitFor();
    expect((await app.host.api<ListResult>('members.list', {})).total).toBe(0);

    await form.getByLabel('公民身份号码').fill(ZHANG_ID);
    await page.getByTestId('member-save').click();
    await page.getByText('已新增党员').waitFor();
    const { rows, total } = await app.host.api<ListResult>('members.list', {});
    expect(total).toBe(1);
    expect(rows[0]).toMatchObject({
      name: '张秀兰',
      idNumber: `${ZHANG_ID.slice(0, 6)}********${ZHANG_ID.slice(-4)}`,
      gender: '女',
      birthDate: '1975-03-12',
      branchName: '第一网格党支部',
      groupName: '1号楼党小组',
    });
    // Masked in the list and the detail; the full number on request, and the request is logged.
    // Saving opens the new member's detail.
    await page.getByTestId('member-id-number').waitFor();
    expect(await page.getByTestId('member-id-number').textContent()).toBe(`${ZHANG_ID.slice(0, 6)}********${ZHANG_ID.slice(-4)}`);
    await page.getByTestId('member-reveal').click();
    await expect.poll(() => page.getByTestId('member-id-number').textContent()).toBe(ZHANG_ID);
    const log = await app.host.api<{ rows: { call: string; target: string }[] }>('audit.list', { call: 'members.reveal' });
    expect(log.rows).toEqual([expect.objectContaining({ call: 'members.reveal', target: `id=${rows[0].id}` })]);
    await page.keyboard.press('Escape');
  });

  it('filters the roster by 支部 and by keyword', async () => {
    const orgs = await app.host.api<{ id: number; name: string }[]>('orgs.list');
    const second = orgs.find((o) => o.name === '第二网格党支部')!;
    await app.host.api('members.create', {
      name: '李建国',
      gender: '男',
      birthDate: '1960-05-01',
      idNumber: validId('11010519600501001'),
      joinedOn: '1985-06-01',
      fullMemberOn: '1986-06-01',
      category: '正式党员',
      communityClass: '离退休',
      branchId: second.id,
    });
    await page.keyboard.press('Escape'); // the new member's page opened after saving
    await page.getByTestId('nav-home').click();
    await page.getByTestId('nav-members').click();
    const table = page.getByTestId('member-table');
    await table.getByText('李建国').waitFor();
    await table.getByText('张秀兰').waitFor();

    await page.getByTestId('filter-branch').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="幸福里社区党委 / 第二网格党支部"]').click();
    await expect.poll(() => table.getByText('张秀兰').count()).toBe(0);
    expect(await table.getByText('李建国').count()).toBe(1);

    await page.getByTestId('filter-branch').locator('.ant-select-clear').click({ force: true });
    await page.getByPlaceholder('姓名、身份证号或电话').fill('138001');
    await page.getByPlaceholder('姓名、身份证号或电话').press('Enter');
    await expect.poll(() => table.getByText('李建国').count()).toBe(0);
    expect(await table.getByText('张秀兰').count()).toBe(1);
  });

  it('transfers a member out and finds them under 历史党员 with the dated record', async () => {
    await page.getByTestId('member-table').getByText('张秀兰').click();
    await page.getByTestId('member-status').click();
    await pickOption(page, '变更类型', '转出');
    await page.getByLabel('转往的党组织').fill('和平街道机关党支部');
    await page.getByLabel('介绍信编号').fill('京组转〔2026〕018号');
    await page.locator('#status-submit').click();
    await page.getByText('已办理转出').waitFor();
    await page.getByTestId('member-history').getByText('和平街道机关党支部').waitFor();

    const history = await app.host.api<ListResult>('members.list', { view: 'history' });
    expect(history.rows.map((r) => [r.name, r.leftReason])).toEqual([['张秀兰', '转出']]);
    expect((await app.host.api<ListResult>('members.list', {})).rows.map((r) => r.name)).toEqual(['李建国']);

    await page.locator('.ant-drawer-close:visible').click();
    await page.getByTestId('tab-history').click();
    await page.getByTestId('member-table').getByText('张秀兰').waitFor();
  });

  it('keeps everything after the host restarts', async () => {
    await page.close();
    await app.host.stop();
    await app.start();
    ({ page, problems } = await app.open());
    await page.getByTestId('nav-members').click();
    await page.getByTestId('member-table').getByText('李建国').waitFor();
    await page.getByTestId('tab-history').click();
    await page.getByTestId('member-table').getByText('张秀兰').waitFor();
    await page.getByTestId('nav-orgs').click();
    await page.getByTestId('org-node-1号楼党小组').waitFor();
    const detail = await app.host.api<{ events: { kind: string; place: string; letterNo: string }[] }>('members.get', {
      id: (await app.host.api<ListResult>('members.list', { view: 'history' })).rows[0].id,
    });
    expect(detail.events[0]).toMatchObject({ kind: '转出', place: '和平街道机关党支部', letterNo: '京组转〔2026〕018号' });
    expect(problems).toEqual([]);
  });
});
