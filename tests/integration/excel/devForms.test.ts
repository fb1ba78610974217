// The four 发展党员 forms (and the 年度台账's section) from a ledger with people at each stage,
// made through the contract and read back cell by cell.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { DEV_STAGE_NAMES } from '../../../api/development';
import { createMember } from '../../../db/members/write';
import { saveSettings } from '../../../db/settings';
import { devStatsData } from '../../../excel/exportDevelopment';
import { yearBookSections } from '../../../excel/yearBook';
import { basicTree, makeId, memberInput, memoryLedger, routerFor } from '../../support/testLedger';
import type { FileCall, InputArgs } from '../../support/callRouter';
import { exported } from '../../support/readBack';

const TODAY = '2026-11-24';

async function setup() {
  const ledger = memoryLedger();
  const tree = basicTree(ledger);
  saveSettings(ledger, { communityName: '幸福里社区党委', streetName: null, preparer: '王芳', reviewer: '刘明', phone: '010-12345678', operator: null });
  const members = ['赵一', '钱二', '孙三', '李四', '周五'].map(
    (name, i) => createMember(ledger, memberInput(tree.branchA.id, { name, birthDate: `1970-01-0${i + 1}` }), null, TODAY).id,
  );
  const ctx = routerFor(ledger, TODAY);
  const { call } = ctx;
  const person = async (name: string, birthDate: string, orgId = tree.branchA.id) =>
    (
      await call('development.create', {
        name,
        gender: '女',
        ethnicity: '汉族',
        birthDate,
        idNumber: makeId(birthDate, '女'),
        education: '大学本科',
        workUnit: '幸福里小学',
        phone: null,
        orgId,
        note: null,
      })
    ).person.id;
  const record = (personId: number, stepCode: string, doneOn: string, extra: object = {}) =>
    call('development.record', { personId, stepCode, doneOn, memberIds: [], ...extra });

  // 甲: applied this year. 乙: 积极分子 since last year, with a 培养联系人. 丙: admitted this year.
  // 丁: applied, then withdrew. 戊 (branch B): 发展对象.
  const jia = await person('甲', '2000-01-01');
  await record(jia, 'apply', '2026-03-01');
  const yi = await person('乙', '1999-02-02');
  await record(yi, 'apply', '2025-01-10');
  await record(yi, 'activist', '2025-05-01');
  await record(yi, 'mentors', '2025-05-01', { memberIds: [members[0]] });
  const bing = await person('丙', '1998-03-03');
  await record(bing, 'apply', '2024-03-01');
  await record(bing, 'talk', '2024-03-20', { memberIds: [members[2]] });
  await record(bing, 'activist', '2024-06-01');
  await record(bing, 'mentors', '2024-06-01', { memberIds: [members[0], members[1]] });
  await record(bing, 'candidate', '2025-06-01');
  await record(bing, 'sponsors', '2025-06-05', { memberIds: [members[2], members[3]] });
  await record(bing, 'politicalReview', '2025-06-10');
  await record(bing, 'training', '2025-06-15', { endOn: '2025-06-17', hours: 24 });
  await record(bing, 'publicity', '2026-01-05', { endOn: '2026-01-09' });
  await record(bing, 'preReview', '2026-01-12');
  await record(bing, 'volunteerForm', '2026-01-15', { docNo: 'ZYS-2026-001' });
  await record(bing, 'branchMeeting', '2026-01-20', { vote: { dueFull: 5, dueVoting: 5, presentVoting: 5, inFavour: 4, against: 1, abstain: 0 } });
  await record(bing, 'higherTalk', '2026-02-10', { memberIds: [] });
  await record(bing, 'approve', '2026-03-01');
  const ding = await person('丁', '1997-04-04');
  await record(ding, 'apply', '2026-02-01');
  await call('development.leave', { id: ding, on: '2026-05-01', reason: '本人撤回申请', note: null });
  const wu = await person('戊', '1996-05-05', tree.branchB.id);
  await record(wu, 'apply', '2024-01-05');
  await record(wu, 'activist', '2024-03-01');
  await record(wu, 'candidate', '2025-03-01');
  await call('development.savePlan', { year: 2026, orgId: null, quota: 2, note: '街道下达' });
  await call('development.savePlan', { year: 2026, orgId: tree.branchA.id, quota: 1, note: null });

  const read = async <K extends FileCall>(name: K, ...input: InputArgs<K>) => {
    const wb = await exported(ctx, ctx.exportsDir, name, ...input);
    return wb.worksheets[0]!;
  };
  return { ledger, tree, read, call, ids: { jia, yi, bing, ding, wu } };
}

const values = (sheet: ExcelJS.Worksheet, r: number) => (sheet.getRow(r).values as unknown[]).slice(1);
const rowsOf = (sheet: ExcelJS.Worksheet, from = 4) => {
  const out: unknown[][] = [];
  for (let r = from; r <= sheet.rowCount; r++) out.push(values(sheet, r));
  return out;
};
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('发展党员 forms', () => {
  it('积极分子花名册: the stage’s people with the date they became 积极分子 and their 培养联系人', async () => {
    const { read, tree } = await setup();
    const sheet = await read('reports.devRoster', { stage: '入党积极分子', orgId: null });
    expect(sheet.getCell('A1').value).toBe('入党积极分子花名册');
    expect(values(sheet, 3)).toEqual([
      '序号',
      '姓名',
      '性别',
      '民族',
      '出生年月',
      '学历',
      '工作单位',
      '申请日期',
      '确定为积极分子日期',
      '培养联系人',
      '所在支部',
    ]);
    expect(values(sheet, 4)).toEqual([
      1,
      '乙',
      '女',
      '汉族',
      '1999.02',
      '大学本科',
      '幸福里小学',
      day('2025-01-10'),
      day('2025-05-01'),
      '赵一',
      '第一网格党支部',
    ]);
    expect(
      rowsOf(sheet)
        .map((r) => String(r[0]))
        .some((a) => a.includes('截至2026-11-24，共1人')),
    ).toBe(true);

    const candidates = await read('reports.devRoster', { stage: '发展对象', orgId: tree.branchB.id });
    expect(candidates.getCell('A1').value).toBe('第二网格党支部发展对象花名册');
    expect(values(candidates, 3)).toContain('入党介绍人');
    expect(values(candidates, 4).slice(0, 2)).toEqual([1, '戊']);
    const applicants = await read('reports.devRoster', { stage: '入党申请人', orgId: null });
    // 丁 withdrew: not on the 花名册 of people in the pipeline.
    expect(
      rowsOf(applicants)
        .filter((r) => typeof r[0] === 'number')
        .map((r) => r[1]),
    ).toEqual(['甲']);
    expect(values(applicants, 3)).not.toContain('培养联系人');
  });

  it('进度表: one row per person, a column per key step, those who left with their reason', async () => {
    const { read } = await setup();
    const sheet = await read('reports.devProgress', { orgId: null });
    const rows = new Map(
      rowsOf(sheet)
        .filter((r) => typeof r[0] === 'number')
        .map((r) => [r[1], r]),
    );
    expect([...rows.keys()]).toEqual(['甲', '乙', '丙', '丁', '戊']);
    expect(rows.get('丙')).toEqual([
      3,
      '丙',
      '女',
      '1998.03',
      '大学本科',
      '第一网格党支部',
      day('2024-03-01'),
      day('2024-06-01'),
      day('2025-06-01'),
      day('2026-01-20'),
      day('2026-03-01'),
      undefined,
      '赵一、钱二',
      '孙三、李四',
      '预备党员',
    ]);
    expect(rows.get('丁')![14]).toBe('已退出（本人撤回申请）');
    expect(sheet.getCell('G4').numFmt).toBe('yyyy-mm-dd');
  });

  it('统计表: per branch and in total the same counts as the 发展计划 view, against the quota', async () => {
    const { read, call, ledger } = await setup();
    const plan = await call('development.plan', { year: 2026 });
    const sheet = await read('reports.devStats', { year: 2026 });
    expect(sheet.getCell('A1').value).toBe('2026年发展党员情况统计表');
    const header = values(sheet, 3);
    const col = (h: string) => header.indexOf(h);
    const rows = rowsOf(sheet);
    const total = rows.find((r) => r[1] === '合计')!;
    const branchA = rows.find((r) => r[1] === '第一网格党支部')!;
    expect([total[col('发展计划\n（名额）')], total[col('本年接收\n预备党员')], total[col('计划\n完成率')]]).toEqual([2, 1, '50.0%']);
    expect([branchA[col('发展计划\n（名额）')], branchA[col('本年接收\n预备党员')], branchA[col('计划\n完成率')]]).toEqual([1, 1, '100.0%']);
    // The form and the page count alike.
    expect({
      applied: total[col('本年\n申请入党')],
      activists: total[col('本年确定\n积极分子')],
      candidates: total[col('本年确定\n发展对象')],
      admitted: total[col('本年接收\n预备党员')],
      regular: total[col('本年\n转正')],
      left: total[col('本年\n退出')],
    }).toEqual(plan.counts);
    expect([total[col('现有\n入党申请人')], total[col('现有\n积极分子')], total[col('现有\n发展对象')], total[col('现有\n预备党员')]]).toEqual([
      plan.byStage['入党申请人'],
      plan.byStage['入党积极分子'],
      plan.byStage['发展对象'],
      plan.byStage['预备党员'],
    ]);

    // Last year's end: 丙 was a 发展对象 then, 甲 and 丁 had not applied.
    const last = devStatsData(ledger, { year: 2025 }, TODAY);
    const a = last.lines.find((l) => l.orgName === '第一网格党支部')!;
    expect([a.applicants, a.activists, a.candidates, a.probationary, a.admittedInYear]).toEqual([0, 1, 1, 0, 0]);
  });

  it('纪实表: the person’s details, then every live step in order with people, numbers and the vote', async () => {
    const { read, ids, call } = await setup();
    const file = await call('development.person', { id: ids.bing });
    const talk = file.records.find((r) => r.stepCode === 'talk')!;
    await call('development.voidRecord', { id: talk.id, reason: '日期记错' });
    await call('development.record', { personId: ids.bing, stepCode: 'talk', doneOn: '2024-03-25', memberIds: [] });
    const sheet = await read('reports.devRecord', { personId: ids.bing });
    expect(sheet.getCell('A1').value).toBe('发展党员纪实表（丙）');
    expect(values(sheet, 3)).toEqual(['阶段', '环节', '时间', '情况记载']);
    const rows = rowsOf(sheet);
    expect(rows.find((r) => r[1] === '当前阶段')![3]).toBe('预备党员');
    const steps = rows.filter((r) => (DEV_STAGE_NAMES as readonly unknown[]).includes(r[0]));
    expect(steps.map((r) => r[1])).toEqual([
      '递交入党申请书',
      '党组织派人谈话',
      '推荐和确定入党积极分子',
      '指定培养联系人',
      '确定发展对象',
      '确定入党介绍人',
      '进行政治审查',
      '开展集中培训',
      '支部委员会审查并公示',
      '上级党委预审',
      '填写入党志愿书',
      '支部大会讨论',
      '上级党委派人谈话',
      '上级党委审批',
    ]);
    expect(rows.find((r) => r[1] === '入党日期')![3]).toBe('2026-01-20');
    // The voided 谈话 is gone, the re-recorded one is there.
    expect(steps[1]![2]).toBe('2024年3月25日');
    expect(steps.find((r) => r[1] === '开展集中培训')!.slice(2)).toEqual(['2025年6月15日至2025年6月17日', '培训学时：24']);
    expect(steps.find((r) => r[1] === '确定入党介绍人')![3]).toBe('入党介绍人：孙三、李四');
    expect(steps.find((r) => r[1] === '填写入党志愿书')![3]).toBe('志愿书编号：ZYS-2026-001');
    expect(steps.find((r) => r[1] === '支部大会讨论')![3]).toBe('应到会有表决权 5 人（其中正式党员 5 人），实到 5 人；赞成 4 票，反对 1 票，弃权 0 票');
  });

  it('年度台账 has the 发展党员 section: the 统计表 and the year’s 进度表 as of its last day', async () => {
    const { ledger } = await setup();
    const section = yearBookSections(ledger, { year: 2025, maskIdNumbers: true }, TODAY).find((s) => s.title === '发展党员')!;
    const built = section.build();
    expect(typeof built).not.toBe('string');
    const wb = new ExcelJS.Workbook();
    const [stats, progress] = (built as { name: string; render: (wb: ExcelJS.Workbook, n: string) => ExcelJS.Worksheet }[]).map((s) => s.render(wb, s.name));
    expect(stats!.getCell('A1').value).toBe('2025年发展党员情况统计表');
    // 2025: 甲 and 丁 had not applied; 丙 was a 发展对象, with no 支部大会 yet.
    const rows = rowsOf(progress!).filter((r) => typeof r[0] === 'number');
    expect(rows.map((r) => [r[1], r[9], r[14]])).toEqual([
      ['乙', undefined, '入党积极分子'],
      ['丙', undefined, '发展对象'],
      ['戊', undefined, '发展对象'],
    ]);
    const none = yearBookSections(ledger, { year: 2020, maskIdNumbers: true }, TODAY).find((s) => s.title === '发展党员')!;
    expect(none.build()).toBe('本年度没有发展党员记录');
  });
});
