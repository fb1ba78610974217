// 流动与关怀 through the UI: a 流出 member recorded in the form (with its 流向, counted so in the 党内统计), not contacted for 6 months
// on 首页 until a contact is logged; a 流入 person listed at a meeting outside 应到; two
// visits, one voided, summed once; both forms (流动党员登记表, 关怀慰问登记表) exported from
// the page and read back cell by cell; a 失联 whose stage follows 系统设置; the member drawer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { todayIso } from '../../api/rules/dates';
import type { FlowInRow, FlowsPage, LostPage, VisitsPage } from '../../api/schemas/care';
import type { CensusReport } from '../../api/schemas/census';
import { addFullMembers, createCommunity, fillDate, freshDataDir, pickOption, useApp } from './harness';
import { readWorkbook } from '../support/readBack';

const TODAY = todayIso();
const YEAR = Number(TODAY.slice(0, 4));
/** Long enough ago that no contact since makes the 6-month reminder. */
const LEFT_ON = `${YEAR - 1}-03-01`;
const BRANCH = '幸福里社区党委 / 第一网格党支部';
const NAMES = ['赵一', '钱二', '孙三'] as const;
/** expect.poll's default second is short on a machine shared with other test runs. */
const SLOW = { timeout: 10_000 };

/** The first of the month, `months` months before this one (local calendar). */
function monthsAgo(months: number): string {
  const d = new Date();
  d.setDate(1);
  d.setMonth(d.getMonth() - months);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-01`;
}

/** Picks a roster member in a form's 党员 search box by typing the name. */
async function pickMember(scope: Locator, label: string, name: string) {
  const input = scope.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(name);
  await scope.page().locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: name }).click();
}

async function openCare(page: Page, tab: string) {
  await page.getByTestId('nav-care').click();
  await page.getByTestId(`care-tab-${tab}`).click();
}

/** Every row of the first sheet as plain values (rich text and formulas as their text/result). */
async function sheetRows(file: string): Promise<unknown[][]> {
  const wb = await readWorkbook(file);
  const rows: unknown[][] = [];
  wb.worksheets[0]!.eachRow((row) =>
    rows.push(
      (row.values as unknown[]).slice(1).map((v) => {
        if (v && typeof v === 'object' && 'richText' in v) return (v as { richText: { text: string }[] }).richText.map((t) => t.text).join('');
        if (v && typeof v === 'object' && 'result' in v) return (v as { result: unknown }).result;
        return v;
      }),
    ),
  );
  return rows;
}

const text = (row: unknown[]) => row.map((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v ?? ''))).join('|');

describe('流动与关怀 through the UI', () => {
  const dir = freshDataDir();

  const app = useApp(dir);
  beforeAll(async () => {
    const { branchId } = await createCommunity(app.host);
    await addFullMembers(app.host, branchId, NAMES);
  });

  it('records a 流出 member in the form; 首页 names them until a contact is logged', async () => {
    const { page, problems } = await app.open();
    await openCare(page, 'flows');
    await page.getByTestId('care-flow-add').click();
    const form = page.getByTestId('care-flow-form');
    await pickMember(form, '党员', '赵一');
    await fillDate(form, '外出日期', LEFT_ON);
    await form.getByLabel('流向地点', { exact: true }).fill('广东省深圳市南山区');
    await pickOption(form, '流向', '省外');
    await form.getByLabel('流入单位', { exact: true }).fill('深圳某科技有限公司');
    await form.getByLabel('联系电话', { exact: true }).fill('13800138000');
    await form.getByLabel('流动党员活动证编号', { exact: true }).fill('LD2025-017');
    await form.getByLabel('参加流入地组织生活', { exact: true }).click();
    await page.getByTestId('care-flow-save').click();
    await form.waitFor({ state: 'hidden' });
    const row = page.getByTestId('care-flow-赵一');
    await expect.poll(() => row.getByTestId('last-contact').textContent(), SLOW).toBe('从未联系');
    expect(await row.textContent()).toContain('6个月未联系');

    const flows = await app.host.api<FlowsPage>('care.flows', { asOf: TODAY });
    expect(
      flows.rows.map((r) => [r.name, r.leftOn, r.place, r.direction, r.unit, r.contact, r.cardNo, r.joinsLifeThere, r.returnedOn, r.contactOverdue]),
    ).toEqual([['赵一', LEFT_ON, '广东省深圳市南山区', '省外', '深圳某科技有限公司', '13800138000', 'LD2025-017', true, null, true]]);
    // The 党内统计 counts the 流出 by the 流向 chosen in the form.
    const census = await app.host.api<CensusReport>('census.report', { year: YEAR });
    expect(census.tables.find((t) => t.key === 'flowDirection')!.rows.map((r) => [r.label, r.value])).toEqual([
      ['流向市内', 0],
      ['流向省内', 0],
      ['流向省外', 1],
      ['流向未注明', 0],
    ]);

    // 首页: the member is named as not contacted for 6 months, and opens from there.
    await page.getByTestId('nav-home').click();
    const panel = page.getByTestId('reminders-care');
    await panel.getByText('赵一').waitFor();
    expect(await panel.textContent()).toContain('6个月未联系');

    // A contact logged today takes them off the reminder.
    await openCare(page, 'flows');
    await page.getByTestId('care-flow-contact-赵一').click();
    const contact = page.getByTestId('care-contact-form');
    await pickOption(contact, '联系方式', '微信');
    await contact.getByLabel('联系情况', { exact: true }).fill('在深圳务工，已参加流入地党组织活动');
    await page.getByTestId('care-contact-save').click();
    await contact.waitFor({ state: 'hidden' });
    await expect.poll(() => row.getByTestId('last-contact').textContent(), SLOW).toBe(TODAY);
    const after = await app.host.api<FlowsPage>('care.flows', { asOf: TODAY });
    expect(after.rows[0]!.contacts.map((c) => [c.contactedOn, c.method, c.note])).toEqual([[TODAY, '微信', '在深圳务工，已参加流入地党组织活动']]);
    expect(after.rows[0]!.contactOverdue).toBe(false);
    await page.getByTestId('nav-home').click();
    await page.getByTestId('reminders-care').getByText('没有6个月未联系的流出党员').waitFor();
    expect(problems).toEqual([]);
  });

  it('exports the 流动党员登记表 from the page with the 流出 member’s cells', async () => {
    const { page, problems } = await app.open();
    await openCare(page, 'flows');
    await page.getByTestId('care-flow-赵一').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('care-flow-export').click()]);
    const rows = await sheetRows(await download.path());
    expect(text(rows[0]!)).toContain('流动党员登记表');
    const zhao = rows.find((r) => r.includes('赵一'))!;
    expect(zhao).toBeDefined();
    const line = text(zhao);
    for (const cell of ['第一网格党支部', LEFT_ON, '广东省深圳市南山区', '深圳某科技有限公司', '13800138000', 'LD2025-017', '是']) expect(line).toContain(cell);
    expect(problems).toEqual([]);
  });

  it('lists a 流入 person at a meeting without counting them toward 应到', async () => {
    const { page, problems } = await app.open();
    await openCare(page, 'flows');
    await page.getByTestId('care-flowin-add').click();
    const form = page.getByTestId('care-flowin-form');
    await form.getByLabel('姓名', { exact: true }).fill('王流入');
    await form.getByLabel('来自', { exact: true }).fill('河南省周口市');
    await form.getByLabel('组织关系所在党组织', { exact: true }).fill('周口市某村党支部');
    await pickOption(form, '参加活动的党支部', BRANCH);
    await fillDate(form, '流入日期', `${YEAR}-01-10`);
    await page.getByTestId('care-flowin-save').click();
    await form.waitFor({ state: 'hidden' });
    await page.getByTestId('care-flowin-table').getByText('王流入').waitFor();

    await page.getByTestId('nav-meetings').click();
    await page.getByTestId('meeting-add').click();
    const meeting = page.locator('.meeting-form-drawer');
    await pickOption(meeting, '组织', BRANCH);
    await meeting.getByLabel('主题党日').check();
    await meeting.getByLabel('地点').fill('社区党群服务中心');
    await meeting.getByTestId('attendance-赵一').waitFor();
    await pickOption(meeting, '列席的流入党员', '王流入（周口市某村党支部）');
    await page.keyboard.press('Escape');
    expect(await meeting.getByTestId('attendance-summary').textContent()).toContain('应到 3 人，实到 3 人');
    await meeting.getByTestId('meeting-save').click();
    await page.getByText('已保存：应到 3 人，实到 3 人').waitFor();

    const [summary] = await app.host.api<{ id: number; expected: number; present: number }[]>('meetings.list', { year: YEAR });
    expect(summary).toMatchObject({ expected: 3, present: 3 });
    const detail = await app.host.api<{ attendance: { name: string }[]; guests: { name: string }[] }>('meetings.get', { id: summary!.id });
    expect(detail.attendance.map((a) => a.name).sort()).toEqual([...NAMES].sort());
    expect(detail.guests.map((g) => g.name)).toEqual(['王流入']);
    const [guest] = await app.host.api<FlowInRow[]>('care.flowIns', { asOf: TODAY });
    expect(guest).toMatchObject({ name: '王流入', meetings: 1 });
    expect(problems).toEqual([]);
  });

  it('records two visits, voids one, sums the money once and exports the 关怀慰问登记表', async () => {
    const { page, problems } = await app.open();
    await openCare(page, 'visits');
    for (const [money, goods] of [
      ['300.50', '米、油各一份'],
      ['200', '水果'],
    ] as const) {
      await page.getByTestId('care-visit-add').click();
      const form = page.getByTestId('care-visit-form');
      await pickMember(form, '慰问对象', '钱二');
      await pickOption(form, '慰问时机', '生病');
      await form.getByLabel('慰问人', { exact: true }).fill('社区党委书记王某');
      await form.getByLabel('慰问金', { exact: true }).fill(money);
      await form.getByLabel('慰问物品', { exact: true }).fill(goods);
      await form.getByLabel('经费来源', { exact: true }).fill('党费');
      await page.getByTestId('care-visit-save').click();
      await form.waitFor({ state: 'hidden' });
    }
    await expect.poll(() => page.getByTestId('care-visit-summary').textContent(), SLOW).toContain('慰问 2 次、1 人，慰问金合计 500.50 元');

    // The 200 元 visit was typed twice by mistake: voided with a reason, listed, never summed.
    await page.getByTestId('care-visit-table').locator('tr', { hasText: '水果' }).getByTestId('care-visit-void-钱二').click();
    const voiding = page.getByTestId('care-void-form');
    await voiding.getByLabel('作废原因', { exact: true }).fill('重复登记');
    await page.getByTestId('care-void-ok').click();
    await voiding.waitFor({ state: 'hidden' });
    await expect.poll(() => page.getByTestId('care-visit-summary').textContent(), SLOW).toContain('慰问 1 次、1 人，慰问金合计 300.50 元');

    const visits = await app.host.api<VisitsPage>('care.visits', { year: YEAR });
    expect([visits.count, visits.members, visits.totalFen]).toEqual([1, 1, 30050]);
    expect(visits.rows.map((v) => [v.name, v.occasion, v.moneyFen, v.goods, v.fundSource, v.voidReason]).sort()).toEqual([
      ['钱二', '生病', 20000, '水果', '党费', '重复登记'],
      ['钱二', '生病', 30050, '米、油各一份', '党费', null],
    ]);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('care-visit-export').click()]);
    const rows = await sheetRows(await download.path());
    expect(text(rows[0]!)).toContain('关怀慰问登记表');
    const qian = rows.filter((r) => r.includes('钱二'));
    // The voided visit is not on the form; the one that stands is, with its 慰问金 in 元.
    expect(qian).toHaveLength(1);
    const line = text(qian[0]!);
    for (const cell of [TODAY, '生病', '社区党委书记王某', '米、油各一份', '党费']) expect(line).toContain(cell);
    expect(qian[0]!.some((v) => v === 300.5 || v === '300.50')).toBe(true);
    expect(rows.some((r) => text(r).includes('合计') && r.some((v) => v === 300.5 || v === '300.50'))).toBe(true);
    expect(problems).toEqual([]);
  });

  it('records a 失联 member; the stage follows the months set in 系统设置, and nobody’s 党籍 changes', async () => {
    const lostOn = monthsAgo(4);
    const { page, problems } = await app.open();
    await openCare(page, 'lost');
    await page.getByTestId('care-lost-add').click();
    const form = page.getByTestId('care-lost-form');
    await pickMember(form, '党员', '孙三');
    await fillDate(form, '失联日期', lostOn);
    await form.getByLabel('查找情况', { exact: true }).fill('多次拨打电话未接通，走访原住址未找到');
    await page.getByTestId('care-lost-save').click();
    await form.waitFor({ state: 'hidden' });
    // Four months under the shipped 6: not yet past the 停止党籍 point.
    await expect.poll(() => page.getByTestId('care-lost-孙三').getByTestId('lost-stage').textContent(), SLOW).toBe('失联');

    await page.getByTestId('nav-settings').click();
    const rules = page.getByTestId('care-rules');
    await rules.getByText('（本地默认值）').first().waitFor();
    await rules.getByLabel('失联月数').fill('3');
    await page.getByTestId('care-rules-save').click();
    await page.getByText('已保存，失联和未慰问名单按新标准列出').waitFor();
    await openCare(page, 'lost');
    await expect.poll(() => page.getByTestId('care-lost-孙三').getByTestId('lost-stage').textContent(), SLOW).toBe('可停止党籍');

    const lost = await app.host.api<LostPage>('care.lost', { asOf: TODAY });
    expect(lost.lostMonths).toBe(3);
    expect(lost.rows.map((r) => [r.name, r.lostOn, r.searchMade, r.stage, r.partyStatus])).toEqual([
      ['孙三', lostOn, '多次拨打电话未接通，走访原住址未找到', '可停止党籍', '正常'],
    ]);
    expect(problems).toEqual([]);
  });

  it('shows the member’s 流出 and visits in the member drawer', async () => {
    const { page, problems } = await app.open();
    await page.getByTestId('nav-members').click();
    await page.getByTestId('member-table').getByText('赵一').click();
    const care = page.locator('.ant-drawer:visible').getByTestId('member-care');
    await care.getByTestId('member-care-flow').waitFor();
    expect(await care.getByTestId('member-care-flow').textContent()).toContain(`${LEFT_ON} 流出至 广东省深圳市南山区`);
    await page.locator('.ant-drawer-close:visible').click();
    await page.getByTestId('member-table').getByText('钱二').click();
    await page.locator('.ant-drawer:visible').getByTestId('member-care').getByText('300.50').waitFor();
    expect(problems).toEqual([]);
  });
});
