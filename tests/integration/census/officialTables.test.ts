// The 年报's official tables beside the totals (shared/DOMAIN.md, 党内统计): 党员入党时间 by the
// periods of the 党内统计 (each bound at its first day), 民主评议 results as the branches'
// 民主评议党员情况汇总表 count them, and 流出党员 by 流向. Hand-counted, then read back from the
// export and summed at the street.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { flowOutInput } from '../../../api/schemas/care';
import type { AppraisalEntryInput } from '../../../api/schemas/points';
import { createAppraisal, saveAppraisalEntry } from '../../../db/appraisal';
import { saveFlowOut } from '../../../db/care/flows';
import { censusPeople, censusReport } from '../../../db/census/report';
import type { CensusReport } from '../../../api/schemas/census';
import { createMember } from '../../../db/members/write';
import { getSettings, saveSettings } from '../../../db/settings';
import { writePackage } from '../../../excel/package/write';
import { basicTree, memberInput, memoryLedger, routerFor, tempDir } from '../../support/testLedger';
import { sheetRows, STREET, streetLedger } from '../street/streetFixture';
import { exported } from '../../support/readBack';

const TODAY = '2026-11-24';

function ledgerWithHistory() {
  const ledger = memoryLedger();
  const tree = basicTree(ledger);
  saveSettings(ledger, { ...getSettings(ledger), communityName: '幸福里社区', streetName: STREET, preparer: '王芳', reviewer: '刘明', phone: '010-12345678' });
  const add = (name: string, joinedOn: string, branchId: number) => {
    const probationary = joinedOn >= '2026-01-01';
    const fullMemberOn = probationary ? null : `${Number(joinedOn.slice(0, 4)) + 1}${joinedOn.slice(4)}`;
    return createMember(
      ledger,
      memberInput(branchId, { name, birthDate: '1925-06-01', joinedOn, fullMemberOn, category: probationary ? '预备党员' : '正式党员' }),
      null,
      TODAY,
    ).id;
  };
  const a = tree.branchA.id;
  const b = tree.branchB.id;
  const ids = {
    老一: add('老一', '1948-05-01', a), // 1949年10月以前
    老二: add('老二', '1949-10-01', a), // the first day of 1949年10月至1966年4月
    老三: add('老三', '1966-04-30', a), // its last day
    老四: add('老四', '1966-05-01', a), // 1966年5月至1976年10月
    老五: add('老五', '1978-12-31', a), // 1976年11月至1978年12月
    老六: add('老六', '1979-01-01', a), // 1979年1月至2002年10月
    新三: add('新三', '2026-03-01', a), // 2012年11月以后, a 预备党员
    中一: add('中一', '2002-10-31', b), // 1979年1月至2002年10月
    中二: add('中二', '2002-11-01', b), // 2002年11月至2012年10月
    新一: add('新一', '2012-10-31', b), // 2002年11月至2012年10月
    新二: add('新二', '2012-11-01', b), // 2012年11月以后
  };
  return { ledger, tree, ids };
}

const blank: Omit<AppraisalEntryInput, 'appraisalId' | 'memberId'> = {
  absentReason: null,
  selfResult: null,
  peerResult: null,
  ratingResult: null,
  grade: null,
  reason: null,
  disposal: null,
  disposalNote: null,
};

function appraise(c: ReturnType<typeof ledgerWithHistory>) {
  const { ledger, tree, ids } = c;
  const first = createAppraisal(ledger, { year: 2026, orgId: tree.branchA.id, heldOn: '2026-11-20' });
  const save = (appraisalId: number, memberId: number, fields: Partial<AppraisalEntryInput>) =>
    saveAppraisalEntry(ledger, { ...blank, appraisalId, memberId, ...fields });
  save(first.id, ids.老一, { absentReason: '长期卧床' });
  save(first.id, ids.老二, { grade: '优秀', reason: '带头服务' });
  save(first.id, ids.老三, { grade: '合格', reason: '支委会评定' });
  save(first.id, ids.老四, { grade: '合格', reason: '支委会评定' });
  save(first.id, ids.老五, { grade: '基本合格', reason: '参加组织生活较少' });
  save(first.id, ids.老六, { grade: '不合格', reason: '长期不参加组织生活', disposal: '限期改正', disposalNote: '限期三个月' });
  // 新三 is a 预备党员: takes part, not graded. 第二网格: one graded, three not yet.
  const second = createAppraisal(ledger, { year: 2026, orgId: tree.branchB.id, heldOn: '2026-11-21' });
  save(second.id, ids.中一, { grade: '合格', reason: '支委会评定' });
}

/** 流出 on 12-31's view (today 11-24): 中一 市内, 中二 and 新一 省内, 新二 省外, 老六 with none; 老五 came back in October. */
function flows(c: ReturnType<typeof ledgerWithHistory>) {
  const out = (memberId: number, place: string, direction: string | null, returnedOn: string | null = null) =>
    saveFlowOut(c.ledger, flowOutInput.parse({ memberId, leftOn: '2026-02-01', place, direction, returnedOn }), TODAY);
  out(c.ids.中一, '本市朝阳区', '市内');
  out(c.ids.中二, '本省保定市', '省内');
  out(c.ids.新一, '本省唐山市', '省内');
  out(c.ids.新二, '广东省深圳市', '省外');
  out(c.ids.老六, '外地', null);
  out(c.ids.老五, '浙江省杭州市', '省外', '2026-10-08');
}

const figures = (ledger: ReturnType<typeof memoryLedger>, table: string) =>
  Object.fromEntries(
    censusReport(ledger, 2026, TODAY)
      .tables.find((t) => t.key === table)!
      .rows.map((r) => [r.key, r.value]),
  );

describe('党内统计: 党员入党时间 and 民主评议', () => {
  it('counts each member in the period of their 入党日期, each bound at its first day', () => {
    const { ledger } = ledgerWithHistory();
    expect(figures(ledger, 'joinPeriod')).toEqual({
      'joinPeriod:-1949-09': 1,
      'joinPeriod:1949-10': 2,
      'joinPeriod:1966-05': 1,
      'joinPeriod:1976-11': 1,
      'joinPeriod:1979-01': 2,
      'joinPeriod:2002-11': 2,
      'joinPeriod:2012-11': 2,
    });
    expect(censusPeople(ledger, 2026, 'joinPeriod', 'joinPeriod:1949-10', TODAY).map((p) => [p.name, p.detail])).toEqual([
      ['老二', '1949-10-01入党'],
      ['老三', '1966-04-30入党'],
    ]);
  });

  it('counts the 民主评议 results of every branch, 预备党员 ungraded, 不合格 with its 处置', () => {
    const c = ledgerWithHistory();
    appraise(c);
    expect(figures(c.ledger, 'appraisal')).toEqual({
      members: 11,
      appraised: 10,
      absent: 1,
      probationary: 1,
      'grade:优秀': 1,
      'grade:合格': 3,
      'grade:基本合格': 1,
      'grade:不合格': 1,
      ungraded: 3,
      'disposal:限期改正': 1,
      'disposal:劝退': 0,
      'disposal:除名': 0,
    });
    expect(censusPeople(c.ledger, 2026, 'appraisal', 'disposal:限期改正', TODAY)).toEqual([
      { memberId: c.ids.老六, name: '老六', gender: '男', branchName: '第一网格党支部', detail: '限期改正：限期三个月' },
    ]);
    expect(censusPeople(c.ledger, 2026, 'appraisal', 'ungraded', TODAY).map((p) => p.name)).toEqual(['中二', '新一', '新二']);
  });

  it('counts the 流出 by 流向, the 合计 being the 流出党员 of the 流动党员 table', () => {
    const c = ledgerWithHistory();
    flows(c);
    expect(figures(c.ledger, 'flowDirection')).toEqual({ 'direction:市内': 1, 'direction:省内': 2, 'direction:省外': 1, 'direction:unknown': 1 });
    expect(figures(c.ledger, 'flow').out).toBe(5);
    expect(censusPeople(c.ledger, 2026, 'flowDirection', 'direction:省内', TODAY).map((p) => [p.name, p.detail])).toEqual([
      ['中二', '2026-02-01外出，本省保定市（省内）'],
      ['新一', '2026-02-01外出，本省唐山市（省内）'],
    ]);
  });

  it('the 年报 export carries the three sheets, read back with their 合计; the street sums them by key', async () => {
    const c = ledgerWithHistory();
    appraise(c);
    flows(c);
    const ledgerRouter = routerFor(c.ledger, TODAY);
    const wb = await exported(ledgerRouter, ledgerRouter.exportsDir, 'reports.census', { year: 2026 });
    const join = sheetRows(wb.getWorksheet('党员入党时间')!);
    expect(join.slice(0, 8)).toEqual([
      [1, '1949年10月以前', 1],
      [2, '1949年10月至1966年4月', 2],
      [3, '1966年5月至1976年10月', 1],
      [4, '1976年11月至1978年12月', 1],
      [5, '1979年1月至2002年10月', 2],
      [6, '2002年11月至2012年10月', 2],
      [7, '2012年11月以后', 2],
      [undefined, '合计', 11],
    ]);
    const appraisal = sheetRows(wb.getWorksheet('民主评议党员')!);
    expect(appraisal.slice(0, 12)).toEqual([
      [1, '应参加评议的党员', 11],
      [2, '参加评议的党员', 10],
      [3, '未参加评议', 1],
      [4, '其中：预备党员（不评定等次）', 1],
      [5, '评定为优秀', 1],
      [6, '评定为合格', 3],
      [7, '评定为基本合格', 1],
      [8, '评定为不合格', 1],
      [9, '正式党员未评定等次', 3],
      [10, '不合格党员处置：限期改正', 1],
      [11, '不合格党员处置：劝退', 0],
      [12, '不合格党员处置：除名', 0],
    ]);

    expect(sheetRows(wb.getWorksheet('流出党员流向')!).slice(0, 5)).toEqual([
      [1, '流向市内', 1],
      [2, '流向省内', 2],
      [3, '流向省外', 1],
      [4, '流向未注明', 1],
      [undefined, '合计', 5],
    ]);

    // A second community with the same roster and no 民主评议 held: the street adds the figures by table and key.
    const other = ledgerWithHistory();
    saveSettings(other.ledger, { ...getSettings(other.ledger), communityName: '和平社区' });
    const pkg = async (ledger: ReturnType<typeof memoryLedger>) => {
      const dir = tempDir('dangwu-official-');
      const file = await writePackage(ledger, dir, { year: 2026, quarter: null }, TODAY, { appVersion: 'test', fullIdNumbers: false });
      return { fileName: file.fileName, bytes: readFileSync(path.join(dir, file.fileName)) };
    };
    const s = streetLedger();
    await s.call('street.importPackages', { files: await s.upload([await pkg(c.ledger), await pkg(other.ledger)]) });
    const view = await s.call('street.census', { year: 2026 });
    expect(view.total['joinPeriod:joinPeriod:1949-10']).toBe(4);
    expect(view.total['appraisal:appraised']).toBe(10);
    expect(view.total['appraisal:members']).toBe(11);
    expect(view.total['flowDirection:direction:省内']).toBe(2);
    const street = sheetRows((await s.workbook('street.exportForm', { measure: 'census', year: 2026 })).getWorksheet('民主评议党员')!);
    expect(street.slice(0, 3).map((row) => row.slice(1, 5))).toEqual([
      ['幸福里社区', 11, 10, 1],
      ['和平社区', 0, 0, 0],
      ['合计', 11, 10, 1],
    ]);
  }, 60_000);

  it('a year reported by a version without these tables shows them as the records count them, not as changed figures', () => {
    const c = ledgerWithHistory();
    appraise(c);
    // What an older version stored for 2025 (as of 12-31): its tables only, none of the three.
    const old = censusReport(c.ledger, 2025, '2026-01-10');
    const stored: CensusReport = { ...old, tables: old.tables.filter((t) => !['joinPeriod', 'appraisal', 'flowDirection'].includes(t.key)) };
    c.ledger.sqlite
      .prepare(
        `INSERT INTO census_reports (year, as_of, source, report, counted, made_at, operator)
         VALUES (2025, '2025-12-31', '上报包', ?, ?, '2026-01-10T02:00:00.000Z', NULL)`,
      )
      .run(JSON.stringify(stored), JSON.stringify([...Object.values(c.ids)].filter((id) => id !== c.ids.新三).sort((a, b) => a - b)));
    const reported = censusReport(c.ledger, 2025, TODAY);
    expect(reported.reported!.changes).toEqual([]);
    expect(reported.tables.map((t) => t.key).slice(-3)).toEqual(['joinPeriod', 'flowDirection', 'appraisal']);
    expect(reported.tables.find((t) => t.key === 'joinPeriod')!.rows.find((r) => r.key === 'joinPeriod:1949-10')!.value).toBe(2);
  });
});
