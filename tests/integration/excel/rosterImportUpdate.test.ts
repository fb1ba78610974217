// 用文件更新: a row changes what its cells say and nothing else (excel/import/keepUnsaid.ts).
import { describe, expect, it } from 'vitest';
import { getMember } from '../../../db/members/read';
import { createMember } from '../../../db/members/write';
import { basicTree, memberInput, memoryLedger, routerFor, TODAY } from '../../support/testLedger';

const csv = (lines: string[]) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lines.join('\r\n'), 'utf8')]).toString('base64');

describe('roster import 用文件更新', () => {
  it('keeps the fields the file has no column for, and those its cells leave blank', async () => {
    const ledger = memoryLedger();
    const tree = basicTree(ledger);
    const { call } = routerFor(ledger);
    const typed = memberInput(tree.branchA.id, {
      name: '王秀英',
      communityClass: '离退休',
      phone: '13900001111',
      building: '3栋',
      room: '201',
      isInDifficulty: true,
      isVeteran: true,
      duesPaidThrough: '2026-06',
      workUnit: '已退休',
      note: '手工录入的备注',
    });
    const { id } = createMember(ledger, typed, null, TODAY);
    // The file: a new name and 党内职务, a blank 联系电话 cell, no 社区分类 / 党费交纳至 / 备注 columns.
    const upload = await call('import.upload', {
      fileName: '花名册.csv',
      data: csv([
        '姓名,身份证号,入党日期,转正日期,所在党支部,党内职务,联系电话',
        `王秀英（更正）,${typed.idNumber},2005-07-01,2006-07-01,第一网格党支部,组织委员,`,
      ]),
    });
    const result = await call('import.commit', { uploadId: upload.uploadId, onDuplicate: 'update' });
    expect(result).toMatchObject({ created: 0, updated: 1 });

    const after = getMember(ledger, id, TODAY);
    // What the cells said.
    expect(after).toMatchObject({ name: '王秀英（更正）', partyPost: '组织委员' });
    // What they did not.
    expect(after).toMatchObject({
      communityClass: '离退休',
      phone: '13900001111',
      building: '3栋',
      room: '201',
      isInDifficulty: true,
      isVeteran: true,
      duesPaidThrough: '2026-06',
      workUnit: '已退休',
      note: '手工录入的备注',
    });
  });

  it('a cell that says something replaces what was typed', async () => {
    const ledger = memoryLedger();
    const tree = basicTree(ledger);
    const { call } = routerFor(ledger);
    const typed = memberInput(tree.branchA.id, { name: '李四', phone: '13900001111', communityClass: '直管' });
    const { id } = createMember(ledger, typed, null, TODAY);
    const upload = await call('import.upload', {
      fileName: '花名册.csv',
      data: csv([
        '姓名,身份证号,入党日期,转正日期,所在党支部,联系电话,社区分类',
        `李四,${typed.idNumber},2005-07-01,2006-07-01,第二网格党支部,13700002222,离退休`,
      ]),
    });
    await call('import.commit', { uploadId: upload.uploadId, onDuplicate: 'update' });
    expect(getMember(ledger, id, TODAY)).toMatchObject({ phone: '13700002222', communityClass: '离退休', branchId: tree.branchB.id });
  });
});
