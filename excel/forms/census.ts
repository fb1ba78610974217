// 党内统计年报: one sheet per table of the report (项目 and its figure, 合计 under the tables
// that split the year-end total), and 平衡关系核对 with 年初 + 增加 − 减少 = 年末 and its breaks.
import type { CensusReport, CensusTable } from '../../api/schemas/census';
import type { Settings } from '../../api/schemas/settings';
import type { FormSpec } from '../form/spec';
import { communityOf, footerOf, sum } from './duesCommon';

interface Row {
  label: string;
  value: number;
  total: boolean;
}

/** Tables whose rows split a whole (the year-end total; the 流出党员 for 流向): they get a 合计 row, which equals it. */
const PARTITIONS = new Set(['age', 'education', 'partyAge', 'joinPeriod', 'category', 'flowDirection']);

const HEADERS: Record<CensusTable['unit'], string> = { 人: '人数', 个: '个数', 元: '金额（元）' };

export function censusTableForm(report: CensusReport, t: CensusTable, settings: Settings, reportDate: string): FormSpec<Row> {
  const rows: Row[] = t.rows.map((r) => ({ label: r.label, value: r.value, total: r.key === 'added' || r.key === 'removed' }));
  if (PARTITIONS.has(t.key)) rows.push({ label: '合计', value: sum(t.rows.map((r) => r.value)), total: true });
  return {
    sheetName: t.title,
    title: `${report.year}年党内统计年报：${t.title}`,
    unitName: communityOf(settings),
    reportDate,
    footer: footerOf(settings),
    isTotal: (r) => r.total,
    notes: [`统计截至${report.asOf}。${t.key === 'changes' ? `增减变化为${report.year}-01-01至${report.asOf}间的记录。` : ''}`],
    rows,
    columns: [
      { header: '序号', width: 6, kind: 'index', value: (r, i) => (r.label === '合计' ? null : i + 1) },
      { header: '项目', width: 26, kind: 'text', value: (r) => r.label },
      { header: HEADERS[t.unit], width: 14, kind: t.unit === '元' ? 'money' : 'number', value: (r) => r.value },
    ],
  };
}

interface CheckRow {
  item: string;
  value: string | number;
  total: boolean;
}

export function censusIdentityForm(report: CensusReport, settings: Settings, reportDate: string): FormSpec<CheckRow> {
  const { identity: id, year } = report;
  const d = id.difference;
  const diff = d ? ` ${d.value < 0 ? '−' : '+'} 差 ${Math.abs(d.value)}` : '';
  const computed = id.start + (d?.value ?? 0) + id.added - id.removed;
  const rows: CheckRow[] = [
    { item: d ? `年初党员数（${year - 1}年上报的年末数）` : `年初党员数（${year - 1}-12-31）`, value: id.start, total: false },
    // 实有数与应有数之差: the records' count at last 12-31 less what was reported then (docs/census.md).
    ...(d
      ? [
          { item: '实有数与应有数之差', value: d.value, total: false },
          { item: '差异原因', value: d.reason ?? '（未填写）', total: false },
          ...d.people.map((p) => ({ item: `差异：${p.name}`, value: p.reason, total: false })),
        ]
      : []),
    { item: '本年增加', value: id.added, total: false },
    { item: '本年减少', value: id.removed, total: false },
    { item: `年末党员数（${report.asOf}）`, value: id.end, total: false },
    {
      item: '核对结果',
      value: id.holds
        ? `平衡：${id.start}${diff} + ${id.added} − ${id.removed} = ${id.end}`
        : `不平衡：${id.start}${diff} + ${id.added} − ${id.removed} = ${computed}，年末为${id.end}`,
      total: true,
    },
    ...id.breaks.map((b) => ({ item: `不平衡原因：${b.name}`, value: b.reason, total: false })),
    ...(report.reported
      ? report.reported.changes.map((c) => ({ item: `上报后记录变化：${c.table}·${c.label}`, value: `上报${c.reported}，现记录${c.now}`, total: false }))
      : []),
  ];
  return {
    sheetName: '平衡关系核对',
    title: `${year}年党内统计年报：平衡关系核对`,
    unitName: communityOf(settings),
    reportDate,
    footer: footerOf(settings),
    isTotal: (r) => r.total,
    notes: [
      '年初党员数 + 本年增加 − 本年减少 = 年末党员数；不平衡时逐人列出记录不相符的党员，请核对其组织关系转接和党籍变化记录。',
      ...(id.difference ? ['上年已上报：年初党员数为上年上报的年末数，现记录与之不符的部分列为“实有数与应有数之差”。'] : []),
      ...(report.reported
        ? [`本年度已于${report.reported.madeAt.slice(0, 10)}${report.reported.source === '封账' ? '封账' : '生成上报包'}，以上为上报数。`]
        : []),
    ],
    rows,
    columns: [
      { header: '序号', width: 6, kind: 'index', value: (_r, i) => i + 1 },
      { header: '项目', width: 30, kind: 'text', value: (r) => r.item },
      { header: '数值或说明', width: 70, kind: 'text', value: (r) => r.value },
    ],
  };
}

/** Every sheet of the 年报, in order; `coverage` (api/rules/coverage.ts coverageForYear) is added under each. */
export function censusForms(report: CensusReport, settings: Settings, reportDate: string, coverage: string | null = null): FormSpec<Row | CheckRow>[] {
  const forms = [...report.tables.map((t) => censusTableForm(report, t, settings, reportDate)), censusIdentityForm(report, settings, reportDate)] as FormSpec<
    Row | CheckRow
  >[];
  // The first year of a ledger started mid-year says from when it knows what (docs/ledgerStart.md).
  return coverage ? forms.map((f) => ({ ...f, notes: [...(f.notes ?? []), `本台账${coverage}。`] })) : forms;
}
