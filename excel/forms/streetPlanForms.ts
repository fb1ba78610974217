// The street's forms of issue 30: 发展党员计划完成情况汇总表 (one row per community that sent its year package, the
// 合计 from sums) and 党费上缴核对表 (what each community says it handed up against what the street received).
import { percentText } from '../../api/rules/streetSums';
import type { Settings } from '../../api/schemas/settings';
import type { StreetView } from '../../api/schemas/street';
import type { DevProgressFigures, DuesCheckFigures, DuesCheckView } from '../../api/schemas/streetPlan';
import { DEV_QUOTA_KEYS, DEV_QUOTA_LABEL } from '../../api/streetPlanKeys';
import type { FormColumn, FormSpec } from '../form/spec';

interface Frame {
  title: string;
  settings: Settings;
  reportDate: string;
}
type DevLine = DevProgressFigures & { community: string; sumRow: boolean; asOf: string | null };
type DuesLine = DuesCheckFigures & { community: string; sumRow: boolean; asOf: string | null };

const head = (f: Frame) => ({
  title: f.title,
  unitName: f.settings.streetName ?? '（请在系统设置中填写街道名称）',
  reportDate: f.reportDate,
  footer: { preparer: f.settings.preparer, reviewer: f.settings.reviewer, phone: f.settings.phone },
});

export function devProgressStreetForm(f: Frame, v: StreetView<DevProgressFigures>): FormSpec<DevLine> {
  const rows: DevLine[] = [...v.rows.map((r) => ({ ...r, sumRow: false })), { ...v.total, community: '合计', sumRow: true, asOf: null }];
  const columns: FormColumn<DevLine>[] = DEV_QUOTA_KEYS.flatMap((k): FormColumn<DevLine>[] => [
    { header: `${DEV_QUOTA_LABEL[k]}计划`, width: 10, kind: 'number', value: (r) => r[k].plan },
    { header: `${DEV_QUOTA_LABEL[k]}完成`, width: 10, kind: 'number', value: (r) => r[k].done },
    { header: `${DEV_QUOTA_LABEL[k]}完成率`, width: 10, kind: 'text', value: (r) => percentText(r[k].rate) },
  ]);
  return {
    sheetName: '发展党员计划完成情况',
    ...head(f),
    rows,
    isTotal: (r) => r.sumRow,
    notes: [
      '计划为街道下达的年度发展计划；完成为社区年度上报包中本年新确定的入党申请人、入党积极分子、发展对象和经上级党委审批的发展党员人数。完成率 = 完成之和 ÷ 计划之和。',
      `已报送${v.rows.length}个社区；未报送：${v.notReported.length ? v.notReported.map((c) => c.name).join('、') : '无'}。`,
    ],
    columns: [
      { header: '序号', width: 6, kind: 'index', value: (r, i) => (r.sumRow ? null : i + 1) },
      { header: '社区', width: 18, kind: 'text', value: (r) => r.community },
      ...columns,
      { header: '截至日期', width: 12, kind: 'text', value: (r) => r.asOf ?? '' },
    ],
  };
}

export function duesCheckStreetForm(f: Frame, v: DuesCheckView): FormSpec<DuesLine> {
  const rows: DuesLine[] = [...v.rows.map((r) => ({ ...r, sumRow: false })), { ...v.total, community: '合计', sumRow: true, asOf: null }];
  const money = (header: string, get: (r: DuesLine) => number | null): FormColumn<DuesLine> => ({
    header,
    width: 14,
    kind: 'money',
    value: (r) => get(r) ?? '未报送',
  });
  return {
    sheetName: '党费上缴核对',
    ...head(f),
    rows,
    isTotal: (r) => r.sumRow,
    notes: [
      '社区报上缴街道：社区年度上报包中社区党委上缴街道的金额；街道实收：街道登记的到账记录之和（含更正）；差额 = 街道实收 − 社区报上缴。合计行的差额为各已报送社区差额之和。',
    ],
    columns: [
      { header: '序号', width: 6, kind: 'index', value: (r, i) => (r.sumRow ? null : i + 1) },
      { header: '社区', width: 18, kind: 'text', value: (r) => r.community },
      money('社区报上缴街道（元）', (r) => r.reportedFen),
      money('街道实收（元）', (r) => r.receivedFen),
      money('差额（元）', (r) => r.differenceFen),
      { header: '截至日期', width: 12, kind: 'text', value: (r) => r.asOf ?? '' },
    ],
  };
}
