// 光荣在党50年党员名单 of a year: 党龄 from 转正日期 (from 入党 for those admitted without a 预备期)
// reaching 50 years by 1 July; and the 待核对 sheet of old members whose 转正日期 is missing.
import { joinedWithoutProbation } from '../../api/rules/care';
import type { HonorCheckRow, HonorRow } from '../../api/schemas/care';
import type { Settings } from '../../api/schemas/settings';
import type { FormSpec } from '../form/spec';
import { footerOf } from './duesCommon';

export interface HonorData {
  year: number;
  unitName: string;
  rows: HonorRow[];
  toCheck: HonorCheckRow[];
}

export function honor50Form(data: HonorData, settings: Settings, reportDate: string): FormSpec<HonorRow> {
  return {
    sheetName: '光荣在党50年',
    title: `${data.year}年“光荣在党50年”纪念章颁发党员名单`,
    unitName: data.unitName,
    reportDate,
    footer: footerOf(settings),
    notes: [`党龄自转正之日起计算（1969年4月14日至1977年8月17日入党的，当时党章未规定预备期，自入党之日起计算），截至${data.year}年7月1日满50周年。`],
    rows: data.rows,
    columns: [
      { header: '序号', width: 6, kind: 'index', value: (_r, i) => i + 1 },
      { header: '姓名', width: 10, kind: 'text', value: (r) => r.name },
      { header: '性别', width: 6, kind: 'text', value: (r) => r.gender },
      { header: '出生日期', width: 12, kind: 'date', value: (r) => r.birthDate },
      { header: '所在支部', width: 18, kind: 'text', value: (r) => r.branchName },
      { header: '入党日期', width: 12, kind: 'date', value: (r) => r.joinedOn },
      { header: '转正日期', width: 12, kind: 'date', value: (r) => r.fullMemberOn },
      { header: '党龄满50年日期', width: 14, kind: 'date', value: (r) => r.reachedOn },
      { header: '纪念章颁发日期', width: 14, kind: 'date', value: (r) => r.presentedOn },
      { header: '备注', width: 14, kind: 'text', value: (r) => remark(r, data.year) },
    ],
  };
}

function remark(r: HonorRow, year: number): string {
  return [joinedWithoutProbation(r.joinedOn) ? '党龄自入党起算' : '', r.medalYear !== null && r.medalYear !== year ? `${r.medalYear}年颁发` : '']
    .filter(Boolean)
    .join('；');
}

/** 待核对: 正式党员 joined 50+ years before 7月1日 with no 转正日期 — listed, never silently dropped. */
export function honor50CheckForm(data: HonorData, settings: Settings, reportDate: string): FormSpec<HonorCheckRow> {
  return {
    sheetName: '待核对',
    title: `${data.year}年“光荣在党50年”待核对党员名单`,
    unitName: data.unitName,
    reportDate,
    footer: footerOf(settings),
    notes: ['以上正式党员入党已满50年，但未填写转正日期，无法计算党龄；请核对档案、补全转正日期后再确定是否列入名单。'],
    rows: data.toCheck,
    columns: [
      { header: '序号', width: 6, kind: 'index', value: (_r, i) => i + 1 },
      { header: '姓名', width: 10, kind: 'text', value: (r) => r.name },
      { header: '性别', width: 6, kind: 'text', value: (r) => r.gender },
      { header: '出生日期', width: 12, kind: 'date', value: (r) => r.birthDate },
      { header: '所在支部', width: 18, kind: 'text', value: (r) => r.branchName },
      { header: '入党日期', width: 12, kind: 'date', value: (r) => r.joinedOn },
      { header: '入党年数', width: 10, kind: 'number', value: (r) => r.joinedYears },
    ],
  };
}
