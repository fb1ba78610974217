// The roster import's optional 转入日期 (issue 29) through the UI: the column is recognised by
// its header, a date before 入党 is named by row and column, and a member imported with one is on
// the roster from that day, with the 转入 in their history.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { idCheckChar } from '../../api/rules/idNumber';
import { createCommunity, freshDataDir, useApp } from './harness';

const id = (birth: string) => {
  const first17 = `110105${birth}001`;
  return first17 + idCheckChar(first17);
};

describe('roster import with 转入日期 through the UI', () => {
  const dir = freshDataDir();

  const app = useApp(dir);
  beforeAll(async () => {
    await createCommunity(app.host);
  });

  it('opens the member’s facts on the 转入 day and refuses one before 入党', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('花名册');
    sheet.addRow(['姓名', '性别', '公民身份号码', '入党日期', '转正日期', '人员类别', '所在党支部', '转入日期']);
    sheet.addRow(['转入甲', '男', id('19700301'), '1995-07-01', '1996-07-01', '正式党员', '第一网格党支部', '2020-05-01']);
    sheet.addRow(['早转入', '男', id('19710301'), '2001-07-01', '2002-07-01', '正式党员', '第一网格党支部', '2001-06-30']);
    const file = path.join(dir, '花名册.xlsx');
    fs.writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));

    const { page, problems } = await app.open();
    await page.getByTestId('nav-members').click();
    await page.getByTestId('roster-import').click();
    await page.locator('.import-drawer input[type=file]').setInputFiles(file);
    const preview = page.getByTestId('import-preview');
    const badRow = preview.locator('tr', { hasText: '早转入' });
    await badRow.waitFor();
    expect(await badRow.textContent()).toContain('【转入日期】');
    expect(await badRow.textContent()).toContain('转入日期2001-06-30不能早于入党日期2001-07-01');
    await page.getByTestId('import-commit').click();
    await page.locator(':text-is("导入完成"):visible').first().waitFor();

    const { rows } = await app.host.api<{ rows: { id: number; name: string }[] }>('members.list', {});
    expect(rows.map((r) => r.name)).toEqual(['转入甲']);
    const history = await app.host.api<{ facts: { fact: string; validFrom: string }[]; events: { kind: string; occurredOn: string }[] }>('members.history', {
      id: rows[0]!.id,
    });
    expect(history.facts.find((f) => f.fact === 'branch')?.validFrom).toBe('2020-05-01');
    expect(history.events.map((e) => [e.kind, e.occurredOn])).toEqual([['转入', '2020-05-01']]);
    expect(problems).toEqual([]);
  });
});
