import { describe, expect, it } from 'vitest';
import { routerFor } from '../../support/testLedger';
import { pointsCommunity } from './pointsFixture';
import { readExport } from '../../support/readBack';

const CENSUS_SHEETS = [
  '党员总数',
  '性别与民族',
  '年龄',
  '学历',
  '党龄',
  '党员入党时间',
  '社区分类',
  '流动党员',
  '流出党员流向',
  '发展党员工作',
  '预备党员转正情况',
  '民主评议党员',
  '党员增减变化',
  '党组织',
  '党费',
  '平衡关系核对',
];

describe('年度台账', () => {
  it('builds every form of the year into one workbook, reporting progress and what it skipped', async () => {
    const c = pointsCommunity();
    c.meeting('2026-03-05', ['主题党日']);
    const { router, exportsDir } = routerFor(c.ledger);
    const started = (await router.handle('reports.yearBook', { year: 2026 })) as { ok: true; value: { jobId: string } };
    const seen = new Set<string>();
    let status: { finished: boolean; step: string; skipped: string[]; file: { fileName: string } | null; error: string | null };
    do {
      await new Promise((r) => setTimeout(r, 5));
      status = ((await router.handle('reports.jobStatus', { jobId: started.value.jobId })) as { ok: true; value: typeof status }).value;
      seen.add(status.step);
    } while (!status.finished);
    expect(status.error).toBeNull();
    expect([...seen].some((s) => s.startsWith('正在生成'))).toBe(true);
    expect(status.skipped).toEqual([
      '双报到（本年度没有双报到记录）',
      '党费（本年度没有核定党费基数或交纳记录）',
      '发展党员（本年度没有发展党员记录）',
      '民主评议（本年度尚未开展民主评议）',
      '流动党员与关怀（本年度没有流动党员、关怀慰问、光荣在党50年或党员中心户记录）',
    ]);
    const wb = await readExport(exportsDir, status.file!);
    const titles = wb.worksheets.map((ws) => String(ws.getCell('A1').value));
    expect(titles).toEqual([
      expect.stringContaining('党员花名册'),
      '2026年全年“三会一课”开展情况统计表',
      '2026年度党员积分汇总表',
      '2026年度党员评星定级结果表',
      ...CENSUS_SHEETS.map((t) => `2026年党内统计年报：${t}`),
    ]);
    expect(await router.handle('reports.jobStatus', { jobId: 'nope' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
