// A unit's list of 在职党员 through the same pipeline as the roster: bad rows named by
// row and column, the good ones registered under the unit in one go.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { unitInput } from '../../../api/schemas/dualReg';
import type { ImportPreview } from '../../../api/schemas/imports';
import { listOnjob, saveUnit } from '../../../db/dualReg/registry';
import { memoryLedger, routerFor, snapshot } from '../../support/testLedger';
import { id } from '../../fixtures/rosterFixtures';

async function unitList(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('名单');
  ws.addRow(['区税务局在职党员到社区报到名单']);
  ws.mergeCells('A1:F1');
  ws.addRow(['姓名', '身份证号', '手机', '工作单位', '认领岗位', '报到时间']);
  ws.addRow(['王建业', id('11010519850505001'), '13900000001', '区税务局 科长', '政策宣传、平安巡防', '2026.3.1']);
  ws.addRow(['刘晓梅', id('11010519880808002'), '13900000002', '区税务局 科员', '心理疏导', '2026年3月2日']);
  ws.addRow(['张错号', '110105198808080021', '13900000003', '区税务局', '', '2026-03-03']);
  // eslint-disable-next-line no-loss-of-precision -- an ID typed into Excel as a number has lost its last digits; the import must catch it
  ws.addRow(['李数字', 110105198505050010, '13900000004', '区税务局', '', '2026-03-03']);
  ws.addRow(['王建业', id('11010519850505001'), '', '', '', '']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('在职党员 list import', () => {
  it('previews problems by row and column, then registers the good rows under the unit', async () => {
    const ledger = memoryLedger();
    const unitId = saveUnit(ledger, unitInput.parse({ name: '区税务局', registeredOn: '2026-01-01' }));
    const { router } = routerFor(ledger, '2026-11-24');
    const up = await router.handle('import.upload', { fileName: '名单.xlsx', data: (await unitList()).toString('base64') });
    if (!up.ok) throw new Error(up.error.message);
    const req = { uploadId: (up.value as { uploadId: string }).uploadId, target: 'onjob', unitId };
    const preview = (await router.handle('import.preview', req)) as { ok: true; value: ImportPreview };
    const rows = new Map(preview.value.rows.map((r) => [r.rowNumber, r]));
    expect(preview.value.headerRow).toBe(2);
    expect(rows.get(3)).toMatchObject({ action: 'create', problems: [] });
    expect(rows.get(4)!.problems).toEqual([{ column: '认领岗位', level: 'warning', message: expect.stringContaining('心理疏导') }]);
    expect(rows.get(5)).toMatchObject({ action: 'error', problems: [{ column: '身份证号', level: 'error', message: expect.stringContaining('校验位') }] });
    expect(rows.get(6)!.problems[0]).toMatchObject({ column: '身份证号', message: expect.stringContaining('已经丢失') });
    expect(rows.get(7)).toMatchObject({ action: 'error', duplicate: 'file' });

    const before = snapshot(ledger);
    expect(await router.handle('import.commit', { ...req, onDuplicate: 'stop' })).toMatchObject({ ok: true });
    expect(snapshot(ledger)).not.toEqual(before);
    const people = listOnjob(ledger);
    expect(people.map((p) => [p.name, p.unitName, p.registeredOn, p.posts])).toEqual([
      ['王建业', '区税务局', '2026-03-01', ['政策宣传', '平安巡防']],
      ['刘晓梅', '区税务局', '2026-03-02', ['其他']],
    ]);
  });
});
