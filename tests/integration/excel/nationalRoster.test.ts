// A roster as the 全国党员管理信息系统 exports it (.xls, the 采集表's column names) imports
// without the user mapping a single column.
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { memberListInput } from '../../../api/schemas/members';
import { getMember, listMembers } from '../../../db/members/read';
import { listLost } from '../../../db/care/lost';
import { id } from '../../fixtures/rosterFixtures';
import { NATIONAL_ROSTER } from '../../fixtures/headerVariants';
import { basicTree, memoryLedger, routerFor, TODAY } from '../../support/testLedger';

const ZHANG = id('11010519750312002');
const LI = id('11010519600501001');
const WANG = id('11010519800101003');
const ZHAO = id('11010519820202004');

function nationalExport(extra: Record<string, string | number>[] = []): Buffer {
  const headers = NATIONAL_ROSTER.map(([h]) => h);
  const row = (values: Record<string, string | number>) => headers.map((h) => values[h] ?? '');
  const sheet = XLSX.utils.aoa_to_sheet([
    ['党员基本信息'],
    headers,
    row({
      序号: 1,
      姓名: '张秀兰',
      性别: '女',
      公民身份号码: ZHANG,
      民族: '汉族',
      出生日期: '1975-03-12',
      学历: '大学本科',
      人员类别: '正式党员',
      所在党组织: '第一网格党支部',
      加入党组织日期: '2001-07-01',
      转为正式党员日期: '2002-07-01',
      工作岗位: '企业管理人员',
      手机号码: '13800138000',
    }),
    row({
      序号: 2,
      姓名: '李建国',
      性别: '男',
      公民身份号码: LI,
      民族: '回族',
      出生日期: '1960-05-01',
      学历: '高中',
      人员类别: '正式党员',
      所在党组织: '第二网格党支部',
      加入党组织日期: '1985-06-01',
      转为正式党员日期: '1986-06-01',
      工作岗位: '离退休人员',
      是否失联: '否',
    }),
    ...extra.map(row),
  ]);
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, '党员信息');
  return Buffer.from(XLSX.write(book, { type: 'buffer', bookType: 'xls' }) as Buffer);
}

describe('a roster from the 全国党员管理信息系统', () => {
  it('maps every column it shares with the roster by name and imports the people', async () => {
    const ledger = memoryLedger();
    basicTree(ledger);
    const { call } = routerFor(ledger);
    const { uploadId } = await call('import.upload', { fileName: '党员信息.xls', data: nationalExport().toString('base64') });
    const preview = await call('import.preview', { uploadId });
    expect(preview.headerRow).toBe(2);
    const mapped = Object.fromEntries(preview.fields.filter((f) => f.column !== null).map((f) => [f.key, preview.headers[f.column!]]));
    expect(mapped).toEqual(Object.fromEntries(NATIONAL_ROSTER.filter(([, key]) => key !== null).map(([h, key]) => [key, h])));
    expect(preview.counts).toMatchObject({ total: 2, create: 2, error: 0 });
    expect(await call('import.commit', { uploadId })).toMatchObject({ created: 2 });
    const rows = listMembers(ledger, memberListInput.parse({ pageSize: 10 }), TODAY).rows;
    expect(rows.map((r) => [r.name, r.joinedOn, r.fullMemberOn, r.branchName, r.ethnicity]).sort()).toEqual([
      ['张秀兰', '2001-07-01', '2002-07-01', '第一网格党支部', '汉族'],
      ['李建国', '1985-06-01', '1986-06-01', '第二网格党支部', '回族'],
    ]);
  });

  it('records 是否失联 in the 失联 register, 工作岗位 as 工作单位及职务 and 外出流向 in 备注', async () => {
    const ledger = memoryLedger();
    basicTree(ledger);
    const { call } = routerFor(ledger);
    const base = {
      性别: '男',
      民族: '汉族',
      学历: '高中',
      人员类别: '正式党员',
      所在党组织: '第一网格党支部',
      加入党组织日期: '2005-07-01',
      转为正式党员日期: '2006-07-01',
    };
    const wangRow = {
      ...base,
      序号: 3,
      姓名: '王失联',
      公民身份号码: WANG,
      出生日期: '1980-01-01',
      工作岗位: '进城务工人员',
      是否失联: '是',
      失联日期: '2025-03-01',
    };
    const zhaoRow = { ...base, 序号: 4, 姓名: '赵外出', 公民身份号码: ZHAO, 出生日期: '1982-02-02', 外出流向: '跨省流动（广东省深圳市）', 是否失联: '是' };
    const file = nationalExport([wangRow, zhaoRow]).toString('base64');
    const { uploadId } = await call('import.upload', { fileName: '党员信息.xls', data: file });
    const preview = await call('import.preview', { uploadId });
    expect(preview.counts).toMatchObject({ total: 4, create: 4, error: 0 });
    const zhao = preview.rows.find((r) => r.name === '赵外出')!;
    expect(zhao.problems.map((p) => [p.column, p.message])).toEqual(
      expect.arrayContaining([
        ['外出流向', expect.stringContaining('已记入备注')],
        ['失联日期', '标为失联但没有失联日期：未登记失联，请导入后在“流动与关怀 → 失联党员”中登记'],
      ]),
    );
    expect(await call('import.commit', { uploadId })).toMatchObject({ created: 4 });

    const lost = listLost(ledger, { asOf: TODAY, includeFound: false }).rows;
    expect(lost.map((l) => [l.name, l.lostOn, l.foundOn])).toEqual([['王失联', '2025-03-01', null]]);
    const byName = new Map(listMembers(ledger, memberListInput.parse({ pageSize: 10 }), TODAY).rows.map((r) => [r.name, r.id]));
    const wang = getMember(ledger, byName.get('王失联')!, TODAY);
    expect([wang.workUnit, wang.lostContactOn, wang.note]).toEqual(['进城务工人员', '2025-03-01', null]);
    const zhaoDetail = getMember(ledger, byName.get('赵外出')!, TODAY);
    expect([zhaoDetail.note, zhaoDetail.lostContactOn, zhaoDetail.flowDestination]).toEqual(['外出流向：跨省流动（广东省深圳市）', null, null]);
    expect(getMember(ledger, byName.get('李建国')!, TODAY).lostContactOn).toBeNull();

    // A later export (a new phone number) updates 王失联: still one open 失联.
    const later = nationalExport([{ ...wangRow, 手机号码: '13900139000' }, zhaoRow]).toString('base64');
    const again = await call('import.upload', { fileName: '党员信息.xls', data: later });
    await call('import.preview', { uploadId: again.uploadId });
    expect((await call('import.commit', { uploadId: again.uploadId, onDuplicate: 'update' })).updated).toBe(4);
    expect(getMember(ledger, byName.get('王失联')!, TODAY).phone).toBe('13900139000');
    expect(listLost(ledger, { asOf: TODAY, includeFound: false }).rows.map((l) => l.name)).toEqual(['王失联']);
  });
});
