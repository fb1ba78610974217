// 入党申请人/入党积极分子/发展对象花名册 (shared/DOMAIN.md form list): one row per person at
// that stage, with the date they reached it and who is responsible for them.
import type { Settings } from '../../api/schemas/settings';
import type { FormSpec } from '../form/spec';
import { communityOf, footerOf } from './duesCommon';

export interface DevRosterPerson {
  name: string;
  gender: string | null;
  ethnicity: string | null;
  birthDate: string | null;
  education: string | null;
  workUnit: string | null;
  appliedOn: string | null;
  /** The date the person reached the stage of this 花名册 (积极分子 or 发展对象). */
  stageOn: string | null;
  mentors: string[];
  sponsors: string[];
  branchName: string;
}

export interface DevRosterData {
  /** '入党申请人' | '入党积极分子' | '发展对象'. */
  stage: string;
  /** The branch the 花名册 is for, null for the whole community. */
  orgName: string | null;
  asOf: string;
  people: DevRosterPerson[];
}

/** '1990-05-17' → '1990.05': the 出生年月 of the street's registers. */
export const yearMonthDot = (iso: string | null): string | null => (iso ? `${iso.slice(0, 4)}.${iso.slice(5, 7)}` : null);

type Column = FormSpec<DevRosterPerson>['columns'][number];

export function devRosterForm(data: DevRosterData, settings: Settings, reportDate: string): FormSpec<DevRosterPerson> {
  const applicant = data.stage === '入党申请人';
  // An applicant has no 确定日期 and no 培养联系人 yet; a 发展对象 also has 入党介绍人.
  const stageColumns: Column[] = applicant
    ? []
    : [
        { header: data.stage === '发展对象' ? '确定为发展对象日期' : '确定为积极分子日期', width: 12, kind: 'date', value: (p) => p.stageOn },
        { header: '培养联系人', width: 14, kind: 'text', value: (p) => p.mentors.join('、') || null },
        ...(data.stage === '发展对象' ? [{ header: '入党介绍人', width: 14, kind: 'text', value: (p) => p.sponsors.join('、') || null } satisfies Column] : []),
      ];
  return {
    sheetName: `${data.stage}花名册`,
    title: `${data.orgName ?? ''}${data.stage}花名册`,
    unitName: data.orgName ?? communityOf(settings),
    reportDate,
    footer: footerOf(settings),
    notes: [`截至${data.asOf}，共${data.people.length}人。`],
    rows: data.people,
    columns: [
      { header: '序号', width: 6, kind: 'index', value: (_, i) => i + 1 },
      { header: '姓名', width: 10, kind: 'text', value: (p) => p.name },
      { header: '性别', width: 6, kind: 'text', value: (p) => p.gender },
      { header: '民族', width: 8, kind: 'text', value: (p) => p.ethnicity },
      { header: '出生年月', width: 10, kind: 'text', value: (p) => yearMonthDot(p.birthDate) },
      { header: '学历', width: 10, kind: 'text', value: (p) => p.education },
      { header: '工作单位', width: 18, kind: 'text', value: (p) => p.workUnit },
      { header: '申请日期', width: 12, kind: 'date', value: (p) => p.appliedOn },
      ...stageColumns,
      { header: '所在支部', width: 20, kind: 'text', value: (p) => p.branchName },
    ],
  };
}
