// 党员中心户联系表: each 党员中心户 on a day, its 楼栋 and the households it looks after, with
// 联系户 totals per branch.
import { maskPhone } from '../../api/rules/idNumber';
import type { CentersPage } from '../../api/schemas/care';
import type { Settings } from '../../api/schemas/settings';
import type { FormSpec } from '../form/spec';
import { footerOf, sum } from './duesCommon';

export interface CentersData {
  unitName: string;
  page: CentersPage;
  maskPhones: boolean;
}

type Center = CentersPage['rows'][number];
type Line = Center | { total: string; centers: number; households: number };
const isTotal = (r: Line): r is Extract<Line, { total: string }> => 'total' in r;

export function centerHouseholdsForm(data: CentersData, settings: Settings, reportDate: string): FormSpec<Line> {
  const { page } = data;
  const subtotals: Line[] = page.byBranch.map((b) => ({ total: `${b.orgName}小计`, centers: b.centers, households: b.households }));
  const total: Line = { total: '合计', centers: sum(page.byBranch.map((b) => b.centers)), households: sum(page.byBranch.map((b) => b.households)) };
  const text = (f: (c: Center) => string | null) => (r: Line) => (isTotal(r) ? '' : (f(r) ?? ''));
  const asOf = page.asOf;
  return {
    sheetName: '党员中心户联系表',
    title: `党员中心户联系表（截至${Number(asOf.slice(0, 4))}年${Number(asOf.slice(5, 7))}月${Number(asOf.slice(8, 10))}日）`,
    unitName: data.unitName,
    reportDate,
    footer: footerOf(settings),
    isTotal,
    rows: [...page.rows, ...subtotals, total],
    columns: [
      { header: '序号', width: 6, kind: 'index', value: (r, i) => (isTotal(r) ? null : i + 1) },
      { header: '所在支部', width: 18, kind: 'text', value: (r) => (isTotal(r) ? r.total : r.branchName) },
      { header: '中心户党员', width: 10, kind: 'text', value: (r) => (isTotal(r) ? `${r.centers}户` : r.name) },
      { header: '联系电话', width: 14, kind: 'phone', value: (r) => (isTotal(r) ? null : r.phone && data.maskPhones ? maskPhone(r.phone) : r.phone) },
      { header: '楼栋', width: 12, kind: 'text', value: text((c) => c.building) },
      { header: '联系户数', width: 9, kind: 'number', value: (r) => r.households },
      { header: '联系户名单', width: 36, kind: 'text', value: text((c) => c.householdNames) },
      { header: '设立日期', width: 12, kind: 'date', value: (r) => (isTotal(r) ? null : r.fromOn) },
      { header: '备注', width: 14, kind: 'text', value: text((c) => c.note) },
    ],
  };
}
