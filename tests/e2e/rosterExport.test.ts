// Export 党员花名册 through the UI and read the downloaded workbook.
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { idCheckChar } from '../../api/rules/idNumber';
import { createCommunity, useApp } from './harness';

describe('党员花名册 export through the UI', () => {
  const app = useApp();
  beforeAll(async () => {
    await app.host.api('settings.save', { communityName: '幸福里社区党委', preparer: '王芳', reviewer: '刘明', phone: '010-12345678' });
    const { branchId } = await createCommunity(app.host);
    const first17 = '11010519750312002';
    await app.host.api('members.create', {
      name: '张秀兰',
      gender: '女',
      birthDate: '1975-03-12',
      idNumber: first17 + idCheckChar(first17),
      joinedOn: '2001-07-01',
      fullMemberOn: '2002-07-01',
      category: '正式党员',
      communityClass: '直管',
      branchId: branchId,
      phone: '13800138000',
    });
  });

  it('downloads a workbook whose cells match the roster, with IDs masked on request', async () => {
    const { page, problems } = await app.open();
    await page.getByTestId('nav-members').click();
    await page.getByTestId('roster-export').click();
    await page.getByText('身份证号只显示前6位和后4位').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#roster-export-submit').click()]);
    expect(download.suggestedFilename()).toMatch(/^党员花名册-.*\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    const sheet = workbook.getWorksheet('党员花名册')!;
    expect(sheet.getCell('A1').value).toBe('幸福里社区党委党员花名册');
    const header = (sheet.getRow(3).values as unknown[]).slice(1);
    const row = (sheet.getRow(4).values as unknown[]).slice(1);
    const cell = (name: string) => row[header.indexOf(name)];
    expect(cell('姓名')).toBe('张秀兰');
    const id = '11010519750312002' + idCheckChar('11010519750312002');
    expect(cell('公民身份号码')).toBe(`110105********${id.slice(-4)}`);
    expect((cell('入党日期') as Date).toISOString().slice(0, 10)).toBe('2001-07-01');
    expect(cell('联系电话')).toBe('13800138000');
    await page.getByText('已开始下载').waitFor();
    expect(problems).toEqual([]);
  });
});
