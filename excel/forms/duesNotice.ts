// 党费收缴公示: what each member paid in the year, posted for the members to see (at least
// once a year, shared/DOMAIN.md "党费"). Names and amounts only: a posted sheet carries no
// 身份证号 and no phone number, whatever the masking option says.
import type { Settings } from '../../api/schemas/settings';
import type { FormSpec } from '../form/spec';
import { communityOf, sum, yearMonthLabel } from './duesCommon';

export interface NoticeMember {
  branchName: string;
  name: string;
  /** Months the member owed in the year up to throughMonth. */
  owedMonths: number;
  dueFen: number;
  paidFen: number;
  /** Derived 党费交纳至, 'YYYY-MM', or null when nothing is paid yet. */
  paidThrough: string | null;
}

export interface NoticeData {
  year: number;
  /** Null: the whole community. */
  orgName: string | null;
  throughMonth: string;
  members: NoticeMember[];
}

interface Row extends NoticeMember {
  index: number | null;
}

export function duesNoticeForm(data: NoticeData, settings: Settings, reportDate: string): FormSpec<Row> {
  const unit = data.orgName ?? communityOf(settings);
  const total: Row = {
    index: null,
    branchName: '合计',
    name: `${data.members.length}人`,
    owedMonths: sum(data.members.map((m) => m.owedMonths)),
    dueFen: sum(data.members.map((m) => m.dueFen)),
    paidFen: sum(data.members.map((m) => m.paidFen)),
    paidThrough: null,
  };
  return {
    sheetName: '党费收缴公示',
    title: `${unit}${data.year}年党费收缴情况公示`,
    unitName: unit,
    reportDate,
    footer: { preparer: null, reviewer: null, phone: null },
    isTotal: (r) => r.index === null,
    notes: [`统计期间：${data.year}年1月至${yearMonthLabel(data.throughMonth).slice(5)}。如对公示内容有疑问，请在公示期内向所在党支部或社区党组织反映。`],
    signature: [`${unit}（盖章）`, '          年    月    日'],
    rows: [...data.members.map((m, i) => ({ ...m, index: i + 1 })), total],
    columns: [
      { header: '序号', width: 6, kind: 'index', value: (r) => r.index },
      { header: '党支部', width: 22, kind: 'text', value: (r) => r.branchName },
      { header: '姓名', width: 10, kind: 'text', value: (r) => r.name },
      { header: '应交月数', width: 9, kind: 'number', value: (r) => r.owedMonths },
      { header: '应交金额\n（元）', width: 12, kind: 'money', value: (r) => r.dueFen },
      { header: '实交金额\n（元）', width: 12, kind: 'money', value: (r) => r.paidFen },
      { header: '交纳至', width: 12, kind: 'text', value: (r) => (r.index === null ? '' : r.paidThrough ? yearMonthLabel(r.paidThrough) : '未交') },
    ],
  };
}
