// The four 发展党员 forms as files (reports.dev*): each reads the register through
// db/development and hands a plain shape to its form builder (excel/forms/dev*.ts).
import ExcelJS from 'exceljs';
import type { z } from 'zod';
import { DEV_STAGE_NAMES, type PersonStage } from '../api/development';
import { recordDetails } from '../api/devRecordText';
import type { devProgressInput, devRecordExportInput, devRosterInput, devStatsInput, DevPersonRow } from '../api/schemas/development';
import type { ExportedFile } from '../api/schemas/reports';
import { admittedByBranch } from '../db/development/admittedBranches';
import { personFile } from '../db/development/file';
import { listPeople } from '../db/development/list';
import { readPlan } from '../db/development/plan';
import { probationaryByBranch, regularByBranch } from '../db/development/rosterProbation';
import { liveSummaries, probationEndsOf, readPeople, toRow } from '../db/development/read';
import { listSteps, stepNames } from '../db/development/steps';
import { orgNodes, orgName } from '../db/dues/orgTree';
import type { Ledger } from '../db/open';
import { getSettings } from '../db/settings';
import { renderForm } from './form/render';
import type { FormSpec } from './form/spec';
import { devProgressForm, type DevProgressData } from './forms/devProgress';
import { devRecordForm, type DevRecordData } from './forms/devRecord';
import { devRosterForm, type DevRosterData } from './forms/devRoster';
import { devStatsForm, type DevStatsData, type DevStatsLine } from './forms/devStats';
import { saveWorkbook } from './saveWorkbook';

const save = async <R>(exportsDir: string, spec: FormSpec<R>, title = spec.title): Promise<ExportedFile> => {
  const workbook = new ExcelJS.Workbook();
  renderForm(workbook, spec);
  return saveWorkbook(workbook, exportsDir, title, spec.rows.length);
};

/** 当前阶段 as the forms print it: the derived stage, or the reason the person left. */
export const stageText = (r: Pick<DevPersonRow, 'stage' | 'leftOn' | 'leftReason'>): string => (r.leftOn ? `已退出（${r.leftReason ?? ''}）` : r.stage);

export function devRosterData(ledger: Ledger, input: z.output<typeof devRosterInput>, today: string): DevRosterData {
  const rows = listPeople(ledger, { stage: input.stage, orgId: input.orgId, includeLeft: false }, today);
  return {
    stage: input.stage,
    orgName: input.orgId === null ? null : orgName(orgNodes(ledger), input.orgId),
    asOf: today,
    people: rows.map((r) => ({
      name: r.name,
      gender: r.gender,
      ethnicity: r.ethnicity,
      birthDate: r.birthDate,
      education: r.education,
      workUnit: r.workUnit,
      appliedOn: r.appliedOn,
      stageOn: input.stage === '发展对象' ? r.candidateOn : input.stage === '入党积极分子' ? r.activistOn : null,
      mentors: r.mentors,
      sponsors: r.sponsors,
      branchName: r.orgName,
    })),
  };
}

/**
 * One row per person of the branch (or all). With asOf (年度台账 of a past year), the dates and
 * the stage are those recorded up to that day, and only people already in the pipeline then and
 * not left before the year began are listed: a closed year's form stays the same.
 */
export function devProgressData(ledger: Ledger, input: z.output<typeof devProgressInput>, today: string, asOf: string | null = null): DevProgressData {
  // People who left stay on the 进度表 (with the reason): the street audits who dropped out too.
  let rows = listPeople(ledger, { stage: null, orgId: input.orgId, includeLeft: true }, today);
  if (asOf !== null) {
    const yearStart = `${asOf.slice(0, 4)}-01-01`;
    const listed = new Set(rows.map((r) => r.id));
    const people = readPeople(ledger).filter((p) => listed.has(p.id) && (p.leftOn === null || p.leftOn >= yearStart));
    const then = liveSummaries(
      ledger,
      people.map((p) => p.id),
      asOf,
    );
    const names = stepNames(ledger);
    const ends = probationEndsOf(
      ledger,
      people.flatMap((p) => (p.memberId === null ? [] : [p.memberId])),
    );
    rows = people
      .filter((p) => Object.keys(then.get(p.id)!.firstOn).length > 0)
      .map((p) => toRow(p.leftOn !== null && p.leftOn > asOf ? { ...p, leftOn: null, leftReason: null } : p, then.get(p.id), names, asOf, ends))
      .map((r) => ({ ...r, regularOn: r.regularOn !== null && r.regularOn > asOf ? null : r.regularOn }));
  }
  return {
    orgName: input.orgId === null ? null : orgName(orgNodes(ledger), input.orgId),
    people: rows.map((r) => ({
      name: r.name,
      gender: r.gender,
      birthDate: r.birthDate,
      education: r.education,
      branchName: r.orgName,
      appliedOn: r.appliedOn,
      activistOn: r.activistOn,
      candidateOn: r.candidateOn,
      branchMeetingOn: r.admittedOn,
      approvedOn: r.approvedOn,
      regularOn: r.regularOn,
      contacts: r.mentors,
      introducers: r.sponsors,
      stage: stageText(r),
    })),
  };
}

const inYear = (on: string | null | undefined, year: number) => !!on && on.startsWith(`${year}-`);

/**
 * Per branch: the stage each person was at on the year's last day (today in the current year),
 * from the records dated up to then, and the steps first reached in the year.
 */
export function devStatsData(ledger: Ledger, input: z.output<typeof devStatsInput>, today: string): DevStatsData {
  const { year } = input;
  const asOf = today < `${year}-12-31` ? today : `${year}-12-31`;
  const people = readPeople(ledger);
  const ids = people.map((p) => p.id);
  const then = liveSummaries(ledger, ids, asOf);
  const all = liveSummaries(ledger, ids);
  const plan = readPlan(ledger, year, today);
  const quotaOf = new Map(plan.plans.map((p) => [p.orgId, p.quota]));
  const lines = new Map<number, DevStatsLine>();
  const empty = (name: string, quota: number | null): DevStatsLine => ({
    orgName: name,
    quota,
    applicants: 0,
    activists: 0,
    candidates: 0,
    probationary: 0,
    appliedInYear: 0,
    activistsInYear: 0,
    candidatesInYear: 0,
    admittedInYear: 0,
    regularInYear: 0,
    leftInYear: 0,
  });
  for (const p of people) {
    const at = then.get(p.id)!;
    const ever = all.get(p.id)!;
    // Not yet in the pipeline on that day (nothing recorded by then, or registered later).
    if (Object.keys(at.firstOn).length === 0 && !inYear(ever.firstOn.apply, year)) continue;
    let line = lines.get(p.orgId);
    if (!line) {
      line = empty(p.orgName, quotaOf.get(p.orgId) ?? null);
      lines.set(p.orgId, line);
    }
    const leftBy = p.leftOn !== null && p.leftOn <= asOf;
    if (!leftBy && Object.keys(at.firstOn).length > 0) {
      const stage: PersonStage = at.stage;
      if (stage === '入党申请人') line.applicants++;
      else if (stage === '入党积极分子') line.activists++;
      else if (stage === '发展对象') line.candidates++;
      // 预备党员 are counted from the roster below, as the 年报 counts them.
    }
    if (inYear(ever.firstOn.apply, year)) line.appliedInYear++;
    if (inYear(ever.firstOn.activist, year)) line.activistsInYear++;
    if (inYear(ever.firstOn.candidate, year)) line.candidatesInYear++;
    if (inYear(p.leftOn, year)) line.leftInYear++;
  }
  // 本年接收预备党员 is the 党内统计's 发展党员 (by the 审批, files and roster-only admissions alike), under the branch joined.
  const nodes = orgNodes(ledger);
  const lineOf = (orgId: number) => {
    let line = lines.get(orgId);
    if (!line) lines.set(orgId, (line = empty(orgId === 0 ? '未注明支部' : orgName(nodes, orgId), quotaOf.get(orgId) ?? null)));
    return line;
  };
  for (const [orgId, admitted] of admittedByBranch(ledger, `${year}-01-01`, asOf)) lineOf(orgId).admittedInYear += admitted;
  // 现有预备党员 and 本年转正 as the 党内统计 counts them: from the roster, files or none.
  for (const [orgId, n] of probationaryByBranch(ledger, asOf)) lineOf(orgId).probationary += n;
  for (const [orgId, n] of regularByBranch(ledger, `${year}-01-01`, asOf)) lineOf(orgId).regularInYear += n;
  // Branches with a quota but nobody in the pipeline still show, against their plan.
  for (const p of plan.plans) {
    if (p.orgId === null || lines.has(p.orgId)) continue;
    lines.set(p.orgId, empty(p.orgName, p.quota));
  }
  const communityQuota = plan.plans.find((p) => p.orgId === null)?.quota ?? null;
  return { year, asOf, communityQuota, lines: [...lines.values()].sort((a, b) => a.orgName.localeCompare(b.orgName, 'zh-CN')) };
}

export function devRecordData(ledger: Ledger, personId: number, today: string): DevRecordData {
  const file = personFile(ledger, personId, today);
  const steps = new Map(listSteps(ledger).map((s) => [s.code, s]));
  const p = file.person;
  const live = file.records
    .filter((r) => r.voidedAt === null)
    .sort((a, b) => (steps.get(a.stepCode)?.seq ?? 0) - (steps.get(b.stepCode)?.seq ?? 0) || a.doneOn.localeCompare(b.doneOn) || a.id - b.id);
  const facts: [string, string][] = [
    ['性别', p.gender],
    ['民族', p.ethnicity ?? ''],
    ['出生日期', p.birthDate ?? ''],
    ['公民身份号码', p.idNumber ?? ''],
    ['学历', p.education ?? ''],
    ['工作单位及职务', p.workUnit ?? ''],
    ['所在支部', p.orgName],
    // The roster's dates (转正日期 = the day the 预备期 ended, 党章第七条), once admitted and 转正.
    ['入党日期', p.admittedOn ?? ''],
    ['转正日期', p.regularOn ?? ''],
  ];
  return {
    name: p.name,
    facts: facts.filter(([, v]) => v !== ''),
    stage: stageText(p),
    left: p.leftOn ? `${p.leftOn} ${p.leftReason ?? ''}${p.leftNote ? `（${p.leftNote}）` : ''}` : null,
    steps: live.map((r) => ({
      stageName: DEV_STAGE_NAMES[(steps.get(r.stepCode)?.stage ?? 1) - 1]!,
      stepName: r.stepName,
      doneOn: r.doneOn,
      endOn: r.endOn,
      details: recordDetails(r),
      warning: r.warning,
      note: r.note,
    })),
  };
}

export const exportDevRoster = (ledger: Ledger, exportsDir: string, input: z.output<typeof devRosterInput>, today: string): Promise<ExportedFile> =>
  save(exportsDir, devRosterForm(devRosterData(ledger, input, today), getSettings(ledger), today));

export const exportDevProgress = (ledger: Ledger, exportsDir: string, input: z.output<typeof devProgressInput>, today: string): Promise<ExportedFile> =>
  save(exportsDir, devProgressForm(devProgressData(ledger, input, today), getSettings(ledger), today));

export const exportDevStats = (ledger: Ledger, exportsDir: string, input: z.output<typeof devStatsInput>, today: string): Promise<ExportedFile> =>
  save(exportsDir, devStatsForm(devStatsData(ledger, input, today), getSettings(ledger), today));

export const exportDevRecord = (ledger: Ledger, exportsDir: string, input: z.output<typeof devRecordExportInput>, today: string): Promise<ExportedFile> => {
  const data = devRecordData(ledger, input.personId, today);
  return save(exportsDir, devRecordForm(data, getSettings(ledger), today), `${data.name}发展党员纪实表`);
};
