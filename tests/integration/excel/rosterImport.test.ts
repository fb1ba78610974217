// Each messy spreadsheet from tests/fixtures through upload → preview → commit, on a real ledger.
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../../api/schemas/imports';
import { createOrg } from '../../../db/orgs';
import { createMember } from '../../../db/members/write';
import { listMembers } from '../../../db/members/read';
import { memberListInput } from '../../../api/schemas/members';
import { basicTree, memberInput, memoryLedger, orgInput, routerFor, snapshot, tempDir, TODAY } from '../../support/testLedger';
import * as F from '../../fixtures/rosterFixtures';
import { NATIONAL_FIELDS } from '../../../excel/import/rosterColumns';
import { readWorkbook } from '../../support/readBack';

async function setup(fileLedger = false) {
  const ledger = fileLedger
    ? (await import('../../../db/open')).openLedger({ file: path.join(tempDir(), 'l.sqlite'), migrationsDir: path.resolve('db/migrations') })
    : memoryLedger();
  const tree = basicTree(ledger);
  const ctx = routerFor(ledger);
  const { call } = ctx;
  const upload = (fileName: string, bytes: Buffer) => call('import.upload', { fileName, data: bytes.toString('base64') });
  const preview = (uploadId: string, extra: object = {}) => call('import.preview', { uploadId, ...extra });
  const commit = (uploadId: string, extra: object = {}) => call('import.commit', { uploadId, ...extra });
  const names = () =>
    listMembers(ledger, memberListInput.parse({ pageSize: 200 }), TODAY)
      .rows.map((r) => r.name)
      .sort();
  return { ledger, tree, ctx, call, upload, preview, commit, names };
}

const problemsOf = (p: ImportPreview, rowNumber: number) => p.rows.find((r) => r.rowNumber === rowNumber)!.problems;

describe('roster import', () => {
  it('finds the header under merged title rows, maps synonym headers, and imports', async () => {
    const t = await setup();
    const { uploadId, sheets } = await t.upload(F.mergedTitle.fileName, await F.mergedTitle.bytes());
    expect(sheets.map((s) => s.name)).toEqual(['花名册']);
    const p = await t.preview(uploadId);
    expect(p.headerRow).toBe(3);
    expect(p.fields.find((f) => f.key === 'idNumber')!.column).toBe(3);
    expect(p.fields.find((f) => f.key === 'joinedOn')!.column).toBe(5);
    expect(p.counts).toMatchObject({ total: 2, create: 2, error: 0 });
    expect(await t.commit(uploadId)).toMatchObject({ created: 2, updated: 0, skipped: 0 });
    expect(t.names()).toEqual(['张秀兰', '李建国'].sort());
    const zhang = listMembers(t.ledger, memberListInput.parse({ keyword: '张秀兰' }), TODAY).rows[0];
    expect(zhang).toMatchObject({ gender: '女', birthDate: '1975-03-12', groupName: F.GROUP, phone: '13800138000' });
  });

  it('refuses an ID stored as a number (digits lost) and says so; keeps a 15-digit one', async () => {
    const t = await setup();
    const { uploadId } = await t.upload(F.idAsNumber.fileName, await F.idAsNumber.bytes());
    const p = await t.preview(uploadId);
    const lost = problemsOf(p, 2).find((x) => x.column === '身份证号码')!;
    expect(lost).toMatchObject({ level: 'error', message: expect.stringContaining('1.10105E+17') });
    expect(lost.message).toContain('已经丢失');
    expect(p.rows.find((r) => r.rowNumber === 3)).toMatchObject({ action: 'create', idNumber: '110105620515002' });
  });

  it('reads dates in every shape; a month-only date is a warning', async () => {
    const t = await setup();
    const { uploadId } = await t.upload(F.dateShapes.fileName, await F.dateShapes.bytes());
    const p = await t.preview(uploadId);
    expect(p.counts).toMatchObject({ total: 8, create: 8, error: 0 });
    expect(problemsOf(p, 8)).toEqual([{ column: '入党时间', level: 'warning', message: expect.stringContaining('只有年月') }]);
    await t.commit(uploadId);
    const joined = listMembers(t.ledger, memberListInput.parse({ keyword: '日期', pageSize: 50 }), TODAY).rows.map((r) => r.joinedOn);
    expect(new Set(joined)).toEqual(new Set(['2001-07-01']));
  });

  it('cleans full-width digits, ideographic spaces and line breaks', async () => {
    const t = await setup();
    const { uploadId } = await t.upload(F.messyText.fileName, await F.messyText.bytes());
    expect((await t.preview(uploadId)).counts.error).toBe(0);
    await t.commit(uploadId);
    const [m] = listMembers(t.ledger, memberListInput.parse({}), TODAY).rows;
    expect(m).toMatchObject({ name: '张秀兰', idNumber: F.id('11010519750312002'), phone: '13800138000', branchName: F.BRANCH });
  });

  it('skips blank and 合计 rows, offers no hidden sheet, reads formulas by value', async () => {
    const t = await setup();
    const { uploadId, sheets } = await t.upload(F.blanksAndSubtotals.fileName, await F.blanksAndSubtotals.bytes());
    expect(sheets.map((s) => s.name)).toEqual(['花名册']);
    const p = await t.preview(uploadId);
    expect(p.rows.map((r) => [r.rowNumber, r.name, r.action])).toEqual([
      [2, '张秀兰', 'create'],
      [5, '李建国', 'create'],
    ]);
    await expect(t.preview(uploadId, { sheet: '旧数据' })).rejects.toThrow('找不到工作表');
  });

  it('flags duplicates in the file, and against the roster skips, updates or stops as chosen', async () => {
    const t = await setup();
    createMember(
      t.ledger,
      memberInput(t.tree.branchA.id, {
        name: '李建国（原）',
        birthDate: '1960-05-01',
        idNumber: F.id('11010519600501001'),
        joinedOn: '1985-06-01',
        fullMemberOn: '1986-06-01',
      }),
      null,
      TODAY,
    );
    const { uploadId } = await t.upload(F.duplicates.fileName, await F.duplicates.bytes());
    const skip = await t.preview(uploadId);
    expect(skip.rows.map((r) => [r.rowNumber, r.action, r.duplicate])).toEqual([
      [2, 'create', null],
      [3, 'error', 'file'],
      [4, 'skip', 'roster'],
    ]);
    expect(problemsOf(skip, 3)[0].message).toBe('与第2行的身份证号重复');
    const before = snapshot(t.ledger);
    await expect(t.commit(uploadId, { onDuplicate: 'stop' })).rejects.toThrow('按设置停止导入');
    expect(snapshot(t.ledger)).toEqual(before);
    expect(await t.commit(uploadId, { onDuplicate: 'update' })).toMatchObject({ created: 1, updated: 1, skipped: 0, notImported: 1 });
    expect(t.names()).toEqual(['张秀兰', '李建国'].sort());
  });

  it('reads CSV in UTF-8 with BOM and in GBK', async () => {
    for (const encoding of ['utf8-bom', 'gbk'] as const) {
      const t = await setup();
      const { uploadId } = await t.upload('花名册.csv', F.csv(encoding));
      const p = await t.preview(uploadId);
      expect(p.counts, encoding).toMatchObject({ create: 1, error: 0 });
      await t.commit(uploadId);
      const [m] = listMembers(t.ledger, memberListInput.parse({}), TODAY).rows;
      expect(m.note).toBe('住址：幸福里, 1号楼');
    }
  });

  it('says a damaged .xls cannot be read (an .xls that is whole is read: legacyFormats.test.ts)', async () => {
    const t = await setup();
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    await expect(t.upload('花名册.xls', ole)).rejects.toThrow('文件无法读取');
  });

  it('rejects the whole-sheet merge with a message, and the host stays up', async () => {
    const t = await setup();
    const bytes = await F.wholeSheetMerge();
    expect(bytes.length).toBeLessThan(30_000);
    await expect(t.upload('整表合并.xlsx', bytes)).rejects.toThrow(/合并|内存|未能读完/);
    const again = await t.upload(F.mergedTitle.fileName, await F.mergedTitle.bytes());
    expect(again.sheets).toHaveLength(1);
  }, 60_000);

  it('a failure at row 900 of 1,000 leaves the roster exactly as before, after a backup', async () => {
    const t = await setup(true);
    const { uploadId } = await t.upload('大表.xlsx', await F.bigRoster(1000));
    const p = await t.preview(uploadId);
    expect(p.counts).toMatchObject({ total: 1000, create: 1000 });
    t.ledger.sqlite.exec(`CREATE TRIGGER fail_900 BEFORE INSERT ON members WHEN NEW.name = '党员0900' BEGIN SELECT RAISE(ABORT, 'disk trouble'); END`);
    const before = snapshot(t.ledger);
    await expect(t.commit(uploadId)).rejects.toThrow();
    expect(snapshot(t.ledger)).toEqual(before);
    t.ledger.sqlite.exec('DROP TRIGGER fail_900');
    const result = await t.commit(uploadId);
    expect(result.created).toBe(1000);
    expect(fs.existsSync(result.backup)).toBe(true);
  }, 60_000);

  it('remembers a changed mapping for the next file', async () => {
    const t = await setup();
    createOrg(t.ledger, orgInput('第三支部', '党支部', t.tree.root.id));
    const { uploadId } = await t.upload(F.mergedTitle.fileName, await F.mergedTitle.bytes());
    // Put 联系电话 (column 10) into 备注 instead, and import.
    await t.commit(uploadId, { mapping: { note: 10, phone: null } });
    const [m] = listMembers(t.ledger, memberListInput.parse({ keyword: '张秀兰' }), TODAY).rows;
    expect(m).toMatchObject({ note: '13800138000', phone: null });
  });

  it('saves the rows with problems as a workbook with a column of messages', async () => {
    const t = await setup();
    const { uploadId } = await t.upload(F.duplicates.fileName, await F.duplicates.bytes());
    const file = await t.call('import.problems', { uploadId });
    expect(file.rows).toBe(1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(t.ctx.exportsDir, file.fileName));
    const sheet = wb.worksheets[0];
    const header = sheet.getRow(1).values as unknown[];
    expect(header[1]).toBe('原行号');
    expect(header[header.length - 1]).toBe('问题说明');
    expect(sheet.getRow(2).getCell(1).value).toBe(3);
    expect(String(sheet.getRow(2).getCell(header.length - 1).value)).toContain('与第2行的身份证号重复');
    expect(sheet.getRow(2).getCell(5).value).toBe(F.id('11010519750312002'));
  });

  it('makes a template whose headers import back cleanly', async () => {
    const t = await setup();
    const file = await t.call('import.rosterTemplate', {});
    const bytes = fs.readFileSync(path.join(t.ctx.exportsDir, file.fileName));
    const wb = await readWorkbook(bytes);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['党员花名册', '填写说明']);
    expect(wb.getWorksheet('党员花名册')!.getCell('B2').dataValidation.formulae).toEqual(['"男,女"']);
    const { uploadId } = await t.upload(file.fileName, bytes);
    const p = await t.preview(uploadId);
    // Every template column maps; the 全国党员管理信息系统's own columns (是否失联 …) are not in the template.
    const national = new Set<string>(NATIONAL_FIELDS.map((f) => f.key));
    expect(p.fields.filter((f) => f.column === null).map((f) => f.key)).toEqual([...national]);
    expect(p.rows[0]).toMatchObject({ name: '张秀兰', action: 'create' });
  });

  describe('official rules on messy files', () => {
    it('takes a month-only 出生年月 that agrees with the 身份证号 as the number’s full date, without a warning', async () => {
      const t = await setup();
      const { uploadId } = await t.upload(F.monthOnlyBirth.fileName, await F.monthOnlyBirth.bytes());
      const p = await t.preview(uploadId);
      expect(p.counts).toMatchObject({ total: 5, create: 5, error: 0 });
      for (const rowNumber of [2, 3, 4, 5]) expect(problemsOf(p, rowNumber)).toEqual([]);
      // 1966.03 against a number of 1965: the month-only warning and the mismatch both stay.
      expect(problemsOf(p, 6).map((x) => x.message)).toEqual([
        expect.stringContaining('只有年月（1966-03）'),
        expect.stringContaining('出生日期与公民身份号码不一致'),
      ]);
      await t.commit(uploadId);
      const births = new Map(listMembers(t.ledger, memberListInput.parse({ pageSize: 50 }), TODAY).rows.map((r) => [r.name, r.birthDate]));
      expect(Object.fromEntries(births)).toEqual({
        文本点号: '1965-03-12',
        数字点号: '1965-03-12',
        年月: '1965-03-12',
        十月: '1965-10-05',
        不一致: '1966-03-01',
      });
    });

    it('ends the table at the footer lines (填报人, 审核人, 盖章 …) instead of reading them as rows', async () => {
      const t = await setup();
      const { uploadId } = await t.upload(F.footerLines.fileName, await F.footerLines.bytes());
      const p = await t.preview(uploadId);
      expect(p.footerRow).toBe(6);
      expect(p.rows.map((r) => r.name)).toEqual(['张秀兰', '李建国']);
      expect(p.counts).toMatchObject({ total: 2, create: 2, error: 0 });
      await t.commit(uploadId);
      expect(t.names()).toEqual(['张秀兰', '李建国'].sort());
    });

    it('derives an empty 人员类别 from the dates, with a warning', async () => {
      const t = await setup();
      const { uploadId } = await t.upload(F.emptyCategory.fileName, await F.emptyCategory.bytes());
      const p = await t.preview(uploadId);
      expect(p.counts).toMatchObject({ total: 3, create: 3, error: 0 });
      const categoryWarning = (rowNumber: number) => problemsOf(p, rowNumber).find((x) => x.column === '党员类别')!.message;
      expect(categoryWarning(2)).toBe('人员类别为空，已按有转正日期记为正式党员，请核对');
      expect(categoryWarning(3)).toBe('人员类别为空，已按入党已满一年记为正式党员，请核对');
      expect(categoryWarning(4)).toBe('人员类别为空，已按入党未满一年记为预备党员，请核对');
      await t.commit(uploadId);
      const categories = new Map(listMembers(t.ledger, memberListInput.parse({ pageSize: 50 }), TODAY).rows.map((r) => [r.name, r.category]));
      expect(Object.fromEntries(categories)).toEqual({ 有转正: '正式党员', 入党多年: '正式党员', 入党不满一年: '预备党员' });
    });

    it('lists branches and 党小组 that do not exist, and creates them under the community’s organisation in the import’s transaction', async () => {
      const t = await setup();
      const { uploadId } = await t.upload(F.newOrgs.fileName, await F.newOrgs.bytes());
      const p = await t.preview(uploadId);
      expect(p.missingOrgs).toEqual({
        parent: '幸福里社区党委',
        proposedParent: null,
        branches: ['第九网格党支部'],
        groups: [
          { branch: '第九网格党支部', name: '9号楼党小组' },
          { branch: F.BRANCH, name: '2号楼党小组' },
        ],
      });
      expect(p.counts).toMatchObject({ total: 4, create: 1, error: 3 });
      expect(problemsOf(p, 2)[0].message).toContain('找不到党支部“第九网格党支部”');
      expect(problemsOf(p, 4)[0].message).toContain('下没有党小组“2号楼党小组”');
      // Without the option nothing is created.
      const before = snapshot(t.ledger);
      const withOption = await t.preview(uploadId, { createMissingOrgs: true });
      expect(withOption.counts).toMatchObject({ total: 4, create: 4, error: 0 });
      expect(problemsOf(withOption, 2).map((x) => x.message)).toEqual([
        '党支部“第九网格党支部”尚未建立，导入时将新建',
        '党小组“9号楼党小组”尚未建立，导入时将在“第九网格党支部”下新建',
      ]);
      expect(snapshot(t.ledger)).toEqual(before);
      expect(await t.commit(uploadId, { createMissingOrgs: true })).toMatchObject({ created: 4 });
      const orgs = await t.call('orgs.list', {});
      const byName = new Map(orgs.map((o) => [o.name, o]));
      expect(byName.get('第九网格党支部')).toMatchObject({ kind: '党支部', parentId: t.tree.root.id });
      expect(byName.get('9号楼党小组')).toMatchObject({ kind: '党小组', parentId: byName.get('第九网格党支部')!.id });
      expect(byName.get('2号楼党小组')).toMatchObject({ kind: '党小组', parentId: t.tree.branchA.id });
      const rows = new Map(listMembers(t.ledger, memberListInput.parse({ pageSize: 50 }), TODAY).rows.map((r) => [r.name, [r.branchName, r.groupName]]));
      expect(Object.fromEntries(rows)).toEqual({
        新支部甲: ['第九网格党支部', '9号楼党小组'],
        新支部乙: ['第九网格党支部', null],
        新小组: [F.BRANCH, '2号楼党小组'],
        老支部: [F.BRANCH, F.GROUP],
      });
    });

    it('creates nothing when there is no single community organisation to put them under', async () => {
      const t = await setup();
      createOrg(t.ledger, orgInput('第二社区党总支', '党总支', null));
      const { uploadId } = await t.upload(F.newOrgs.fileName, await F.newOrgs.bytes());
      expect((await t.preview(uploadId, { createMissingOrgs: true })).missingOrgs!.parent).toBeNull();
      const before = snapshot(t.ledger);
      await expect(t.commit(uploadId, { createMissingOrgs: true })).rejects.toThrow('找不到唯一的社区党委或党总支');
      expect(snapshot(t.ledger)).toEqual(before);
    });

    it('treats a 15-digit number and its 18-digit form as one person, in the file and against the roster', async () => {
      const t = await setup();
      createMember(t.ledger, memberInput(t.tree.branchA.id, { name: '在册', birthDate: '1960-05-01', idNumber: '110105600501001' }), null, TODAY);
      const { uploadId } = await t.upload(F.idForms.fileName, await F.idForms.bytes());
      const p = await t.preview(uploadId);
      expect(p.rows.find((r) => r.rowNumber === 3)).toMatchObject({ action: 'error', duplicate: 'file' });
      expect(problemsOf(p, 3)[0].message).toBe('与第2行的身份证号重复（15位旧号码与18位号码是同一人）');
      expect(p.rows.find((r) => r.rowNumber === 4)).toMatchObject({ action: 'skip', duplicate: 'roster' });
      expect(problemsOf(p, 4)[0].message).toContain('已在花名册中（在册）');
    });
  });
});
