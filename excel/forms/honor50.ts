// 光荣在党50年党员名单 of a year: 党龄 from 转正日期 reaching 50 years by 1 July.
import type { HonorRow } from '../../api/schemas/care';
import type { Settings } from '../../api/schemas/settings';
import type { FormSpec } from '../form/spec';
import { footerOf } from './duesCommon';

export interface HonorData {
  year: number;
  unitName: string;
  rows: HonorRow[];
}

export function honor50Form(data: HonorData, settings: Settings, reportDate: string): FormSpec<HonorRow> {
  return {
    sheetName: '光荣在党50年',
    title: `${data.year}年“光荣在党50年”纪念章颁发党员名单`,
    unitName: data.unitName,
    reportDate,
    footer: footerOf(settings),
    notes: [`党龄自转正之日起计算，截至${data.year}年7月1日满50周年。`],
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
      { header: '备注', width: 14, kind: 'text', value: (r) => (r.medalYear !== null && r.medalYear !== data.year ? `${r.medalYear}年颁发` : '') },
    ],
  };
}
