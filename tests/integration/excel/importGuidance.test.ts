// What a template says to its reader is not a person: instruction lines are listed as skipped,
// and names padded to line up in Word keep no spaces.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportPreview, UploadedFile } from '../../../api/schemas/imports';
import { memberListInput } from '../../../api/schemas/members';
import { personName } from '../../../api/rules/text';
import { listMembers } from '../../../db/members/read';
import { putSettings } from '../../../db/settings';
import { instructionText } from '../../../excel/import/instructions';
import { instructionLines } from '../../fixtures/rosterFixtures';
import { basicTree, memoryLedger, routerFor, TODAY } from '../../support/testLedger';

describe('instruction lines in an imported table', () => {
  it('are listed as skipped with their row numbers, and the people around them import', async () => {
    const ledger = memoryLedger();
    basicTree(ledger);
    const { call } = routerFor(ledger);
    const { uploadId } = await call('import.upload', { fileName: instructionLines.fileName, data: (await instructionLines.bytes()).toString('base64') });
    const p = await call('import.preview', { uploadId });
    expect(p.headerRow).toBe(2);
    expect(p.footerRow).toBe(9);
    expect(p.skippedLines.map((l) => l.rowNumber)).toEqual([3, 7, 8]);
    expect(p.skippedLines[1].text).toBe('1. 本表由支部书记填写，每年一月更新一次，请勿改动表头。');
    expect(p.rows.map((r) => [r.rowNumber, r.name, r.action])).toEqual([
      [4, '王芳', 'create'],
      [5, '欧阳建国', 'create'],
    ]);
    expect(p.counts).toMatchObject({ total: 2, create: 2, error: 0 });
    expect(await call('import.commit', { uploadId })).toMatchObject({ created: 2, notImported: 0 });
    expect(
      listMembers(ledger, memberListInput.parse({ pageSize: 10 }), TODAY)
        .rows.map((r) => r.name)
        .sort(),
    ).toEqual(['王芳', '欧阳建国'].sort());
  });

  it('a person’s row is never taken for a note', () => {
    const id = '110105197503120026';
    expect(instructionText(['1', '王芳', '女', id], 1)).toBeNull();
    expect(instructionText([null, '王芳', null, id], 1)).toBeNull(); // name and ID only
    expect(instructionText([null, null, null, id], 1)).toBeNull(); // an ID without a name is an error row, not a note
    expect(instructionText([null, '说明书', null, id], 1)).toBeNull();
    expect(instructionText([null, '备注：已转出'], 1)).toBe('备注：已转出');
    expect(instructionText(['注意事项'], 1)).toBe('注意事项');
    expect(instructionText(['短句'], 1)).toBeNull(); // short text alone: left to the row checks
  });

  it('names lose the spaces that only line them up', () => {
    expect(personName('王　芳')).toBe('王芳');
    expect(personName(' 王 芳 ')).toBe('王芳');
    expect(personName('买买提·艾力')).toBe('买买提·艾力');
    expect(personName('Li  Ming')).toBe('Li Ming');
  });
});

describe('a year where a day is needed', () => {
  it('leaves 转正日期 blank with a note and imports the person; refuses a year-only 入党日期 by name', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('花名册');
    ws.addRow(['姓名', '身份证号', '入党日期', '转正日期', '所在支部', '人员类别']);
    ws.addRow(['张秀兰', '110105197503120026', '2001-07-01', 2002, '第一网格党支部', '正式党员']); // a number, not serial day 2002 (1905-06-24)
    ws.addRow(['李建国', '110105196005010014', '1985年', '1986年', '第一网格党支部', '正式党员']);
    const ledger = memoryLedger();
    basicTree(ledger);
    const { router } = routerFor(ledger);
    const up = await router.handle('import.upload', { fileName: '花名册.xlsx', data: Buffer.from(await wb.xlsx.writeBuffer()).toString('base64') });
    if (!up.ok) throw new Error(up.error.message);
    const r = await router.handle('import.preview', { uploadId: (up.value as UploadedFile).uploadId });
    if (!r.ok) throw new Error(r.error.message);
    const p = r.value as ImportPreview;
    expect(p.rows.map((row) => [row.name, row.action, row.problems.map((x) => [x.column, x.level, x.message])])).toEqual([
      [
        '张秀兰',
        'create',
        [
          ['转正日期', 'warning', '只有年份（2002），该日期未导入，请查明具体日期后在系统中补填'],
          ['转正日期', 'warning', '正式党员应填写转正日期（党龄从转正日期算起）'],
        ],
      ],
      [
        '李建国',
        'error',
        [
          ['入党日期', 'error', '只有年份（1985），入党日期须具体到日，请补全后再导入'],
          ['转正日期', 'warning', '只有年份（1986），该日期未导入，请查明具体日期后在系统中补填'],
        ],
      ],
    ]);
  });
});

describe('the first import on a new ledger', () => {
  async function emptyLedger(communityName: string | null) {
    const ledger = memoryLedger();
    if (communityName) putSettings(ledger, { communityName });
    const { router, call } = routerFor(ledger);
    const roster = async () => {
      const ExcelJS = (await import('exceljs')).default;
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('花名册');
      ws.addRow(['姓名', '身份证号', '入党日期', '转正日期', '所在支部', '党小组']);
      ws.addRow(['张秀兰', '110105197503120026', '2001-07-01', '2002-07-01', '第一网格党支部', '1号楼党小组']);
      ws.addRow(['李建国', '110105196005010014', '1985-06-01', '1986-06-01', '离退休党支部', null]);
      return Buffer.from(await wb.xlsx.writeBuffer());
    };
    const { uploadId } = await call('import.upload', { fileName: '花名册.xlsx', data: (await roster()).toString('base64') });
    return { ledger, router, call, uploadId };
  }

  it('creates the community organisation from 系统设置 and the branches, then previews again before anything is imported', async () => {
    const t = await emptyLedger('幸福里社区');
    const first = await t.call('import.preview', { uploadId: t.uploadId });
    expect(first.missingOrgs).toEqual({
      parent: null,
      proposedParent: '幸福里社区党委',
      branches: ['第一网格党支部', '离退休党支部'],
      groups: [{ branch: '第一网格党支部', name: '1号楼党小组' }],
    });
    expect(first.counts).toMatchObject({ create: 0, error: 2 });
    expect(await t.call('import.createOrgs', { uploadId: t.uploadId, communityKind: '党总支' })).toEqual({
      created: ['幸福里社区党总支', '第一网格党支部', '离退休党支部', '第一网格党支部 / 1号楼党小组'],
    });
    expect(t.ledger.sqlite.prepare('SELECT count(*) AS n FROM members').get()).toEqual({ n: 0 }); // nothing imported yet
    const orgs = await t.call('orgs.list', {});
    const byName = new Map(orgs.map((o) => [o.name, o]));
    expect(byName.get('幸福里社区党总支')).toMatchObject({ kind: '党总支', parentId: null });
    expect(byName.get('离退休党支部')).toMatchObject({ kind: '党支部', parentId: byName.get('幸福里社区党总支')!.id, branchType: '离退休党支部' });
    expect(byName.get('1号楼党小组')).toMatchObject({ kind: '党小组', parentId: byName.get('第一网格党支部')!.id });
    const second = await t.call('import.preview', { uploadId: t.uploadId });
    expect(second.missingOrgs).toEqual({ parent: '幸福里社区党总支', proposedParent: null, branches: [], groups: [] });
    expect(second.counts).toMatchObject({ create: 2, error: 0 });
    // What the 离退休党支部 implies is offered, not applied unasked.
    expect(second.proposals).toEqual([{ key: 'retiredClass', text: expect.stringContaining('离退休党支部的 1 名党员未填社区分类'), rows: 1, accepted: false }]);
    const accepting = await t.call('import.preview', { uploadId: t.uploadId, acceptProposals: ['retiredClass'] });
    expect(accepting.proposals[0].accepted).toBe(true);
    expect(await t.call('import.commit', { uploadId: t.uploadId, acceptProposals: ['retiredClass'] })).toMatchObject({ created: 2 });
    const classes = listMembers(t.ledger, memberListInput.parse({ pageSize: 10 }), TODAY).rows.map((r) => [r.name, r.communityClass]);
    expect(Object.fromEntries(classes)).toEqual({ 张秀兰: '直管', 李建国: '离退休' });
  });

  it('without a 社区名称 says where to set it, and writes nothing', async () => {
    const t = await emptyLedger(null);
    expect((await t.call('import.preview', { uploadId: t.uploadId })).missingOrgs).toMatchObject({ parent: null, proposedParent: null });
    const r = await t.router.handle('import.createOrgs', { uploadId: t.uploadId });
    expect(r.ok ? null : r.error.message).toContain('系统设置');
    expect(t.ledger.sqlite.prepare('SELECT count(*) AS n FROM orgs').get()).toEqual({ n: 0 });
  });
});

describe('the preview of a file whose every row shares one assumption', () => {
  it('says it once above the table, and 导出需修改的行 sends back only the rows that will not be imported', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('花名册');
    ws.addRow(['姓名', '身份证号', '入党日期', '所在支部']); // no 人员类别 column: every row is derived the same way
    ws.addRow(['张秀兰', '110105197503120026', '2001-07-01', '第一网格党支部']);
    ws.addRow(['李建国', '110105196005010014', '1985-06-01', '第一网格党支部']);
    ws.addRow(['王五', '110105196005010015', '1990-06-01', '第九网格党支部']); // a branch that does not exist: not imported
    const ledger = memoryLedger();
    basicTree(ledger);
    const { exportsDir, call } = routerFor(ledger);
    const { uploadId } = await call('import.upload', { fileName: '花名册.xlsx', data: Buffer.from(await wb.xlsx.writeBuffer()).toString('base64') });
    const p = await call('import.preview', { uploadId });
    expect(p.notes.map((n) => n.column)).toEqual(['人员类别']);
    expect(p.notes[0].message).toContain('人员类别为空');
    expect(p.rows.flatMap((r) => r.problems).some((x) => x.message.includes('人员类别为空'))).toBe(false);
    expect(p.counts).toMatchObject({ create: 2, error: 1 });
    const file = await call('import.problems', { uploadId });
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(path.join(exportsDir, file.fileName));
    const names = back.worksheets[0].getColumn(2).values.filter((v) => typeof v === 'string');
    expect(names).toEqual(['姓名', '王五']);
  });
});
