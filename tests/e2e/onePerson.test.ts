// One person, one story (issue 29), through the UI: a 转正 done from the roster finishes the
// person's 发展 file (stage, records, 首页 and the statistics agree); a 流出 member who dies is
// gone from 首页, the 流动党员登记表 and the 党内统计 alike, and keeps the record in history.
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { idCheckChar } from '../../api/rules/idNumber';
import { todayIso } from '../../api/rules/dates';
import type { CareReminders } from '../../api/schemas/care';
import type { CensusPerson } from '../../api/schemas/census';
import type { DevPersonFile, DevPlan, HomeDevReminders } from '../../api/schemas/development';
import type { MemberRow } from '../../api/schemas/members';
import { addFullMembers, createCommunity, fillDate, freshDataDir, pickOption, useApp } from './harness';
import { readWorkbook } from '../support/readBack';

const MEMBERS = ['赵一', '钱二', '孙三', '李四'] as const;
const NAME = '陈晓';
const FIRST17 = '11010519990517002';
const ID = FIRST17 + idCheckChar(FIRST17);
const YEAR = Number(todayIso().slice(0, 4));
const WAIT = { timeout: 10_000 };

describe('one person, one story', () => {
  let personId: number;
  let branchId: number;
  const dir = freshDataDir();

  const app = useApp(dir);
  beforeAll(async () => {
    ({ branchId } = await createCommunity(app.host));
    await addFullMembers(app.host, branchId, MEMBERS);
    const roster = await app.host.api<{ rows: MemberRow[] }>('members.list', {});
    const idOf = (name: string) => roster.rows.find((r) => r.name === name)!.id;
    // A file taken to 审批 by the contract (the steps' UI is tests/e2e/development.test.ts):
    // 支部大会 2025-03-01, so the 预备期 ended on 2026-03-01.
    personId = (await app.host.api<DevPersonFile>('development.create', { name: NAME, gender: '女', idNumber: ID, orgId: branchId })).person.id;
    const vote = { dueFull: 4, dueVoting: 4, presentVoting: 4, inFavour: 4, against: 0, abstain: 0 };
    const steps: [string, string, Record<string, unknown>][] = [
      ['apply', '2023-01-05', {}],
      ['activist', '2023-03-01', {}],
      ['candidate', '2024-03-01', {}],
      ['sponsors', '2024-03-02', { memberIds: [idOf('赵一'), idOf('钱二')] }],
      ['politicalReview', '2024-03-03', {}],
      ['training', '2024-03-04', { endOn: '2024-03-06' }],
      ['publicity', '2024-03-11', { endOn: '2024-03-15' }],
      ['preReview', '2024-03-20', {}],
      ['volunteerForm', '2024-03-21', { docNo: 'ZYS-2024-001' }],
      ['branchMeeting', '2025-03-01', { vote }],
      ['higherTalk', '2025-03-05', { memberIds: [] }],
      ['approve', '2025-03-20', {}],
    ];
    for (const [stepCode, doneOn, rest] of steps) await app.host.api('development.record', { personId, stepCode, doneOn, memberIds: [], ...rest });
  });

  it('a 转正 recorded on the roster finishes the 发展 file; no reminder is left', async () => {
    const before = await app.host.api<HomeDevReminders>('home.developmentReminders', {});
    expect(before.items.filter((i) => i.personId === personId).map((i) => i.code)).toContain('regularMeeting');

    const { page, problems } = await app.open();
    await page.getByTestId('nav-members').click();
    await page.getByTestId('member-table').getByText(NAME).click();
    await page.getByTestId('member-status').click();
    const dialog = page.locator('.ant-modal:visible');
    await pickOption(dialog, '变更类型', '转正');
    await expect.poll(() => dialog.getByLabel('转正日期', { exact: true }).inputValue(), WAIT).toBe('2026-03-01');
    await fillDate(dialog, '支部大会讨论日期', '2026-03-05');
    await fillDate(dialog, '上级党委审批日期', '2026-04-01');
    await page.locator('#status-submit').click();
    await page.getByText('已办理转正').waitFor();
    await page.locator('.ant-drawer-close:visible').click();

    // The register shows the file finished.
    await page.getByTestId('nav-development').click();
    const row = page.getByTestId(`dev-row-${NAME}`);
    await row.waitFor();
    await expect.poll(() => row.textContent(), WAIT).toContain('已转正');

    const file = await app.host.api<DevPersonFile>('development.person', { id: personId });
    expect(file.person).toMatchObject({ stage: '已转正', regularOn: '2026-03-01', next: null });
    expect(file.records.filter((r) => r.stepCode.startsWith('regular')).map((r) => [r.stepCode, r.doneOn])).toEqual([
      ['regularMeeting', '2026-03-05'],
      ['regularApprove', '2026-04-01'],
    ]);
    const after = await app.host.api<HomeDevReminders>('home.developmentReminders', {});
    expect(after.items.filter((i) => i.personId === personId)).toEqual([]);
    const plan = await app.host.api<DevPlan>('development.plan', { year: YEAR });
    expect(plan.byStage).toMatchObject({ 预备党员: 0, 已转正: 1 });
    expect(problems).toEqual([]);
  });

  it('a 流出 member who dies is gone from 首页, the 流动党员登记表 and the 党内统计 alike', async () => {
    const roster = await app.host.api<{ rows: MemberRow[] }>('members.list', {});
    const outId = roster.rows.find((r) => r.name === '孙三')!.id;
    await app.host.api('care.saveFlowOut', {
      memberId: outId,
      leftOn: `${YEAR - 1}-03-01`,
      place: '广东省深圳市',
      unit: '某电子厂',
      contact: '13800000001',
      cardNo: 'LD-001',
      joinsLifeThere: true,
    });
    const census = () => app.host.api<CensusPerson[]>('census.people', { year: YEAR, table: 'flow', key: 'out' });
    expect((await app.host.api<CareReminders>('home.careReminders', {})).uncontacted.map((u) => u.name)).toEqual(['孙三']);
    expect((await census()).map((p) => p.name)).toEqual(['孙三']);

    const { page, problems } = await app.open();
    await page.getByTestId('reminders-care').getByText('孙三', { exact: false }).waitFor();
    await page.getByTestId('nav-members').click();
    await page.getByTestId('member-table').getByText('孙三').click();
    await page.getByTestId('member-status').click();
    const dialog = page.locator('.ant-modal:visible');
    await pickOption(dialog, '变更类型', '死亡');
    await fillDate(dialog, '日期', todayIso());
    await page.locator('#status-submit').click();
    await page.getByText('已办理死亡').waitFor();
    await page.locator('.ant-drawer-close:visible').click();

    // 首页: the panel no longer names them.
    await page.getByTestId('nav-home').click();
    const panel = page.getByTestId('reminders-care');
    await expect.poll(() => panel.textContent(), WAIT).toContain('流出未联系 0 人');
    expect(await panel.getByText('孙三', { exact: false }).count()).toBe(0);

    // The 流动党员登记表 exported from the page: no 流出 row for them.
    await page.getByTestId('nav-care').click();
    await page.getByTestId('care-tab-flows').click();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('care-flow-export').click()]);
    const wb = await readWorkbook(await download.path());
    const cells: string[] = [];
    wb.worksheets[0]!.eachRow((r) => cells.push((r.values as unknown[]).map((v) => String(v ?? '')).join('|')));
    expect(cells.some((line) => line.includes('孙三'))).toBe(false);
    // The 党内统计 of the same day agrees, and the member's own record keeps the 流出.
    expect(await census()).toEqual([]);
    expect((await app.host.api<{ flows: { cardNo: string }[] }>('care.member', { memberId: outId })).flows.map((f) => f.cardNo)).toEqual(['LD-001']);
    expect(problems).toEqual([]);
  });

  it('光荣在党50年 counts from 入党 for 1969–1977 members and lists a missing 转正日期 under 待核对, on the page and in the export', async () => {
    const add = (name: string, day: string, joinedOn: string) => {
      const first17 = `110105194501${day}001`;
      return app.host.api('members.create', {
        name,
        gender: '男',
        birthDate: `1945-01-${day}`,
        idNumber: first17 + idCheckChar(first17),
        joinedOn,
        fullMemberOn: null,
        category: '正式党员',
        communityClass: '离退休',
        branchId,
      });
    };
    await add('七零年入党', '11', '1970-05-01');
    await add('缺转正日期', '12', '1968-05-01');
    const { page, problems } = await app.open();
    await page.getByTestId('nav-care').click();
    await page.getByTestId('care-tab-honor').click();
    await page.getByTestId('care-honor-七零年入党').waitFor(WAIT);
    const check = page.getByTestId('care-honor-check');
    await check.getByText('缺转正日期').waitFor(WAIT);
    expect(await page.getByTestId('care-honor-table').getByText('缺转正日期').count()).toBe(0);
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('care-honor-export').click()]);
    const wb = await readWorkbook(await download.path());
    const names = (sheet: ExcelJS.Worksheet) => {
      const out: string[] = [];
      sheet.eachRow((r, i) => i > 3 && out.push(String(r.getCell(2).value ?? '')));
      return out.filter((n) => n !== '');
    };
    expect(names(wb.worksheets[0]!)).toContain('七零年入党');
    expect(names(wb.worksheets[0]!)).not.toContain('缺转正日期');
    expect(names(wb.getWorksheet('待核对')!)).toEqual(expect.arrayContaining(['缺转正日期']));
    expect(problems).toEqual([]);
  });
});
