// 发展党员工作进度表 (shared/DOMAIN.md form list): one row per person in the pipeline, one
// column per key step of the 《发展党员工作细则》, blank where the step is not done yet.
import type { Settings } from '../../api/schemas/settings';
import type { FormSpec } from '../form/spec';
import { communityOf, footerOf } from './duesCommon';
import { yearMonthDot } from './devRoster';

export interface DevProgressPerson {
  name: string;
  gender: string | null;
  birthDate: string | null;
  education: string | null;
  branchName: string;
  appliedOn: string | null;
  activistOn: string | null;
  candidateOn: string | null;
  branchMeetingOn: string | null;
  approvedOn: string | null;
  regularOn: string | null;
  contacts: string[];
  introducers: string[];
  /** 入党申请人 … 正式党员, or the reason the person left the pipeline. */
  stage: string;
}

export interface DevProgressData {
  /** The branch the table is for, null for the whole community. */
  orgName: string | null;
  people: DevProgressPerson[];
}

export function devProgressForm(data: DevProgressData, settings: Settings, reportDate: string): FormSpec<DevProgressPerson> {
  return {
    sheetName: '发展党员工作进度表',
    title: `${data.orgName ?? ''}发展党员工作进度表`,
    unitName: data.orgName ?? communityOf(settings),
    reportDate,
    footer: footerOf(settings),
    rows: data.people,
    columns: [
      { header: '序号', width: 6, kind: 'index', value: (_, i) => i + 1 },
      { header: '姓名', width: 9, kind: 'text', value: (p) => p.name },
      { header: '性别', width: 5, kind: 'text', value: (p) => p.gender },
      { header: '出生年月', width: 9, kind: 'text', value: (p) => yearMonthDot(p.birthDate) },
      { header: '学历', width: 8, kind: 'text', value: (p) => p.education },
      { header: '所在支部', width: 14, kind: 'text', value: (p) => p.branchName },
      { header: '申请日期', width: 11, kind: 'date', value: (p) => p.appliedOn },
      { header: '积极分子日期', width: 11, kind: 'date', value: (p) => p.activistOn },
      { header: '发展对象日期', width: 11, kind: 'date', value: (p) => p.candidateOn },
      { header: '支部大会日期', width: 11, kind: 'date', value: (p) => p.branchMeetingOn },
      { header: '审批日期', width: 11, kind: 'date', value: (p) => p.approvedOn },
      { header: '转正日期', width: 11, kind: 'date', value: (p) => p.regularOn },
      { header: '培养联系人', width: 12, kind: 'text', value: (p) => p.contacts.join('、') || null },
      { header: '入党介绍人', width: 12, kind: 'text', value: (p) => p.introducers.join('、') || null },
      { header: '当前阶段', width: 11, kind: 'text', value: (p) => p.stage },
    ],
  };
}
