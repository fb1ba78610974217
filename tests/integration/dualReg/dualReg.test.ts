import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { activityInput, onjobInput, onjobYearInput, unitInput } from '../../../api/schemas/dualReg';
import { saveActivity } from '../../../db/dualReg/activities';
import { createDemand, listDemands, takeStep } from '../../../db/dualReg/demands';
import { setEvaluation, yearFigures } from '../../../db/dualReg/figures';
import { saveThresholds } from '../../../db/dualReg/thresholds';
import { peoplePage } from '../../../db/dualReg/yearPeople';
import { getOnjob, revokeOnjob, saveOnjob, saveUnit } from '../../../db/dualReg/registry';
import { createMember } from '../../../db/members/write';
import { saveSettings } from '../../../db/settings';
import { basicTree, makeId, memberInput, memoryLedger, routerFor, snapshot } from '../../support/testLedger';
import { refused } from '../../support/refused';

const TODAY = '2026-11-24';

function setup() {
  const ledger = memoryLedger();
  const tree = basicTree(ledger);
  const unit = (name: string) => saveUnit(ledger, unitInput.parse({ name, registeredOn: '2025-03-01', partyOrgName: `${name}机关党支部` }));
  const taxOffice = unit('区税务局');
  const school = unit('实验小学');
  const person = (name: string, unitId: number, extra: object = {}) =>
    saveOnjob(ledger, onjobInput.parse({ name, idNumber: makeId('1985-05-05'), unitId, registeredOn: '2025-04-01', posts: ['政策宣传'], ...extra }));
  const wang = person('王税', taxOffice);
  const li = person('李教', school);
  const activity = (heldOn: string, theme: string, people: [number, number][], extra: object = {}) =>
    saveActivity(
      ledger,
      activityInput.parse({ heldOn, theme, participants: people.map(([refId, hours]) => ({ kind: 'onjob', refId, hours })), ...extra }),
      TODAY,
    );
  return { ledger, tree, taxOffice, school, wang, li, activity };
}

describe('在职党员 registry', () => {
  it('links to the roster member with the same 身份证号, and refuses a second registration', () => {
    const { ledger, tree, taxOffice } = setup();
    const idNumber = makeId('1980-02-02', '女');
    const memberId = createMember(ledger, memberInput(tree.branchA.id, { idNumber, birthDate: '1980-02-02', gender: '女' }), null, TODAY).id;
    const id = saveOnjob(ledger, onjobInput.parse({ name: '赵双', idNumber: idNumber.toLowerCase(), unitId: taxOffice, registeredOn: '2026-01-05' }));
    expect(getOnjob(ledger, id)).toMatchObject({ memberId, gender: '女', birthDate: '1980-02-02', idNumber });
    const again = refused(() => saveOnjob(ledger, onjobInput.parse({ name: '赵双', idNumber, registeredOn: '2026-01-05' })));
    expect(again).toMatchObject({ code: 'CONFLICT', field: 'idNumber' });
  });

  it('revoking is dated and keeps the record read-only', () => {
    const { ledger, wang } = setup();
    revokeOnjob(ledger, wang, '2026-06-30', '工作调动');
    expect(getOnjob(ledger, wang)).toMatchObject({ revokedOn: '2026-06-30', revokeReason: '工作调动' });
    expect(
      refused(() =>
        saveOnjob(ledger, { ...onjobInput.parse({ name: '王税', idNumber: getOnjob(ledger, wang).idNumber, registeredOn: '2025-04-01' }), id: wang }),
      ).message,
    ).toContain('只读');
  });
});

describe('五单', () => {
  it('takes each step once, in order, dated and signed', () => {
    const { ledger, wang } = setup();
    const id = createDemand(
      ledger,
      { kind: '微心愿', title: '想要一台助听器', content: null, requester: '孙奶奶', requesterPhone: null, doneOn: '2026-05-01', doneBy: '网格员小陈' },
      TODAY,
    );
    const step = (s: string, extra: object = {}) =>
      takeStep(ledger, { demandId: id, step: s as never, doneOn: '2026-05-03', doneBy: '书记', note: null, onjobId: null, ...extra }, TODAY);
    expect(refused(() => step('社区派单')).message).toContain('下一步应为“支部议单”');
    const before = snapshot(ledger);
    expect(refused(() => step('居民点单')).message).toContain('不能重复');
    expect(snapshot(ledger)).toEqual(before);
    step('支部议单');
    step('社区派单');
    expect(refused(() => step('党员接单')).field).toBe('onjobId');
    step('党员接单', { onjobId: wang });
    expect(refused(() => step('党群评单', { doneOn: '2026-05-02' })).message).toContain('不能早于上一步');
    step('党群评单', { note: '满意' });
    const [d] = listDemands(ledger);
    expect(d.steps.map((s) => s.step)).toEqual(['居民点单', '支部议单', '社区派单', '党员接单', '党群评单']);
    expect(d.steps[3].onjobName).toBe('王税');
    expect(d.next).toBeNull();
    expect(refused(() => step('党群评单')).message).toContain('不能重复');
  });
});

describe('year figures', () => {
  it('counts activities inside the year only, suggests a grade, and takes the secretary’s change with a reason', () => {
    const { ledger, wang, li, activity } = setup();
    activity('2024-12-31', '跨年前一天', [[wang, 2]]);
    for (const day of ['2025-01-01', '2025-03-05', '2025-06-01', '2025-09-09']) activity(day, `服务${day}`, [[wang, 2.5]]);
    activity('2025-12-31', '年末', [[li, 1]]);
    activity('2026-01-01', '新年', [[li, 3]]);
    const f = yearFigures(ledger, 2025);
    const people = (year: number) => peoplePage(ledger, onjobYearInput.parse({ year, pageSize: 200 })).rows;
    const byName = new Map(people(2025).map((p) => [p.name, p]));
    expect(byName.get('王税')).toMatchObject({ activities: 4, hours: 10, suggested: '合格', grade: '合格' });
    expect(byName.get('李教')).toMatchObject({ activities: 1, hours: 1, suggested: '不合格' });
    expect(f.totals).toMatchObject({ units: 2, members: 2, activities: 5, participations: 5, hours: 11 });
    expect(f.units.map((u) => [u.name, u.registered, u.activities, u.hours])).toEqual([
      ['区税务局', 1, 4, 10],
      ['实验小学', 1, 1, 1],
    ]);
    setEvaluation(ledger, li, 2025, '合格', '长期住院，单位已说明');
    expect(people(2025).find((p) => p.name === '李教')).toMatchObject({ suggested: '不合格', grade: '合格', reason: '长期住院，单位已说明' });
    saveThresholds(ledger, { basis: 'hours', pass: 50, excellent: 100 });
    expect(people(2025).find((p) => p.name === '王税')!.suggested).toBe('不合格');
  });

  it('pages the year’s people, filters by unit, name and grade, and counts each grade under the filter', async () => {
    const { ledger, taxOffice, school, wang, li, activity } = setup();
    const more = ['王一', '王二', '张三', '李四', '赵五'].map((name, i) =>
      saveOnjob(ledger, onjobInput.parse({ name, idNumber: makeId(`1990-01-0${i + 1}`), unitId: i < 3 ? taxOffice : school, registeredOn: '2025-04-01' })),
    );
    const late = saveOnjob(ledger, onjobInput.parse({ name: '明年来', idNumber: makeId('1991-02-02'), unitId: school, registeredOn: '2026-02-01' }));
    // 王税: eight activities (优秀 at the default 8), the first five distinct themes as services;
    // 王一: four (合格); the rest none (不合格).
    for (let i = 1; i <= 8; i++) activity(`2025-0${i}-10`, i === 8 ? '主题1' : `主题${i}`, [[wang, 1], ...(i <= 4 ? [[more[0], 2] as [number, number]] : [])]);
    const page = (q: object) => peoplePage(ledger, onjobYearInput.parse({ year: 2025, ...q }));

    const first = page({ pageSize: 3 });
    expect(first.total).toBe(7); // 明年来 registered in 2026
    expect(first.grades).toEqual({ 优秀: 1, 合格: 1, 不合格: 5 });
    expect(first.rows.map((r) => r.name)).toEqual(['王税', '王一', '王二']);
    expect(first.rows[0]).toMatchObject({ activities: 8, hours: 8, services: '主题1、主题2、主题3、主题4、主题5', grade: '优秀' });
    expect(first.rows[1]).toMatchObject({ activities: 4, hours: 8, services: '主题1、主题2、主题3、主题4', grade: '合格' });
    expect(page({ pageSize: 3, page: 3 }).rows.map((r) => r.name)).toEqual(['赵五']);
    expect(page({ unitId: school }).rows.map((r) => r.name)).toEqual(['李教', '李四', '赵五']);
    expect(page({ keyword: '王' }).rows.map((r) => r.name)).toEqual(['王税', '王一', '王二']);
    const failing = page({ keyword: '王', grade: '不合格' });
    expect(failing.rows.map((r) => r.name)).toEqual(['王二']);
    expect(failing).toMatchObject({ total: 1, grades: { 优秀: 1, 合格: 1, 不合格: 1 } });
    expect(page({ year: 2026, unitId: school }).rows.map((r) => r.name)).toEqual(['李教', '李四', '赵五', '明年来']);

    // Through the router, the change of 社区评价 answers with the person's new row.
    const { router } = routerFor(ledger, TODAY);
    const r = await router.handle('dual.setEvaluation', { onjobId: li, year: 2025, grade: '合格', reason: '单位已说明' });
    expect(r.ok && r.value).toMatchObject({ name: '李教', suggested: '不合格', grade: '合格', reason: '单位已说明' });
    expect(page({ grade: '合格' }).rows.map((r) => r.name)).toEqual(['王一', '李教']);
    // Nobody is evaluated for a year they were not registered in, and nothing is written.
    const before = snapshot(ledger);
    expect(refused(() => setEvaluation(ledger, late, 2025, '优秀', '理由'))).toMatchObject({ field: 'year' });
    expect(snapshot(ledger)).toEqual(before);
    expect(page({ pageSize: 200 }).rows.every((row) => !('unitId' in row))).toBe(true);
  });

  it('counts a completed 需求 in the year its 党群评单 was signed', () => {
    const { ledger, wang } = setup();
    const id = createDemand(
      ledger,
      { kind: '需求', title: '修路灯', content: null, requester: '居民', requesterPhone: null, doneOn: '2026-02-01', doneBy: '网格员' },
      TODAY,
    );
    for (const [step, extra] of [
      ['支部议单', {}],
      ['社区派单', {}],
      ['党员接单', { onjobId: wang }],
      ['党群评单', {}],
    ] as const) {
      takeStep(ledger, { demandId: id, step, doneOn: '2026-02-10', doneBy: '书记', note: null, onjobId: null, ...extra }, TODAY);
    }
    expect(yearFigures(ledger, 2026).totals.demandsCompleted).toBe(1);
    expect(yearFigures(ledger, 2025).totals.demandsCompleted).toBe(0);
  });
});

describe('双报到 forms', () => {
  it('the feedback workbook has a sheet per unit listing its members with count, hours and grade', async () => {
    const { ledger, wang, li, activity } = setup();
    saveSettings(ledger, { communityName: '幸福里社区党委', streetName: null, preparer: '王芳', reviewer: '刘明', phone: null, operator: null });
    activity('2026-03-05', '政策宣讲', [
      [wang, 2],
      [li, 1],
    ]);
    const ctx = routerFor(ledger, TODAY);
    const r = await ctx.router.handle('reports.dualFeedback', { year: 2026 });
    if (!r.ok) throw new Error(r.error.message);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(ctx.exportsDir, (r.value as { fileName: string }).fileName));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['区税务局', '实验小学']);
    const sheet = wb.getWorksheet('区税务局')!;
    expect(sheet.getCell('A1').value).toBe('2026年度在职党员到社区报到服务表现反馈表');
    expect(sheet.getCell('A2').value).toBe('填报单位（盖章）：幸福里社区党委');
    expect((sheet.getRow(4).values as unknown[]).slice(1, 8)).toEqual([1, '王税', new Date(Date.UTC(2025, 3, 1)), 1, 2, '政策宣讲', '不合格']);
    const texts = sheet
      .getSheetValues()
      .filter(Array.isArray)
      .map((row) => row.join(''));
    expect(texts.some((t) => t.includes('致：区税务局党组织'))).toBe(true);
    void getOnjob(ledger, li);
  });
});

describe('activities with roster members and units', () => {
  it('counts roster members in 人次 and hours, units in neither, and names everyone', async () => {
    const { listActivities } = await import('../../../db/dualReg/activities');
    const { ledger, tree, wang, taxOffice } = setup();
    const memberId = createMember(ledger, memberInput(tree.branchA.id, { name: '社区党员老张' }), null, TODAY).id;
    saveActivity(
      ledger,
      activityInput.parse({
        heldOn: '2026-04-04',
        theme: '义诊',
        participants: [
          { kind: 'onjob', refId: wang, hours: 2 },
          { kind: 'member', refId: memberId, hours: 3 },
          { kind: 'unit', refId: taxOffice, hours: 0 },
        ],
      }),
      TODAY,
    );
    expect(yearFigures(ledger, 2026).totals).toMatchObject({ activities: 1, participations: 2, hours: 5 });
    const [a] = listActivities(ledger, 2026);
    expect(a).toMatchObject({ people: 2, hours: 5, unitNames: ['区税务局'] });
    expect(a.participants.map((p) => p.name).sort()).toEqual(['王税', '社区党员老张', '区税务局'].sort());
    expect(
      refused(() =>
        saveActivity(ledger, activityInput.parse({ heldOn: '2026-04-05', theme: 'x', participants: [{ kind: 'member', refId: 9999, hours: 1 }] }), TODAY),
      ).field,
    ).toBe('participants');
  });
});
