// 发展党员 through the UI (issue 19): an applicant registered on the page, made 积极分子, refused as
// 发展对象 one day short of a year and accepted on the anniversary, 入党介绍人 picked from the
// roster, the 支部大会 vote refused without a majority and recorded with one, the 审批 that puts
// the person on the roster as 预备党员 with the 支部大会 date as 入党日期, and the 进度表 exported.
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { idCheckChar } from '../../api/rules/idNumber';
import type { DevPersonRow } from '../../api/schemas/development';
import type { MemberRow } from '../../api/schemas/members';
import { addFullMembers, createCommunity, fillDate, freshDataDir, pickOption, useApp } from './harness';
import { readWorkbook } from '../support/readBack';

const BRANCH = '幸福里社区党委 / 第一网格党支部';
const MEMBERS = ['赵一', '钱二', '孙三', '李四', '周五'] as const;
const NAME = '陈晓';
// Born 2000-05-17: 18 on 2018-05-17, well before the 申请.
const FIRST17 = '11010520000517002';
const ID = FIRST17 + idCheckChar(FIRST17);
/** A call and a repaint on a loaded 2-core machine. */
const WAIT = { timeout: 10_000 };

/** Opens the record-step modal of the open file, picks the step by its shown label and dates it. */
async function startStep(page: Page, step: string, on: string): Promise<Locator> {
  await page.getByTestId('dev-record').click();
  const dialog = page.getByTestId('dev-record-form');
  // The list is virtual (25 steps): typed into, so the step is among the options drawn.
  const select = dialog.getByLabel('环节', { exact: true });
  await select.click();
  await select.fill(step.replace(/^\d+\. /, ''));
  await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${step}"]`).click();
  await fillDate(dialog, '日期', on);
  return dialog;
}

async function save(page: Page, dialog: Locator) {
  await page.getByTestId('dev-record-save').click();
  await dialog.waitFor({ state: 'hidden' });
}

describe('发展党员 through the UI', () => {
  let personId: number;
  const dir = freshDataDir();

  const app = useApp(dir);
  beforeAll(async () => {
    const { branchId } = await createCommunity(app.host);
    await addFullMembers(app.host, branchId, MEMBERS);
  });

  it('registers an applicant and takes them to 发展对象 one year after 积极分子, not a day sooner', async () => {
    const { page, problems } = await app.open();
    await page.getByTestId('nav-development').click();
    await page.getByTestId('dev-create').click();
    const form = page.getByTestId('dev-person-form');
    await form.getByLabel('姓名', { exact: true }).fill(NAME);
    await pickOption(form, '性别', '女');
    await form.getByLabel('公民身份号码', { exact: true }).fill(ID);
    await pickOption(form, '党组织', BRANCH);
    await fillDate(form, '递交入党申请书日期', '2024-03-01');
    await page.getByTestId('dev-person-save').click();
    await form.waitFor({ state: 'hidden' });

    // The new person's file opens by itself.
    const timeline = page.getByTestId('dev-timeline');
    await timeline.getByTestId('dev-rec-apply').waitFor();
    expect(await timeline.getByTestId('dev-rec-apply').textContent()).toContain('2024-03-01');

    let dialog = await startStep(page, '3. 推荐和确定入党积极分子', '2024-06-01');
    await save(page, dialog);
    await timeline.getByTestId('dev-rec-activist').waitFor();

    // 364 days as 积极分子: refused under the date, naming the rule and the earliest day.
    dialog = await startStep(page, '7. 确定发展对象', '2025-05-31');
    await expect.poll(() => dialog.getByTestId('dev-rule-hint').textContent()).toContain('满一年');
    await page.getByTestId('dev-record-save').click();
    await expect
      .poll(() => dialog.locator('.ant-form-item-explain-error').allTextContents(), WAIT)
      .toEqual([expect.stringContaining('确定为入党积极分子满一年后方可列为发展对象')]);
    expect(await dialog.locator('.ant-form-item-explain-error').textContent()).toContain('2025-06-01');
    await fillDate(dialog, '日期', '2025-06-01');
    await save(page, dialog);
    await timeline.getByTestId('dev-rec-candidate').waitFor();

    // Two 入党介绍人 picked from the roster by typing their names.
    dialog = await startStep(page, '9. 确定入党介绍人', '2025-06-05');
    for (const name of ['赵一', '钱二']) {
      const input = dialog.getByLabel('入党介绍人', { exact: true });
      await input.click();
      await input.fill(name);
      await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${name}（第一网格党支部）"]`).click();
    }
    await save(page, dialog);
    await expect.poll(() => timeline.getByTestId('dev-rec-sponsors').textContent(), WAIT).toContain('入党介绍人：赵一、钱二');

    const rows = await app.host.api<DevPersonRow[]>('development.list', { stage: '发展对象', orgId: null });
    expect(rows.map((r) => [r.name, r.appliedOn, r.activistOn, r.candidateOn, r.sponsors])).toEqual([
      [NAME, '2024-03-01', '2024-06-01', '2025-06-01', ['赵一', '钱二']],
    ]);
    personId = rows[0]!.id;
    expect(problems).toEqual([]);
  });

  it('refuses the 支部大会 without a majority in favour, records it with one, and the 审批 puts the person on the roster', async () => {
    // The steps between, as the secretary would have recorded them (the UI's path is the one above).
    const steps: [string, Record<string, unknown>][] = [
      ['politicalReview', { doneOn: '2025-06-10' }],
      ['training', { doneOn: '2025-06-15', endOn: '2025-06-17' }],
      ['publicity', { doneOn: '2025-07-01', endOn: '2025-07-07' }],
      ['preReview', { doneOn: '2025-07-10' }],
      ['volunteerForm', { doneOn: '2025-07-15', docNo: 'ZYS-2025-001' }],
    ];
    for (const [stepCode, rest] of steps) await app.host.api('development.record', { personId, stepCode, memberIds: [], ...rest });

    const { page, problems } = await app.open();
    await page.getByTestId('nav-development').click();
    await page.getByTestId(`dev-row-${NAME}`).click();
    const timeline = page.getByTestId('dev-timeline');
    await timeline.getByTestId('dev-rec-volunteerForm').waitFor();

    // 应到 proposed from the roster of that day: five 正式党员.
    const dialog = await startStep(page, '15. 支部大会讨论', '2025-07-20');
    const vote = dialog.getByTestId('dev-vote');
    await expect.poll(() => vote.getByLabel('其中应到会正式党员', { exact: true }).inputValue(), WAIT).toBe('5');
    expect(await vote.getByLabel('应到会有表决权人数', { exact: true }).inputValue()).toBe('5');
    await vote.getByLabel('实到会有表决权人数', { exact: true }).fill('5');
    await vote.getByLabel('赞成票', { exact: true }).fill('2');
    await vote.getByLabel('反对票', { exact: true }).fill('3');
    await page.getByTestId('dev-record-save').click();
    await expect
      .poll(() => dialog.locator('.ant-form-item-explain-error').allTextContents(), WAIT)
      .toEqual([expect.stringContaining('赞成票未超过应到会有表决权正式党员的半数')]);
    await vote.getByLabel('赞成票', { exact: true }).fill('4');
    await vote.getByLabel('反对票', { exact: true }).fill('1');
    await save(page, dialog);
    await expect.poll(() => timeline.getByTestId('dev-rec-branchMeeting').textContent(), WAIT).toContain('赞成 4 票');

    // The 上级党委派人谈话 comes before the 审批 (细则第二十七条).
    await app.host.api('development.record', { personId, stepCode: 'higherTalk', doneOn: '2025-08-01', memberIds: [] });
    const approve = await startStep(page, '17. 上级党委审批', '2025-09-01');
    await save(page, approve);
    await page.getByTestId('dev-member-link').waitFor();
    expect(await page.getByTestId('dev-member-link').textContent()).toContain('入党日期 2025-07-20');

    // On the roster: 预备党员, 入党日期 = the 支部大会 date, in the person's branch.
    await page.getByTestId('dev-member-link').getByText('在党员名册中查看').click();
    await page.locator('.ant-drawer-title', { hasText: NAME }).waitFor();
    await page.keyboard.press('Escape');
    const row = page.getByTestId('member-table').locator('tr', { hasText: NAME });
    await expect.poll(() => row.textContent(), WAIT).toContain('预备党员');
    expect(await row.textContent()).toContain('2025-07-20');
    const members = await app.host.api<{ rows: MemberRow[] }>('members.list', { keyword: NAME, pageSize: 20 });
    expect(members.rows.map((m) => [m.name, m.category, m.joinedOn, m.branchName])).toEqual([[NAME, '预备党员', '2025-07-20', '第一网格党支部']]);
    expect(problems).toEqual([]);
  });

  it('exports the 进度表 from the register with one row per person and the key dates', async () => {
    const { page, problems } = await app.open();
    await page.getByTestId('nav-development').click();
    await page.getByTestId(`dev-row-${NAME}`).waitFor();
    await page.getByTestId('dev-export').hover();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('dev-export-progress').click()]);
    const wb = await readWorkbook(await download.path());
    const sheet = wb.worksheets[0]!;
    expect(sheet.getCell('A1').value).toBe('发展党员工作进度表');
    const header = (sheet.getRow(3).values as unknown[]).slice(1);
    expect(header).toEqual([
      '序号',
      '姓名',
      '性别',
      '出生年月',
      '学历',
      '所在支部',
      '申请日期',
      '积极分子日期',
      '发展对象日期',
      '支部大会日期',
      '审批日期',
      '转正日期',
      '培养联系人',
      '入党介绍人',
      '当前阶段',
    ]);
    const cells = (sheet.getRow(4).values as unknown[]).slice(1);
    const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
    expect(cells).toEqual([
      1,
      NAME,
      '女',
      '2000.05',
      undefined,
      '第一网格党支部',
      day('2024-03-01'),
      day('2024-06-01'),
      day('2025-06-01'),
      day('2025-07-20'),
      day('2025-09-01'),
      undefined,
      undefined,
      '赵一、钱二',
      '预备党员',
    ]);
    expect(sheet.getCell('G4').numFmt).toBe('yyyy-mm-dd');
    expect(sheet.rowCount).toBeGreaterThanOrEqual(4);
    expect(problems).toEqual([]);
  });

  it('imports a register: the stage comes from the dates, the bad row is named by its column and left out', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('积极分子名册');
    ws.addRow(['姓名', '性别', '所在党支部', '提交入党申请书时间', '确定为入党积极分子时间', '培养联系人']);
    ws.addRow(['林木', '男', '第一网格党支部', '2025-02-01', '2025-04-01', '孙三']);
    ws.addRow(['郭火', '男', '第一网格党支部', '2025-05-01', '2025-03-01', null]);
    const file = path.join(dir, '发展名册.xlsx');
    await wb.xlsx.writeFile(file);

    const { page, problems } = await app.open();
    await page.getByTestId('nav-development').click();
    await page.getByTestId('dev-import').click();
    const drawer = page.locator('.import-drawer');
    await drawer.getByText('导入发展党员名册').waitFor();
    expect(await drawer.getByTestId('import-columns').textContent()).toContain('当前发展阶段”可不填');
    await drawer.locator('input[type=file]').setInputFiles(file);
    const badRow = drawer.getByTestId('import-preview').locator('tr', { hasText: '郭火' });
    await badRow.waitFor();
    expect(await badRow.textContent()).toContain('确定为入党积极分子时间');
    expect(await badRow.textContent()).toContain('有错误，不导入');
    await drawer.getByTestId('import-commit').click();
    await page.getByText('新增 1 人', { exact: false }).first().waitFor();
    await page.keyboard.press('Escape');

    await page.getByTestId('dev-row-林木').waitFor();
    const rows = await app.host.api<DevPersonRow[]>('development.list', { stage: null, orgId: null });
    expect(rows.filter((r) => r.name !== NAME).map((r) => [r.name, r.stage, r.appliedOn, r.activistOn, r.mentors])).toEqual([
      ['林木', '入党积极分子', '2025-02-01', '2025-04-01', ['孙三']],
    ]);
    expect(problems).toEqual([]);
  });

  it('renames a step in 环节设置; the rule stays with the step and the name can be put back', async () => {
    const { page, problems } = await app.open();
    await page.getByTestId('nav-development').click();
    await page.getByTestId('dev-tab-steps').click();
    // Keyed by the step's code: while edited, its name is an input's value, not the row's text.
    const row = page.getByTestId('dev-steps-table').locator('tr[data-row-key="inspect"]');
    await row.getByText('改名').click();
    await row.getByLabel('环节名称', { exact: true }).fill('半年考察');
    await row.locator('button').click();
    await expect.poll(() => row.textContent(), WAIT).toContain('半年考察（原名：培养教育考察）');
    expect(await row.textContent()).toContain('每半年进行一次考察');
    const steps = await app.host.api<{ code: string; name: string }[]>('development.steps', {});
    expect(steps.find((s) => s.code === 'inspect')!.name).toBe('半年考察');
    await row.getByText('恢复默认').click();
    await expect.poll(() => row.textContent(), WAIT).not.toContain('原名');
    expect(problems).toEqual([]);
  });
});
