import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { addManualEntry } from '../../../db/points/entries';
import { listRules } from '../../../db/points/rules';
import { setExclusion } from '../../../db/points/entries';
import { memoryLedger, routerFor, TODAY } from '../../support/testLedger';
import { pointsCommunity } from './pointsFixture';
import { readExport } from '../../support/readBack';

async function exported(router: ReturnType<typeof routerFor>['router'], exportsDir: string, call: string, input: object) {
  const result = await router.handle(call, input);
  if (!result.ok) throw new Error(result.error.message);
  const wb = await readExport(exportsDir, result.value as { fileName: string });
  return wb.worksheets[0];
}
const row = (ws: ExcelJS.Worksheet, n: number) => (ws.getRow(n).values as unknown[]).slice(1);

describe('points forms', () => {
  it('党员积分汇总表: one column per 加分 rule, ranks, stars, and 不参加积分 in 备注', async () => {
    const c = pointsCommunity();
    c.meeting('2026-03-05', ['主题党日', '党课'], { [c.li]: '缺席' });
    const honour = listRules(c.ledger, 2026).find((r) => r.code === 'HONOUR')!;
    addManualEntry(c.ledger, { memberId: c.zhang, ruleId: honour.id, occurredOn: '2026-07-01', points: null, reason: '表彰', operator: '刘书记' }, TODAY);
    setExclusion(c.ledger, { memberId: c.wang, year: 2026, reason: '年老体弱' });
    const { router, exportsDir } = routerFor(c.ledger);
    const ws = await exported(router, exportsDir, 'reports.pointsSummary', { year: 2026 });
    expect(ws.getCell('A1').value).toBe('2026年度党员积分汇总表');
    const header = row(ws, 3);
    expect(header.slice(0, 4)).toEqual(['序号', '姓名', '所在党支部', '基础分']);
    expect(header).toContain('加分：参加党课');
    expect(header.slice(-7)).toEqual(['加分：受到表彰', '扣分', '一票否决', '年度总分', '排名', '星级', '备注']);
    const col = (name: string) => header.indexOf(name);
    const zhang = row(ws, 4);
    expect([zhang[1], zhang[col('加分：参加党课')], zhang[col('加分：受到表彰')], zhang[col('年度总分')], zhang[col('排名')], zhang[col('星级')]]).toEqual([
      '张红',
      2,
      5,
      68,
      1,
      '二星',
    ]);
    const li = row(ws, 5);
    expect([li[1], li[col('扣分')], li[col('年度总分')], li[col('排名')], li[col('星级')]]).toEqual(['李明', -2, 58, 2, '一星']);
    expect(row(ws, 6)[col('备注')]).toBe('不参加积分：年老体弱');
    // Long headers and notes wrap: their rows grow instead of printing clipped.
    expect(ws.getRow(3).height).toBeGreaterThan(30);
    expect(ws.getRow(6).height).toBeGreaterThan(ws.getRow(5).height);
  });

  it('积分明细 lists each entry with its source and a running total; 评星定级结果表 follows the star table', async () => {
    const c = pointsCommunity();
    c.meeting('2026-03-05', ['主题党日']);
    const { router, exportsDir } = routerFor(c.ledger);
    const statement = await exported(router, exportsDir, 'reports.pointsStatement', { memberId: c.zhang, year: 2026 });
    expect(row(statement, 4).slice(2, 6)).toEqual(['基础分', '年度基础分', 60, 60]);
    expect(row(statement, 5).slice(2, 6)).toEqual(['参加主题党日', '第一网格党支部 主题党日', 1, 61]);
    expect(
      await router.handle('points.saveStars', {
        year: 2026,
        levels: [
          { stars: 5, minPoints: 61 },
          { stars: 1, minPoints: 0 },
        ],
      }),
    ).toMatchObject({ ok: true });
    const stars = await exported(router, exportsDir, 'reports.starResults', { year: 2026 });
    expect(row(stars, 4).slice(1, 7)).toEqual(['张红', '第一网格党支部', 61, 1, 1, '五星']);
  });

  it('refuses a year without a scheme, in Chinese', async () => {
    const { router } = routerFor(memoryLedger());
    expect(await router.handle('reports.pointsSummary', { year: 2026 })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('尚未设置积分规则') },
    });
  });
});
