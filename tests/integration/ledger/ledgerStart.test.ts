// 建账日期 (issue 34, docs/ledgerStart.md): a ledger started mid-year reports only what it knows.
// Periods that ended before the 三会一课 start are 建账前: not owed, not 未开, not reminded, not in
// the 统计表's 应开次数; a branch founded later owes from its founding period; meetings typed in
// from the binders count once the start moves back; the 上报包 and the street say what is covered.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { meetingInput, type MeetingInput } from '../../../api/schemas/meetings';
import type { PackageData } from '../../../api/schemas/reportPackage';
import { homeFigures } from '../../../db/homeFigures';
import { ledgerCoverage, ledgerStartInfo } from '../../../db/ledgerStart';
import { complianceMatrix } from '../../../db/meetings/compliance';
import { saveMeeting } from '../../../db/meetings/write';
import { loadSampleData } from '../../../db/sample/sample';
import { createMember } from '../../../db/members/write';
import type { Ledger } from '../../../db/open';
import { createOrg } from '../../../db/orgs';
import { homeReminders } from '../../../db/reminders';
import { getSettings, saveSettings } from '../../../db/settings';
import { ratesFor } from '../../../excel/exportMeetings';
import { statsRows } from '../../../excel/forms/meetingStats';
import { packageData } from '../../../excel/package/data';
import { writePackage } from '../../../excel/package/write';
import { basicTree, memberInput, memoryLedger, orgInput, routerFor, tempDir } from '../../support/testLedger';
import { rewritePackage, sheetRows, STREET, streetLedger } from '../street/streetFixture';
import type { CallName } from '../../../api/contract';
import type { InputArgs } from '../../support/callRouter';

const START = '2026-12-07';
/** A day in January 2027: every period of 2026 has ended, so the 统计表 counts them all. */
const LATER = '2027-01-10';

function startedLedger(today = START) {
  const ledger = memoryLedger();
  const tree = basicTree(ledger);
  const a = ['甲', '乙', '丙'].map(
    (name) => createMember(ledger, memberInput(tree.branchA.id, { name, groupId: name === '甲' ? tree.group.id : null }), null, today).id,
  );
  const b = ['丁', '戊'].map((name) => createMember(ledger, memberInput(tree.branchB.id, { name }), null, today).id);
  saveSettings(ledger, { ...getSettings(ledger), communityName: '幸福里社区', streetName: STREET });
  const { attempt } = routerFor(ledger, today);
  const call = async <K extends CallName>(name: K, ...input: InputArgs<K>) => {
    const r = await attempt(name, ...input);
    return r.ok ? ({ ok: true, value: r.value } as const) : ({ ok: false, message: r.error.message, field: r.error.field } as const);
  };
  return { ledger, tree, a, b, call };
}

const meeting = (orgId: number, heldOn: string, types: MeetingInput['types'], people: number[]): MeetingInput =>
  meetingInput.parse({
    orgId,
    heldOn,
    types,
    lectureTitle: types.includes('党课') ? '学习党章' : null,
    attendance: people.map((memberId) => ({ memberId, status: '出席' })),
  });

const statuses = (ledger: Ledger, orgId: number, type: string, today: string, year = 2026) =>
  complianceMatrix(ledger, year, today)
    .rows.find((r) => r.orgId === orgId && r.type === type)!
    .cells.map((c) => c.status);

describe('a ledger started on 2026-12-07', () => {
  it('without a start covers everything, as before; with one, nothing before it is 未开, overdue or reminded', async () => {
    const { ledger, tree, a, call } = startedLedger();
    // Today's behaviour, unchanged without a start: January–November are 未开.
    expect(homeReminders(ledger, START).meetings.overdueTotal).toBeGreaterThan(30);
    expect(statuses(ledger, tree.branchA.id, '主题党日', START).slice(0, 11)).toEqual(Array(11).fill('missing'));
    expect(ledgerStartInfo(ledger, START)).toMatchObject({
      startDate: null,
      meetingsFrom: null,
      duesFromMonth: null,
      ask: true,
      hasData: true,
      suggested: START,
    });

    const set = await call('settings.setLedgerStart', { startDate: START, meetingsStart: null });
    expect(set).toMatchObject({
      ok: true,
      value: { startDate: START, meetingsFrom: START, duesFromMonth: '2026-12', meetingsStart: null, duesStartMonth: null, ask: false },
    });
    expect(ledger.sqlite.prepare("SELECT value FROM settings WHERE key = 'ledger.startDate'").get()).toEqual({ value: START });

    const home = homeReminders(ledger, START);
    expect(home.meetings.overdueTotal).toBe(0);
    expect(home.meetings.overdue).toEqual([]);
    // What is owed now: December and the fourth quarter (the periods holding the start), and the year's once-a-year meetings.
    expect(new Set(home.meetings.due.map((d) => d.period))).toEqual(new Set(['2026-12', '2026-Q4', '2026']));

    expect(statuses(ledger, tree.branchA.id, '主题党日', START)).toEqual([...Array(11).fill('beforeStart'), 'due']);
    expect(statuses(ledger, tree.branchA.id, '支部党员大会', START)).toEqual(['beforeStart', 'beforeStart', 'beforeStart', 'due']);
    expect(statuses(ledger, tree.group.id, '党小组会', START)).toEqual([...Array(11).fill('beforeStart'), 'due']);
    const matrix = complianceMatrix(ledger, 2026, START);
    expect(matrix.meetingsFrom).toBe(START);
    expect(matrix.totals).toMatchObject({ required: 0, missing: 0 });
    expect(matrix.rows[0].cells[0].note).toBe(`建账前（三会一课自${START}起记录），不计`);
    // A year wholly before the start owes nothing either.
    expect(complianceMatrix(ledger, 2025, START).rows.flatMap((r) => r.cells.map((c) => c.status))).toEqual(expect.arrayContaining(['beforeStart']));
    expect(complianceMatrix(ledger, 2025, START).totals).toEqual({ required: 0, held: 0, missing: 0, due: 0 });
    // 首页's quarter figures ask only December's and the fourth quarter's meetings (not October's or November's).
    expect(homeFigures(ledger, START).quarter.branches.map((b) => [b.orgName, b.required, b.held])).toEqual([
      ['第一网格党支部', 4, 0], // 主题党日 and 党小组会 for December, 支部党员大会 and 党课 for the quarter
      ['第二网格党支部', 3, 0],
    ]);

    // A month on: the 统计表 of 2026 counts only December and the fourth quarter.
    saveMeeting(ledger, meeting(tree.branchA.id, '2026-12-10', ['主题党日', '支部党员大会'], a), LATER);
    const rows = statsRows(complianceMatrix(ledger, 2026, LATER), 'year', ratesFor(ledger, 2026, 'year'));
    const rowOf = (orgId: number, type: string) =>
      rows.find((r) => r.orgName === (orgId === tree.branchA.id ? '第一网格党支部' : '第二网格党支部') && r.type === type)!;
    expect(rowOf(tree.branchA.id, '主题党日')).toMatchObject({ required: 1, held: 1, satisfied: 1, rateCount: 1, note: '建账前不计：1月至11月' });
    expect(rowOf(tree.branchA.id, '支部党员大会')).toMatchObject({ required: 1, held: 1, satisfied: 1, note: '建账前不计：第1季度至第3季度' });
    expect(rowOf(tree.branchB.id, '主题党日')).toMatchObject({ required: 1, held: 0, satisfied: 0 });
    expect(rowOf(tree.branchB.id, '组织生活会')).toMatchObject({ required: 1, held: 0, note: '' });
    // The first three quarters' 统计表 asks nothing: nothing known, nothing missing.
    for (const scope of ['Q1', 'Q2', 'Q3'] as const) {
      const q = statsRows(complianceMatrix(ledger, 2026, LATER), scope, ratesFor(ledger, 2026, scope));
      expect(
        q.every((r) => r.required === 0 && r.satisfied === 0),
        scope,
      ).toBe(true);
    }
  });

  it('a branch founded in June owes from June’s period, not from January or from the ledger’s start', async () => {
    const { ledger, tree, call } = startedLedger('2026-11-24');
    expect(await call('settings.setLedgerStart', { startDate: '2026-03-02', meetingsStart: null })).toMatchObject({ ok: true });
    const june = createOrg(ledger, orgInput('第三网格党支部', '党支部', tree.root.id, { foundedOn: '2026-06-15' }));
    createMember(ledger, memberInput(june.id, { name: '己', joinedOn: '2005-07-01' }), null, '2026-11-24');
    const cells = complianceMatrix(ledger, 2026, '2026-11-24').rows.find((r) => r.orgId === june.id && r.type === '主题党日')!.cells;
    expect(cells.map((c) => c.status)).toEqual([...Array(5).fill('notYet'), ...Array(5).fill('missing'), 'due', 'notYet']);
    expect(cells[0].note).toBe('成立前（成立日期2026-06-15），不计');
    expect(statuses(ledger, june.id, '支部党员大会', '2026-11-24')).toEqual(['notYet', 'missing', 'missing', 'due']);
    // The older branches owe from March (the start's month), not January.
    expect(statuses(ledger, tree.branchA.id, '主题党日', '2026-11-24')).toEqual(['beforeStart', 'beforeStart', ...Array(8).fill('missing'), 'due', 'notYet']);
    expect(statuses(ledger, tree.branchA.id, '支部党员大会', '2026-11-24')).toEqual(['missing', 'missing', 'missing', 'due']);
    const row = statsRows(complianceMatrix(ledger, 2026, LATER), 'year', new Map()).find((r) => r.orgName === '第三网格党支部' && r.type === '主题党日')!;
    expect(row.required).toBe(7);
  });

  it('moving the start back after typing in earlier meetings makes them count; forward past them is refused', async () => {
    const { ledger, tree, a, call } = startedLedger();
    expect(await call('settings.setLedgerStart', { startDate: START, meetingsStart: null })).toMatchObject({ ok: true });
    // Typed in from the binders: May's 主题党日 and the second quarter's 支部党员大会.
    saveMeeting(ledger, meeting(tree.branchA.id, '2026-05-10', ['主题党日'], a), START);
    saveMeeting(ledger, meeting(tree.branchA.id, '2026-04-20', ['支部党员大会'], a), START);
    const may = complianceMatrix(ledger, 2026, START).rows.find((r) => r.orgId === tree.branchA.id && r.type === '主题党日')!;
    expect(may.cells[4]).toMatchObject({ status: 'beforeStart', held: 1, required: 0 });
    expect(may.held).toBe(0);
    expect(
      statsRows(complianceMatrix(ledger, 2026, LATER), 'Q2', ratesFor(ledger, 2026, 'Q2')).find((r) => r.orgName === '第一网格党支部' && r.type === '主题党日'),
    ).toMatchObject({
      required: 0,
      held: 0,
      rateCount: 0,
    });
    expect(ledgerStartInfo(ledger, START).earliestRecord).toBe('2026-04-20');

    const back = await call('settings.setLedgerStart', { startDate: '2026-04-01', meetingsStart: null });
    expect(back).toMatchObject({ ok: true, value: { startDate: '2026-04-01', meetingsFrom: '2026-04-01', duesFromMonth: '2026-04' } });
    expect(statuses(ledger, tree.branchA.id, '主题党日', START)).toEqual([
      'beforeStart',
      'beforeStart',
      'beforeStart',
      'missing',
      'held',
      ...Array(6).fill('missing'),
      'due',
    ]);
    expect(statuses(ledger, tree.branchA.id, '支部党员大会', START)).toEqual(['beforeStart', 'held', 'missing', 'due']);
    const q2 = statsRows(complianceMatrix(ledger, 2026, LATER), 'Q2', ratesFor(ledger, 2026, 'Q2'));
    expect(q2.find((r) => r.orgName === '第一网格党支部' && r.type === '主题党日')).toMatchObject({
      required: 3,
      held: 1,
      satisfied: 1,
      rateCount: 1,
      rateSum: 1,
    });
    expect(q2.find((r) => r.orgName === '第一网格党支部' && r.type === '支部党员大会')).toMatchObject({ required: 1, held: 1, satisfied: 1 });

    // Forward again past those records: refused, naming the branch and the day; nothing changes.
    const forward = await call('settings.setLedgerStart', { startDate: START, meetingsStart: null });
    expect(forward).toEqual({
      ok: false,
      field: 'startDate',
      message: '第一网格党支部已有2026年4月20日召开的会议记录，三会一课的起始日期不能晚于该日。请设为2026-04-20或更早；如该记录有误，请先在“三会一课”中更正',
    });
    expect(ledgerCoverage(ledger).startDate).toBe('2026-04-01');
    // Forward up to the earliest record is allowed; a separate 三会一课 start past it is refused by its own field.
    expect(await call('settings.setLedgerStart', { startDate: '2026-04-20', meetingsStart: null })).toMatchObject({ ok: true });
    expect(await call('settings.setLedgerStart', { startDate: '2026-04-20', meetingsStart: '2026-05-01' })).toMatchObject({
      ok: false,
      field: 'meetingsStart',
    });
    // A start is never later than today.
    expect(await call('settings.setLedgerStart', { startDate: '2026-12-08', meetingsStart: null })).toMatchObject({
      ok: false,
      message: '建账日期不能晚于今天（2026年12月7日）',
    });
  });

  it('declining keeps full coverage and stops the question; the 党费 side’s own start month is reported', async () => {
    const { ledger, call } = startedLedger();
    expect(await call('settings.declineLedgerStart', {})).toMatchObject({ ok: true, value: { ask: false, startDate: null } });
    expect(ledgerCoverage(ledger)).toEqual({ startDate: null, meetingsFrom: null, duesFromMonth: null });
    expect(homeReminders(ledger, START).meetings.overdueTotal).toBeGreaterThan(30);
    // The 党费 side's own start month, when set, is what the coverage reports.
    ledger.sqlite.prepare("INSERT INTO settings (key, value) VALUES ('ledger.duesStartMonth', '2027-01')").run();
    expect(await call('settings.setLedgerStart', { startDate: START, meetingsStart: null })).toMatchObject({
      ok: true,
      value: { duesFromMonth: '2027-01', duesStartMonth: '2027-01' },
    });
  });
});

describe('an existing ledger with records and no start', () => {
  it('keeps its figures until asked, and is offered its earliest record as the start', async () => {
    const { ledger, tree, a, call } = startedLedger();
    saveMeeting(ledger, meeting(tree.branchA.id, '2026-05-10', ['主题党日'], a), START);
    expect(statuses(ledger, tree.branchA.id, '主题党日', START).slice(0, 5)).toEqual(['missing', 'missing', 'missing', 'missing', 'held']);
    expect(ledgerStartInfo(ledger, START)).toMatchObject({ ask: true, earliestRecord: '2026-05-10', suggested: '2026-05-10' });
    expect(await call('settings.setLedgerStart', { startDate: '2026-05-11', meetingsStart: null })).toMatchObject({ ok: false, field: 'startDate' });
    expect(await call('settings.setLedgerStart', { startDate: '2026-05-10', meetingsStart: null })).toMatchObject({ ok: true });
    expect(statuses(ledger, tree.branchA.id, '主题党日', START).slice(0, 6)).toEqual([
      'beforeStart',
      'beforeStart',
      'beforeStart',
      'beforeStart',
      'held',
      'missing',
    ]);
  });

  it('the 示例数据 is never asked: its history shows whole', () => {
    const ledger = memoryLedger();
    loadSampleData(ledger, 'before-sample.db', START);
    expect(ledgerStartInfo(ledger, START)).toMatchObject({ ask: false, startDate: null, meetingsFrom: null });
    expect(
      complianceMatrix(ledger, 2024, START)
        .rows.flatMap((r) => r.cells)
        .some((c) => c.status === 'beforeStart'),
    ).toBe(false);
  });
});

describe('the 上报包 and the street of a ledger started on 2026-12-07', () => {
  it('carries the coverage in data.json and the 统计表; the street shows it on the row and leaves uncovered 党费 out of the 合计', async () => {
    const { ledger, tree, a, call } = startedLedger();
    expect(await call('settings.setLedgerStart', { startDate: START, meetingsStart: null })).toMatchObject({ ok: true });
    saveMeeting(ledger, meeting(tree.branchA.id, '2026-12-07', ['主题党日'], a), START);
    const data = packageData(ledger, { year: 2026, quarter: null }, START, { fullIdNumbers: false });
    expect(data.coverage).toEqual({ startDate: START, meetingsFrom: START, duesFromMonth: '2026-12' });
    // Only December, the fourth quarter and the year are counted (under way on 7 December, so the 统计表 says so).
    expect(data.meetings.find((r) => r.orgName === '第一网格党支部' && r.type === '主题党日')).toMatchObject({
      required: 1,
      held: 1,
      satisfied: 1,
      note: '建账前不计：1月至11月',
    });
    expect(data.meetings.find((r) => r.orgName === '第二网格党支部' && r.type === '支部党员大会')).toMatchObject({
      required: 1,
      held: 0,
      note: '本期尚未结束；建账前不计：第1季度至第3季度',
    });
    // 11 periods owed in all (5 a branch, 1 for the 党小组), not the 100-odd of January to December.
    expect(data.meetings.reduce((sum, r) => sum + r.required, 0)).toBe(11);

    const dir = tempDir('dangwu-start-pkg-');
    const written = await writePackage(ledger, dir, { year: 2026, quarter: null }, START, { fullIdNumbers: false, appVersion: 'test' });
    const bytes = readFileSync(path.join(dir, written.fileName));
    const zip = await JSZip.loadAsync(bytes);
    expect((JSON.parse(await zip.file('data.json')!.async('string')) as PackageData).coverage).toEqual(data.coverage);
    const coverageLine = '本台账建账日期2026年12月7日；党费自2026年12月，三会一课自2026年第四季度起记录，此前不计。';
    const textsOf = async (name: string) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(await zip.file(name)!.async('arraybuffer'));
      return wb.worksheets.map((sheet) => {
        const texts: string[] = [];
        sheet.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
        return texts;
      });
    };
    expect((await textsOf('报表/三会一课开展情况统计表.xlsx'))[0]).toContain(coverageLine);
    // The 党内统计 of the first year says it on every sheet.
    const census = await textsOf('报表/党内统计年报.xlsx');
    expect(census.length).toBeGreaterThan(3);
    for (const sheet of census) expect(sheet).toContain(coverageLine);

    // The third quarter lies wholly before the start: its package's 党费 are not the street's zeros.
    const q3Dir = tempDir('dangwu-start-q3-');
    const q3 = await writePackage(ledger, q3Dir, { year: 2026, quarter: 3 }, START, { fullIdNumbers: false, appVersion: 'test' });
    const q3Bytes = readFileSync(path.join(q3Dir, q3.fileName));
    const withArrears = await rewritePackage(q3Bytes, {
      data: (d) => {
        d.dues = [{ orgName: '第一网格党支部', community: false, owingMembers: 3, dueFen: 300, paidFen: 0, arrearsMembers: 3, arrearsFen: 300, handedFen: 0 }];
        d.duesHeads = { owingMembers: 3, paidMembers: 0, arrearsMembers: 3 };
      },
    });
    // An older version's package of another community: no coverage field, full coverage, counted.
    const older = await rewritePackage(q3Bytes, {
      manifest: { community: '和平社区', communityUid: undefined }, // a format-1 package carries no id
      data: (d) => {
        delete d.coverage;
        delete d.duesHeads; // nor the 合计's heads (issue 29): the street sums the lines
        d.dues = [{ orgName: '和平支部', community: false, owingMembers: 2, dueFen: 200, paidFen: 100, arrearsMembers: 1, arrearsFen: 100, handedFen: 0 }];
      },
    });

    const s = streetLedger();
    const ids = await s.upload([
      { fileName: written.fileName, bytes },
      { fileName: 'q3.zip', bytes: withArrears },
      { fileName: 'older.zip', bytes: older },
    ]);
    const done = await s.call('street.importPackages', { files: ids });
    expect(done.imported).toBe(3);
    const meetings = await s.call('street.meetings', { year: 2026, quarter: null, communityId: null });
    expect(meetings.rows).toHaveLength(1);
    expect(meetings.rows[0]).toMatchObject({
      community: '幸福里社区',
      coverage: '建账日期2026年12月7日；党费自2026年12月，三会一课自2026年第四季度起记录，此前不计',
      required: 11,
      satisfied: 1,
    });
    expect(meetings.rows[0].completion).toBeCloseTo(1 / 11);
    const dues = await s.call('street.dues', { year: 2026, quarter: 3 });
    const byName = new Map(dues.rows.map((r) => [r.community, r]));
    expect(byName.get('幸福里社区')).toMatchObject({ arrearsFen: 300, coverage: expect.stringContaining('党费自2026年12月') });
    expect(byName.get('和平社区')!.coverage).toBeUndefined();
    // The 合计 holds only the covered community's figures.
    expect(dues.total).toMatchObject({ owingMembers: 2, dueFen: 200, paidFen: 100, arrearsMembers: 1, arrearsFen: 100 });

    // The street's own 三会一课 form says it under the table, read back from the file.
    const wb = await s.workbook('street.exportForm', { measure: 'meetings', year: 2026, quarter: null });
    const notes: string[] = [];
    wb.worksheets[0].eachRow((row) => row.eachCell((cell) => notes.push(String(cell.value))));
    expect(notes).toContain('幸福里社区：建账日期2026年12月7日；党费自2026年12月，三会一课自2026年第四季度起记录，此前不计。');
    const duesForm = await s.workbook('street.exportForm', { measure: 'dues', year: 2026, quarter: 3 });
    const duesTexts: string[] = [];
    duesForm.worksheets[0].eachRow((row) => row.eachCell((cell) => duesTexts.push(String(cell.value))));
    expect(duesTexts.some((t) => t.startsWith('幸福里社区：建账日期2026年12月7日'))).toBe(true);
    // Its rows, cell by cell (money as 元): the uncovered community's row shows, the 合计 is the covered one's alone.
    const rows = sheetRows(duesForm.worksheets[0]).filter((r) => r[1] === '幸福里社区' || r[1] === '和平社区' || r[1] === '合计');
    expect(rows.map((r) => r.slice(1, 9))).toEqual([
      ['幸福里社区', 3, 3, 0, 3, 3, 0, 0],
      ['和平社区', 2, 2, 1, 1, 1, 0, 0],
      ['合计', 2, 2, 1, 1, 1, 0, 0],
    ]);
  });
});
