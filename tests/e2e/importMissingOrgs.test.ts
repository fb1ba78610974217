// The first import on a new ledger: the roster names branches the ledger does not have, and
// there is no 社区党委 yet. The preview proposes the community organisation from 系统设置's name,
// one button creates it and the branches, the preview refreshes, and the user confirms the
// import; the completion dialog names the row it left out.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { id } from '../fixtures/rosterFixtures';
import { freshDataDir, useApp } from './harness';

const HEADERS = ['序号', '姓名', '性别', '身份证号码', '入党时间', '转正时间', '党员类别', '所在支部'];
const ROWS = [
  [1, '新甲', '男', id('11010519750312001'), '2001-07-01', '2002-07-01', '正式党员', '第八网格党支部'],
  [2, '新乙', '女', id('11010519760312002'), '2003-07-01', '2004-07-01', '正式党员', '第九网格党支部'],
  [3, '新丙', '男', id('11010519770312003'), '2005-07-01', '2006-07-01', '正式党员', '第九网格党支部'],
  [4, '缺日期', '男', id('11010519780312004'), '', '', '正式党员', '第九网格党支部'], // no 入党日期: not imported
];

describe('import creates the branches a roster names', () => {
  const dir = freshDataDir();

  const app = useApp(dir);
  beforeAll(async () => {
    await app.host.api('settings.save', { communityName: '幸福里社区' });
  });

  it('proposes the community organisation, creates it and the branches, previews again, then imports', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('花名册');
    sheet.addRow(HEADERS);
    for (const row of ROWS) sheet.addRow(row);
    const file = path.join(dir, '两个新支部.xlsx');
    fs.writeFileSync(file, Buffer.from(await workbook.xlsx.writeBuffer()));

    const { page, problems } = await app.open();
    await page.getByTestId('nav-members').click();
    await page.getByTestId('roster-import').click();
    await page.locator('.import-drawer input[type=file]').setInputFiles(file);
    const alert = page.getByTestId('import-missing-orgs');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('文件中有 2 个党支部/党小组尚未建立：第八网格党支部、第九网格党支部');
    expect((await app.host.api<{ total: number }>('members.list', {})).total).toBe(0);

    expect(await alert.textContent()).toContain('先新建社区党组织“幸福里社区党委”');
    await page.getByTestId('import-community-kind').getByText('社区党总支').click();
    expect(await alert.textContent()).toContain('先新建社区党组织“幸福里社区党总支”');
    await page.getByTestId('import-create-orgs').click();
    await alert.waitFor({ state: 'detached' });
    // Created, previewed again, nothing imported until the user confirms.
    expect((await app.host.api<{ total: number }>('members.list', {})).total).toBe(0);
    const orgs = await app.host.api<{ id: number; name: string; kind: string; parentId: number | null }[]>('orgs.list', {});
    const byName = new Map(orgs.map((o) => [o.name, o]));
    const rootId = byName.get('幸福里社区党总支')!.id;
    expect(byName.get('幸福里社区党总支')).toMatchObject({ kind: '党总支', parentId: null });
    expect(byName.get('第八网格党支部')).toMatchObject({ kind: '党支部', parentId: rootId });
    expect(byName.get('第九网格党支部')).toMatchObject({ kind: '党支部', parentId: rootId });
    const commit = page.getByTestId('import-commit');
    await expect.poll(() => commit.textContent()).toContain('新增 3 人');
    await commit.click();
    const done = page.getByTestId('import-done');
    await done.waitFor();
    expect(await page.getByTestId('import-refused').textContent()).toContain('第5行 缺日期：【入党时间】缺少入党日期');

    const { rows } = await app.host.api<{ rows: { name: string; branchName: string }[] }>('members.list', {});
    expect(Object.fromEntries(rows.map((r) => [r.name, r.branchName]))).toEqual({ 新甲: '第八网格党支部', 新乙: '第九网格党支部', 新丙: '第九网格党支部' });
    expect(problems).toEqual([]);
  });
});
