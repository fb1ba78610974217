// 党内统计填报说明: a change is counted in the year of its approval. A 支部大会 on 2025-12-20 approved
// on 2026-01-15 is a 2026 发展党员 in every table (党内统计, 发展计划, 发展党员情况统计表), and a 转正
// dated 2025-12-20 approved 2026-01-10 leaves the member a 预备党员 in the 2025 figures.
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { CensusReport } from '../../../api/schemas/census';
import type { DevPlan } from '../../../api/schemas/development';
import { censusPeople, censusReport } from '../../../db/census/report';
import { createMember } from '../../../db/members/write';
import { changeMemberStatus, type StatusChangeInput } from '../../../db/members/status';
import { getSettings, saveSettings } from '../../../db/settings';
import { devStatsData } from '../../../excel/exportDevelopment';
import { closeYear, reopenYear } from '../../../db/yearClosing';
import { insertImportedPerson } from '../../../db/development/importPeople';
import { basicTree, makeId, memberInput, memoryLedger, routerFor } from '../../support/testLedger';
import { callerFor } from '../../support/callRouter';

const TODAY = '2026-11-24';
const figures = (report: CensusReport, table: string) => Object.fromEntries(report.tables.find((t) => t.key === table)!.rows.map((r) => [r.key, r.value]));

async function admittedAcrossTheYear(beforeApproval?: (ledger: ReturnType<typeof memoryLedger>) => Promise<void>) {
  const ledger = memoryLedger();
  const tree = basicTree(ledger);
  const members = ['赵一', '钱二', '孙三', '李四', '周五'].map((name) => createMember(ledger, memberInput(tree.branchA.id, { name }), null, TODAY).id);
  const { router } = routerFor(ledger, TODAY);
  const { call } = callerFor(router);
  const record = (personId: number, stepCode: string, doneOn: string, extra: object = {}) =>
    call('development.record', { personId, stepCode, doneOn, memberIds: [], ...extra });
  const person = (
    await call('development.create', {
      name: '新党员',
      gender: '女',
      ethnicity: '汉族',
      birthDate: '1998-03-03',
      idNumber: makeId('1998-03-03', '女'),
      education: '大学本科',
      workUnit: '幸福里小学',
      phone: null,
      orgId: tree.branchA.id,
      note: null,
    })
  ).person.id;
  await record(person, 'apply', '2024-03-01');
  await record(person, 'talk', '2024-03-20', { memberIds: [members[2]] });
  await record(person, 'activist', '2024-06-01');
  await record(person, 'mentors', '2024-06-01', { memberIds: [members[0], members[1]] });
  await record(person, 'candidate', '2025-06-01');
  await record(person, 'sponsors', '2025-06-05', { memberIds: [members[2], members[3]] });
  await record(person, 'politicalReview', '2025-06-10');
  await record(person, 'training', '2025-06-15', { endOn: '2025-06-17', hours: 24 });
  await record(person, 'publicity', '2025-12-01', { endOn: '2025-12-05' });
  await record(person, 'preReview', '2025-12-10');
  await record(person, 'volunteerForm', '2025-12-12', { docNo: 'ZYS-2025-009' });
  await record(person, 'branchMeeting', '2025-12-20', { vote: { dueFull: 5, dueVoting: 5, presentVoting: 5, inFavour: 5, against: 0, abstain: 0 } });
  if (beforeApproval) await beforeApproval(ledger);
  await record(person, 'higherTalk', '2026-01-05', { memberIds: [members[2]] }); // 细则: before the 审批
  await record(person, 'approve', '2026-01-15');
  return { ledger, tree, call };
}

describe('counting by approval (党内统计填报说明)', () => {
  it('a 支部大会 on 2025-12-20 approved on 2026-01-15 is a 2026 发展党员 in every table', async () => {
    const { ledger, call } = await admittedAcrossTheYear();
    const y2025 = censusReport(ledger, 2025, TODAY);
    const y2026 = censusReport(ledger, 2026, TODAY);
    // 党内统计: not counted at 2025-12-31 (the approval came later), a 发展党员 of 2026.
    expect(figures(y2025, 'total')).toEqual({ total: 5, full: 5, probationary: 0 });
    expect(figures(y2025, 'changes')['in:developed']).toBe(0);
    expect(figures(y2025, 'pipeline').admitted).toBe(0);
    expect(y2025.identity.holds).toBe(true);
    expect(figures(y2026, 'total')).toEqual({ total: 6, full: 5, probationary: 1 });
    expect(figures(y2026, 'changes')['in:developed']).toBe(1);
    expect(figures(y2026, 'pipeline').admitted).toBe(1);
    expect(y2026.identity).toMatchObject({ start: 5, added: 1, removed: 0, end: 6, holds: true });
    expect(censusPeople(ledger, 2026, 'changes', 'in:developed', TODAY).map((p) => p.detail)).toEqual([
      '2026-01-15 发展党员（支部大会2025-12-20，上级党委2026-01-15审批）',
    ]);
    // 发展计划 完成 and the 发展党员情况统计表 agree.
    expect((await call('development.plan', { year: 2025 })).counts.admitted).toBe(0);
    expect((await call('development.plan', { year: 2026 })).counts.admitted).toBe(1);
    const stats = (year: number) => devStatsData(ledger, { year }, TODAY).lines.reduce((n, l) => n + l.admittedInYear, 0);
    expect([stats(2025), stats(2026)]).toEqual([0, 1]);
  });

  it('with 2025 closed, the approval of a 2025-12-20 支部大会 is refused naming 2025 (the roster would begin in it); reopened, it goes in', async () => {
    await expect(admittedAcrossTheYear((ledger) => closeYear(ledger, { year: 2025, operator: '王芳' }, null, TODAY).then(() => undefined))).rejects.toThrow(
      /^2025年度已封账，不能登记日期为2025-12-20的新党员的接收预备党员（支部大会2025-12-20）/,
    );
    const { ledger } = await admittedAcrossTheYear(async (l) => {
      await closeYear(l, { year: 2025, operator: '王芳' }, null, TODAY);
      reopenYear(l, { year: 2025, reason: '接收2025-12-20支部大会通过的预备党员', operator: '王芳' });
    });
    expect(figures(censusReport(ledger, 2026, TODAY), 'changes')['in:developed']).toBe(1);
  });

  it('a member entered on the roster directly counts by the 入党日期, said so in the list', () => {
    const ledger = memoryLedger();
    const tree = basicTree(ledger);
    createMember(ledger, memberInput(tree.branchA.id, { name: '直录', joinedOn: '2025-12-20', fullMemberOn: null, category: '预备党员' }), null, TODAY);
    expect(figures(censusReport(ledger, 2025, TODAY), 'changes')['in:developed']).toBe(1);
    expect(censusPeople(ledger, 2025, 'changes', 'in:developed', TODAY)[0]!.detail).toBe('2025-12-20 发展党员（入党日期，未记录审批日期）');
  });

  it('a 转正 dated at the 预备期 end (2025-12-20) and approved 2026-01-10 is a 预备党员 in 2025, 正式 in 2026', () => {
    const ledger = memoryLedger();
    const tree = basicTree(ledger);
    const id = createMember(
      ledger,
      memberInput(tree.branchA.id, { name: '待批', joinedOn: '2024-12-20', fullMemberOn: null, category: '预备党员' }),
      null,
      TODAY,
    ).id;
    changeMemberStatus(
      ledger,
      id,
      {
        change: '转正',
        occurredOn: '2025-12-20',
        place: null,
        letterNo: null,
        reason: null,
        extendedTo: null,
        decidedOn: '2025-12-20',
        approvedOn: '2026-01-10',
      },
      TODAY,
    );
    expect(figures(censusReport(ledger, 2025, TODAY), 'total')).toEqual({ total: 1, full: 0, probationary: 1 });
    expect(figures(censusReport(ledger, 2026, TODAY), 'total')).toEqual({ total: 1, full: 1, probationary: 0 });
    // 预备党员转正情况 counts it in 2026, the year of the approval.
    expect(figures(censusReport(ledger, 2025, TODAY), 'probation')).toEqual({ regular: 0, extended: 0, cancelled: 0 });
    expect(figures(censusReport(ledger, 2026, TODAY), 'probation')).toEqual({ regular: 1, extended: 0, cancelled: 0 });
    expect(censusPeople(ledger, 2026, 'probation', 'regular', TODAY)[0]!.detail).toBe('2026-01-10 上级党委审批转正（预备期满2025-12-20）');
  });

  it('预备党员转正情况: 本年转正, 延长预备期 and 取消预备党员资格, exported as a sheet and read back cell by cell', async () => {
    const ledger = memoryLedger();
    const tree = basicTree(ledger);
    saveSettings(ledger, { ...getSettings(ledger), communityName: '幸福里社区' });
    const add = (name: string, joinedOn: string) =>
      createMember(ledger, memberInput(tree.branchA.id, { name, joinedOn, fullMemberOn: null, category: '预备党员' }), null, TODAY).id;
    const status = (id: number, change: StatusChangeInput['change'], occurredOn: string, extra: Partial<StatusChangeInput> = {}) =>
      changeMemberStatus(ledger, id, { change, occurredOn, place: null, letterNo: null, reason: null, extendedTo: null, ...extra }, TODAY);
    status(add('甲', '2024-12-20'), '转正', '2025-12-20', { decidedOn: '2025-12-20', approvedOn: '2026-01-10' });
    status(add('乙', '2025-03-01'), '转正', '2026-03-01', { decidedOn: '2026-03-01', approvedOn: '2026-03-20' });
    status(add('丙', '2025-05-01'), '延长预备期', '2026-04-20', { extendedTo: '2026-12-01', reason: '考察期表现需进一步观察' });
    status(add('丁', '2025-06-01'), '取消预备党员资格', '2026-05-10', { reason: '不履行党员义务' });
    const { router, exportsDir } = routerFor(ledger, TODAY);
    const answer = await router.handle('reports.census', { year: 2026 });
    if (!answer.ok) throw new Error(answer.error.message);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(exportsDir, (answer.value as { fileName: string }).fileName));
    const sheet = wb.getWorksheet('预备党员转正情况')!;
    expect(sheet.getCell('A1').value).toBe('2026年党内统计年报：预备党员转正情况');
    const rows: unknown[][] = [];
    for (let r = 3; r <= 6; r++) rows.push((sheet.getRow(r).values as unknown[]).slice(1, 4));
    expect(rows).toEqual([
      ['序号', '项目', '人数'],
      [1, '本年转正', 2],
      [2, '延长预备期', 1],
      [3, '取消预备党员资格', 1],
    ]);
    expect(figures(censusReport(ledger, 2026, TODAY), 'changes')['out:probationCancelled']).toBe(1);
  });
});

describe('one 发展党员 in every table, whatever way the person reached the roster', () => {
  it('a register imported for a member already on the roster counts by its 审批; a member admitted on the roster alone counts by 入党日期', async () => {
    const ledger = memoryLedger();
    const tree = basicTree(ledger);
    const { router } = routerFor(ledger, TODAY);
    for (const name of ['甲', '乙', '丙'])
      createMember(ledger, memberInput(tree.branchA.id, { name, joinedOn: '2000-07-01', fullMemberOn: '2001-07-01' }), null, '2020-01-01');
    // On the roster since the 2025-12-20 支部大会; the file typed in later says 上级党委 approved on 2026-01-15.
    const idNumber = makeId('1999-02-02', '女');
    const imported = createMember(
      ledger,
      memberInput(tree.branchA.id, {
        name: '补录',
        idNumber,
        birthDate: '1999-02-02',
        gender: '女',
        joinedOn: '2025-12-20',
        fullMemberOn: null,
        category: '预备党员',
      }),
      null,
      '2026-02-01',
    );
    const step = (code: string, doneOn: string) => ({ code, doneOn, endOn: null, docNo: null, warning: null, note: null, memberIds: [], role: null });
    insertImportedPerson(ledger, {
      name: '补录',
      gender: '女',
      ethnicity: '汉族',
      birthDate: '1999-02-02',
      idNumber,
      education: null,
      workUnit: null,
      phone: null,
      orgId: tree.branchA.id,
      note: null,
      memberId: imported.id,
      steps: [
        step('apply', '2023-03-01'),
        step('activist', '2023-06-01'),
        step('candidate', '2025-06-01'),
        step('branchMeeting', '2025-12-20'),
        step('approve', '2026-01-15'),
      ],
    });
    // Admitted on the roster with no file at all, in 2026.
    createMember(ledger, memberInput(tree.branchA.id, { name: '直录', joinedOn: '2026-03-01', fullMemberOn: null, category: '预备党员' }), null, '2026-03-01');

    const y2025 = censusReport(ledger, 2025, TODAY);
    const y2026 = censusReport(ledger, 2026, TODAY);
    expect([figures(y2025, 'changes')['in:developed'], figures(y2025, 'pipeline').admitted, figures(y2025, 'total').total]).toEqual([0, 0, 3]);
    expect([figures(y2026, 'changes')['in:developed'], figures(y2026, 'pipeline').admitted, figures(y2026, 'total').total]).toEqual([2, 2, 5]);
    expect(y2025.identity.holds && y2026.identity.holds).toBe(true);
    expect(censusPeople(ledger, 2026, 'pipeline', 'admitted', TODAY).map((p) => p.name)).toEqual(['补录', '直录']);
    const plan = async (year: number) => {
      const r = await router.handle('development.plan', { year });
      if (!r.ok) throw new Error(r.error.message);
      return (r.value as DevPlan).counts.admitted;
    };
    expect([await plan(2025), await plan(2026)]).toEqual([0, 2]);
  });
});
