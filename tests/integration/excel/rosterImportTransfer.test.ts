// The roster import's optional 转入日期: a member whose 组织关系 came here later than 入党 is on the
// roster (and in every count of a day) from the 转入, not from 入党, with the 转入 in their history.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { memberOnDay } from '../../../db/members/fullMembers';
import { findMembersByIdNumbers, getMember } from '../../../db/members/read';
import { basicTree, makeId, memoryLedger, routerFor, TODAY } from '../../support/testLedger';
import { callerFor } from '../../support/callRouter';

async function workbook(rows: (string | null)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('花名册');
  sheet.addRow(['姓名', '性别', '公民身份号码', '入党日期', '转正日期', '所在党支部', '组织关系转入时间']);
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('roster import: 转入日期', () => {
  it('opens the facts on the 转入 day and records the 转入; refuses one before 入党 or after today, naming the column', async () => {
    const ledger = memoryLedger();
    basicTree(ledger);
    const { router } = routerFor(ledger);
    const { call } = callerFor(router);
    const moved = makeId('1970-03-01');
    const local = makeId('1971-03-01');
    const bytes = await workbook([
      ['转入甲', '男', moved, '1995-07-01', '1996-07-01', '第一网格党支部', '2020-05-01'],
      ['本地乙', '男', local, '1998-07-01', '1999-07-01', '第一网格党支部', null],
      ['早于入党', '男', makeId('1972-03-01'), '2001-07-01', '2002-07-01', '第一网格党支部', '2001-06-30'],
      ['晚于今天', '男', makeId('1973-03-01'), '2001-07-01', '2002-07-01', '第一网格党支部', '2026-11-25'],
    ]);
    const { uploadId } = await call('import.upload', { fileName: 'roster.xlsx', data: bytes.toString('base64') });
    const preview = await call('import.preview', { uploadId });
    expect(preview.fields.find((f) => f.key === 'transferInOn')!.column).toBe(6);
    const errors = (rowNumber: number) => preview.rows.find((r) => r.rowNumber === rowNumber)!.problems.filter((p) => p.level === 'error');
    expect(errors(2)).toEqual([]);
    expect(errors(4)).toEqual([{ column: '组织关系转入时间', level: 'error', message: '转入日期2001-06-30不能早于入党日期2001-07-01' }]);
    expect(errors(5)).toEqual([{ column: '组织关系转入时间', level: 'error', message: '转入日期2026-11-25不能晚于今天' }]);
    expect(await call('import.commit', { uploadId })).toMatchObject({ created: 2 });

    const [a, b] = [moved, local].map((id) => findMembersByIdNumbers(ledger, [id])[0]!.id);
    expect(memberOnDay(ledger, a!, '2020-04-30')?.onRoster).toBe(false);
    expect(memberOnDay(ledger, a!, '2020-05-01')?.onRoster).toBe(true);
    expect(getMember(ledger, a!, TODAY).events.map((e) => [e.kind, e.occurredOn])).toEqual([['转入', '2020-05-01']]);
    // Without the column's value: on the roster from 入党, no event.
    expect(memberOnDay(ledger, b!, '1998-07-01')?.onRoster).toBe(true);
    expect(getMember(ledger, b!, TODAY).events).toEqual([]);
  });
});
