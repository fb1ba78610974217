// 报表 → 党费收缴情况统计表 and 收缴公示 through the UI, the downloaded workbooks read back.
import { beforeAll, describe, expect, it } from 'vitest';
import { todayIso } from '../../api/rules/dates';
import { addFullMembers, createCommunity, useApp } from './harness';
import { readWorkbook } from '../support/readBack';

const YEAR = Number(todayIso().slice(0, 4));

describe('党费 forms on the 报表 page', () => {
  const app = useApp();
  beforeAll(async () => {
    const { branchId } = await createCommunity(app.host);
    await addFullMembers(app.host, branchId, ['赵一', '钱二']);
    const page = await app.host.api<{ rows: { memberId: number; name: string }[] }>('dues.month', { orgId: branchId, month: `${YEAR}-01` });
    for (const row of page.rows)
      await app.host.api('dues.saveBase', { memberId: row.memberId, fromMonth: `${YEAR}-01`, kind: '在职', baseFen: row.name === '赵一' ? 300001 : 500000 });
    await app.host.api('dues.payBranchMonth', {
      orgId: branchId,
      month: `${YEAR}-01`,
      paidOn: `${YEAR}-01-10`,
      method: '现金',
      collector: '王芳',
      exceptMemberIds: [],
    });
  });

  const download = async (key: string) => {
    const { page, problems } = await app.open();
    await page.getByTestId('nav-reports').click();
    const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId(`report-${key}`).getByRole('button').click()]);
    const wb = await readWorkbook(await file.path());
    return { sheet: wb.worksheets[0]!, problems };
  };

  it('exports the 统计表 by quarter with the branch’s 应交 and 实交', async () => {
    const { sheet, problems } = await download('duesStats');
    expect(sheet.getCell('A1').value).toBe(`${YEAR}年党费收缴情况统计表（按季度）`);
    const q1 = [];
    for (let r = 4; r <= sheet.rowCount; r++) q1.push((sheet.getRow(r).values as unknown[]).slice(1));
    // January paid by both: 30.00 (3000.01 元 × 1%) + 50.00 (5000.00 元 × 1%).
    const branch = q1.find((r) => r[1] === '第一季度' && r[2] === '第一网格党支部')!;
    expect(branch[5]).toBe(80);
    expect(sheet.getCell(4, 6).numFmt).toBe('0.00');
    expect(problems).toEqual([]);
  });

  it('exports the 公示 with names and amounts', async () => {
    const { sheet, problems } = await download('duesNotice');
    expect(String(sheet.getCell('A1').value)).toContain(`${YEAR}年党费收缴情况公示`);
    const names = [];
    for (let r = 4; r <= sheet.rowCount; r++) names.push(sheet.getRow(r).getCell(3).value);
    expect(names).toEqual(expect.arrayContaining(['赵一', '钱二']));
    expect(problems).toEqual([]);
  });
});
