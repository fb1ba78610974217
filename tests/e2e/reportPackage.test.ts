// 报表 → 生成上报包 through the UI: refused until 所属街道 is set, then a .zip the street's verifier
// accepts, with full 身份证号 only when ticked (and a warning shown).
import fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { todayIso } from '../../api/rules/dates';
import { verifyPackage } from '../../excel/package/verify';
import { addFullMembers, createCommunity, useApp } from './harness';

const YEAR = Number(todayIso().slice(0, 4));

describe('生成上报包 through the UI', () => {
  const app = useApp();
  beforeAll(async () => {
    const { branchId } = await createCommunity(app.host);
    await addFullMembers(app.host, branchId, ['赵一', '钱二', '孙三']);
    await app.host.api('settings.save', { communityName: '幸福里社区' });
  });

  it('names the missing 所属街道, then downloads a package the street accepts', async () => {
    const { page, problems } = await app.open();
    await page.getByTestId('nav-reports').click();
    await page.getByTestId('package-make').click();
    await page.getByText('请先在“系统设置”中填写所属街道').waitFor();

    await app.host.api('settings.save', { communityName: '幸福里社区', streetName: '和平街道' });
    await page.getByTestId('package-full-id').check();
    await page.getByText('上报包将包含完整的身份证号').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('package-make').click()]);
    expect(download.suggestedFilename()).toBe(`幸福里社区${YEAR}年上报包.zip`);
    const { manifest, data } = await verifyPackage(fs.readFileSync(await download.path()), download.suggestedFilename());
    expect(manifest).toMatchObject({ community: '幸福里社区', street: '和平街道', period: { year: YEAR, quarter: null }, fullIdNumbers: true });
    expect(data.members.total).toBe(3);
    expect(problems).toEqual([]);
  });
});
