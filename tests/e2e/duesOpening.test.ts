// 党费建账 through the UI (issue 34): a ledger started this month says from which month it keeps
// 党费 and up to which month everyone had paid; bases are set for everyone at once (全部设为…) and
// in the editable column; 欠费 then lists only this month's non-payer. And a retiree who prepaid the
// year and transfers out in August (issue 29): the 转出 record, the 统计表 and the 上缴 page agree.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { todayIso } from '../../api/rules/dates';
import type { DuesArrears, DuesBasesPage, DuesHandovers } from '../../api/schemas/dues';
import type { DuesOpening } from '../../api/schemas/duesOpening';
import type { MemberDetail } from '../../api/schemas/members';
import { addFullMembers, createCommunity, fillDate, pickOption, useApp } from './harness';
import { readWorkbook } from '../support/readBack';

const TODAY = todayIso();
const YEAR = Number(TODAY.slice(0, 4));
const THIS_MONTH = TODAY.slice(0, 7);
const monthShift = (month: string, by: number) => {
  const i = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + by;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
};
const NAMES = ['赵一', '钱二', '孙三', '李四'] as const;

async function openDues(page: Page, tab: string) {
  await page.getByTestId('nav-dues').click();
  await page.getByTestId(`dues-tab-${tab}`).click();
}

describe('党费建账 through the UI', () => {
  let branchId: number;
  const ids = new Map<string, number>();

  const app = useApp();
  beforeAll(async () => {
    ({ branchId } = await createCommunity(app.host));
    await addFullMembers(app.host, branchId, NAMES);
    const list = await app.host.api<{ rows: { id: number; name: string }[] }>('members.list', {});
    for (const r of list.rows) ids.set(r.name, r.id);
  });

  it('asks from which month 党费 is kept and up to which month each member had paid, in one step', async () => {
    const { page, problems } = await app.open();
    await openDues(page, 'month');
    await page.getByTestId('dues-opening-prompt').waitFor();
    await page.getByTestId('dues-opening-start').click();
    const dialog = page.getByTestId('dues-opening-form');
    await dialog.waitFor();
    await fillDate(dialog, '党费起始月份', THIS_MONTH);
    await fillDate(dialog, '默认党费交纳至', monthShift(THIS_MONTH, -1));
    // 钱二 had paid two months ahead before the ledger.
    await page.getByTestId('dues-opening-钱二').getByLabel('钱二党费交纳至').fill(monthShift(THIS_MONTH, 2));
    await page.getByTestId('dues-opening-save').click();
    await dialog.waitFor({ state: 'hidden', timeout: 10_000 });
    await page.getByTestId('dues-opening-prompt').waitFor({ state: 'hidden' });

    const opening = await app.host.api<DuesOpening>('dues.opening', {});
    expect(opening.startMonth).toBe(THIS_MONTH);
    expect(Object.fromEntries(opening.members.map((m) => [m.name, m.paidThrough]))).toEqual({
      赵一: monthShift(THIS_MONTH, -1),
      钱二: monthShift(THIS_MONTH, 2),
      孙三: monthShift(THIS_MONTH, -1),
      李四: monthShift(THIS_MONTH, -1),
    });
    expect(problems).toEqual([]);
  });

  it('sets everyone’s base at once (全部设为…), then edits two in the column and saves them together', async () => {
    const { page, problems } = await app.open();
    await openDues(page, 'bases');
    await page.getByTestId('dues-bases-missing').waitFor();
    await page.getByTestId('dues-bases-bulk').click();
    const form = page.getByTestId('dues-bulk-form');
    await form.waitFor();
    // Defaults: those not yet 核定, as 离退休, from the 党费 start (this month).
    await form.getByLabel('统一基数', { exact: true }).fill('4000');
    await page.getByTestId('dues-bulk-save').click();
    await form.waitFor({ state: 'hidden', timeout: 10_000 });
    await page.getByTestId('dues-bases-missing').waitFor({ state: 'hidden' });
    const bases = async () => app.host.api<DuesBasesPage>('dues.bases', { year: YEAR });
    expect((await bases()).rows.map((r) => [r.name, r.current?.kind, r.current?.baseFen, r.current?.fromMonth])).toEqual(
      NAMES.map((n) => [n, '离退休', 400000, THIS_MONTH]),
    );

    await page.getByTestId('dues-bases-edit-all').click();
    await page.getByLabel('赵一基数', { exact: true }).fill('5200.50');
    await pickOption(page, '孙三缴费类别', '在职');
    await page.getByLabel('孙三基数', { exact: true }).fill('6000');
    // The column saves from the 党费 start too (this month), where 全部设为 wrote: those rows are 重新核定.
    await page.getByTestId('dues-bases-edit-save').click();
    await expect.poll(async () => (await bases()).rows.find((r) => r.name === '赵一')?.current?.baseFen).toBe(520050);
    const after = Object.fromEntries((await bases()).rows.map((r) => [r.name, [r.current?.kind, r.current?.baseFen, r.current?.fromMonth, r.monthlyDueFen]]));
    expect(after).toEqual({
      赵一: ['离退休', 520050, THIS_MONTH, 5201],
      钱二: ['离退休', 400000, THIS_MONTH, 2000],
      孙三: ['在职', 600000, THIS_MONTH, 9000],
      李四: ['离退休', 400000, THIS_MONTH, 2000],
    });
    await expect.poll(() => page.getByTestId('dues-base-赵一').getByTestId('base').textContent()).toBe('5,200.50');
    expect(problems).toEqual([]);
  });

  it('欠费 lists only this month’s non-payer: nothing before the start, 钱二 covered by the opening', async () => {
    await app.host.api('dues.payBranchMonth', {
      orgId: branchId,
      month: THIS_MONTH,
      paidOn: TODAY,
      method: '现金',
      collector: '王书记',
      exceptMemberIds: [ids.get('李四')],
    });
    const { page, problems } = await app.open();
    await openDues(page, 'arrears');
    await pickOption(page, '截至月份', `${Number(THIS_MONTH.slice(5, 7))}月`);
    await page.getByTestId('dues-arrears-李四').waitFor();
    expect(await page.getByTestId('dues-arrears-李四').getByTestId('months-owed').textContent()).toBe('1');
    expect(await page.getByTestId('dues-arrears-table').locator('tbody tr.ant-table-row').count()).toBe(1);
    await page.getByTestId('dues-arrears-start').waitFor();
    const stored = await app.host.api<DuesArrears>('dues.arrears', { asOf: THIS_MONTH });
    expect(stored.rows.map((r) => [r.name, r.unpaidMonths, r.owedFen])).toEqual([['李四', [THIS_MONTH], 2000]]);
    // A month before the start lists nobody and says why.
    await openDues(page, 'month');
    await pickOption(page, '党组织', '幸福里社区党委 / 第一网格党支部');
    await pickOption(page, '月份', `${Number(monthShift(THIS_MONTH, -1).slice(5, 7))}月`);
    await page.getByTestId('dues-month-before-start').waitFor();
    expect(problems).toEqual([]);
  });
});

describe('a prepaid retiree transferred out in August, through the UI', () => {
  let branchId: number;
  let retiree: number;

  const app = useApp();
  beforeAll(async () => {
    ({ branchId } = await createCommunity(app.host));
    await addFullMembers(app.host, branchId, ['老王']);
    retiree = (await app.host.api<{ rows: { id: number }[] }>('members.list', {})).rows[0]!.id;
    await app.host.api('dues.saveBase', { memberId: retiree, fromMonth: `${YEAR}-01`, kind: '离退休', baseFen: 300000 });
    // 15.00 a month, the whole year paid in January.
    await app.host.api('dues.pay', {
      memberId: retiree,
      fromMonth: `${YEAR}-01`,
      toMonth: `${YEAR}-12`,
      paidOn: `${YEAR}-01-10`,
      method: '现金',
      collector: '王书记',
    });
  });

  it('the 转出 record says 党费交纳至 December; the 统计表 and the 上缴 page both hold all 180.00', async () => {
    const { page, problems } = await app.open();
    await page.getByTestId('nav-members').click();
    await page.getByTestId('member-table').getByText('老王').click();
    await page.getByTestId('member-status').click();
    await pickOption(page, '变更类型', '转出');
    await fillDate(page, '日期', `${YEAR}-08-15`);
    await page.getByLabel('转往的党组织').fill('和平街道机关党支部');
    await page.locator('#status-submit').click();
    await page.getByText('已办理转出').waitFor();
    const member = await app.host.api<MemberDetail>('members.get', { id: retiree });
    expect(member.events.find((e) => e.kind === '转出')?.reason).toBe(`党费交纳至${YEAR}-12`);
    await page.locator('.ant-drawer-close:visible').click();

    // 上缴: the branch holds 180.00; handing 200.00 is warned about, 180.00 is not.
    await openDues(page, 'handovers');
    await page.getByTestId('dues-handover-add').click();
    const form = page.getByTestId('dues-handover-form');
    await pickOption(form, '上缴单位', '幸福里社区党委 / 第一网格党支部');
    await form.getByLabel('上缴金额').fill('200');
    await page.getByTestId('dues-handover-over').waitFor();
    await form.getByLabel('上缴金额').fill('180');
    await page.getByTestId('dues-handover-over').waitFor({ state: 'hidden' });
    await page.locator('.ant-modal:visible').getByRole('button', { name: '登 记' }).click();
    await form.waitFor({ state: 'hidden', timeout: 10_000 });
    const handovers = await app.host.api<DuesHandovers>('dues.handovers', { year: YEAR });
    expect(handovers.balances.find((b) => b.orgId === branchId)).toMatchObject({ collectedFen: 18000, handedFen: 18000, balanceFen: 0 });

    // The year's 统计表 from the page: the branch's 实交 is the 180.00 the 上缴 page holds.
    await page.getByTestId('dues-export-stats').hover();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('dues-export-stats-年').click()]);
    const wb = await readWorkbook(await download.path());
    const rows: unknown[][] = [];
    wb.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const branch = rows.find((r) => r[1] === '全年' && r[2] === '第一网格党支部')!;
    // 应交人数, 应交金额, 实交金额, 欠交人数, 欠交金额, 上缴金额, 结余, 实交人数.
    expect(branch.slice(3)).toEqual([1, 120, 180, 0, 0, 180, 0, 1]);
    const total = rows.find((r) => r[1] === '全年' && r[2] === '支部合计')!;
    expect(total.slice(3)).toEqual([1, 120, 180, 0, 0, 180, 0, 1]);
    expect(problems).toEqual([]);
  });
});
