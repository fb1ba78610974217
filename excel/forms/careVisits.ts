// 关怀慰问登记表 of a year: one row per live visit; 慰问金 summed once per visit in 分.
import type { VisitRow } from '../../api/schemas/care';
import type { Settings } from '../../api/schemas/settings';
import type { FormSpec } from '../form/spec';
import { footerOf, sum } from './duesCommon';

export interface CareVisitsData {
  year: number;
  unitName: string;
  /** Live visits only. */
  visits: VisitRow[];
}

type Line = VisitRow | { total: true; count: number; members: number; moneyFen: number };
const isTotal = (r: Line): r is Extract<Line, { total: true }> => 'total' in r;

export function careVisitsForm(data: CareVisitsData, settings: Settings, reportDate: string): FormSpec<Line> {
  const total: Line = {
    total: true,
    count: data.visits.length,
    members: new Set(data.visits.map((v) => v.memberId)).size,
    moneyFen: sum(data.visits.map((v) => v.moneyFen)),
  };
  const text = (f: (v: VisitRow) => string | null) => (r: Line) => (isTotal(r) ? '' : (f(r) ?? ''));
  return {
    sheetName: '关怀慰问登记表',
    title: `${data.year}年关怀慰问登记表`,
    unitName: data.unitName,
    reportDate,
    footer: footerOf(settings),
    notes: [`共慰问${total.count}人次（${total.members}人），慰问金合计按每次慰问计一次。`],
    isTotal,
    rows: [...data.visits, total],
    columns: [
      { header: '序号', width: 6, kind: 'index', value: (r, i) => (isTotal(r) ? null : i + 1) },
      { header: '姓名', width: 10, kind: 'text', value: (r) => (isTotal(r) ? '合计' : r.name) },
      { header: '所在支部', width: 16, kind: 'text', value: (r) => (isTotal(r) ? `${r.count}人次` : r.branchName) },
      { header: '慰问日期', width: 12, kind: 'date', value: (r) => (isTotal(r) ? null : r.visitedOn) },
      { header: '慰问时机', width: 9, kind: 'text', value: text((v) => v.occasion) },
      { header: '慰问人', width: 22, kind: 'text', value: text((v) => v.visitors) },
      { header: '慰问金\n（元）', width: 10, kind: 'money', value: (r) => r.moneyFen },
      { header: '慰问物品', width: 18, kind: 'text', value: text((v) => v.goods) },
      { header: '经费来源', width: 14, kind: 'text', value: text((v) => v.fundSource) },
      { header: '备注', width: 16, kind: 'text', value: text((v) => v.note) },
    ],
  };
}
