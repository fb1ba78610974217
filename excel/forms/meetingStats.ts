// 三会一课开展情况统计表: per branch (or group) and type, for a year or one quarter.
import type { Settings } from '../../api/schemas/settings';
import type { ComplianceMatrix } from '../../api/schemas/meetings';
import type { FormSpec } from '../form/spec';
import { meetingFigures, percentText } from '../../api/rules/streetSums';

export type StatsScope = 'year' | 'Q1' | 'Q2' | 'Q3' | 'Q4';

export interface StatsRow {
  orgName: string;
  type: string;
  required: number;
  held: number;
  satisfied: number;
  avgRate: number | null;
  /** What avgRate comes from, kept so the 合计 (and the street's row) divides sums. */
  rateSum: number;
  rateCount: number;
  note: string;
}

/** A row of the form: a branch × type, or the 合计 (api/rules/streetSums.ts, the street's row for this community). */
type FormRow = StatsRow & { total: boolean };

const QUARTER_MONTHS: Record<Exclude<StatsScope, 'year'>, string[]> = {
  Q1: ['01', '02', '03'],
  Q2: ['04', '05', '06'],
  Q3: ['07', '08', '09'],
  Q4: ['10', '11', '12'],
};

/** Does a period key ("2026-03", "2026-Q1", "2026") fall in the scope? A yearly period counts only for the year. */
export function inScope(period: string, scope: StatsScope): boolean {
  if (scope === 'year') return true;
  if (period.includes('-Q')) return period.endsWith(scope);
  const month = /-(\d{2})$/.exec(period)?.[1];
  return month !== undefined && QUARTER_MONTHS[scope].includes(month);
}

export function statsRows(matrix: ComplianceMatrix, scope: StatsScope, rates: Map<string, number[]>): StatsRow[] {
  return statsRowsIn(matrix, (period) => inScope(period, scope), rates);
}

/** statsRows for any set of periods: a scope's, or one month's (the street's 三会一课 by month, issue 30). */
export function statsRowsIn(matrix: ComplianceMatrix, inPeriod: (period: string) => boolean, rates: Map<string, number[]>): StatsRow[] {
  return matrix.rows.map((row) => {
    const cells = row.cells.filter((c) => inPeriod(c.period));
    const counted = cells.filter((c) => c.status !== 'notYet' && c.status !== 'exempt' && c.status !== 'notRequired' && c.status !== 'beforeStart');
    // 建账前 periods (docs/ledgerStart.md): neither owed nor held here; the note names them.
    const before = cells.filter((c) => c.status === 'beforeStart');
    const list = rates.get(`${row.orgId}|${row.type}`) ?? [];
    const notes = [
      row.exemptReason ? `豁免：${row.exemptReason}` : '',
      cells.some((c) => c.status === 'notRequired')
        ? `正式党员不足7人，不设支委会：${cells
            .filter((c) => c.status === 'notRequired')
            .map((c) => c.label)
            .join('、')}`
        : '',
      cells.some((c) => c.status === 'makeUp')
        ? `补开：${cells
            .filter((c) => c.status === 'makeUp')
            .map((c) => c.label)
            .join('、')}`
        : '',
      cells.some((c) => c.status === 'due') ? '本期尚未结束' : '',
      before.length ? `建账前不计：${before.length > 1 ? `${before[0].label}至${before[before.length - 1].label}` : before[0].label}` : '',
    ].filter(Boolean);
    return {
      orgName: row.orgName,
      type: row.type,
      required: counted.reduce((s, c) => s + c.required, 0),
      held: cells.filter((c) => c.status !== 'beforeStart').reduce((s, c) => s + c.held, 0),
      satisfied: counted.filter((c) => c.status === 'held' || c.status === 'makeUp').reduce((s, c) => s + c.required, 0),
      avgRate: list.length ? list.reduce((a, b) => a + b, 0) / list.length : null,
      rateSum: list.reduce((a, b) => a + b, 0),
      rateCount: list.length,
      note: notes.join('；'),
    };
  });
}

export const SCOPE_LABEL: Record<StatsScope, string> = { year: '全年', Q1: '第一季度', Q2: '第二季度', Q3: '第三季度', Q4: '第四季度' };

/** The 合计 row: 完成率 and 平均出勤率 from the sums of every row, never an average of the rows' rates. */
export function statsTotal(rows: readonly StatsRow[]): StatsRow {
  const f = meetingFigures(rows);
  return {
    orgName: '合计',
    type: '',
    required: f.required,
    held: f.held,
    satisfied: f.satisfied,
    avgRate: f.attendance,
    rateSum: f.rateSum,
    rateCount: f.rateCount,
    note: '',
  };
}

/** 完成率 as every 三会一课 form prints it (the community's and the street's). */
export const completionText = (r: { required: number; satisfied: number }): string => percentText(r.required ? r.satisfied / r.required : null);

/** `coverage`: the ledger's coverage line (api/rules/coverage.ts coverageText), printed under the table when the ledger started late. */
export function meetingStatsForm(
  year: number,
  scope: StatsScope,
  rows: StatsRow[],
  settings: Settings,
  reportDate: string,
  coverage: string | null = null,
): FormSpec<FormRow> {
  return {
    sheetName: '三会一课统计',
    title: `${year}年${SCOPE_LABEL[scope]}“三会一课”开展情况统计表`,
    unitName: settings.communityName ?? '（请在系统设置中填写社区名称）',
    reportDate,
    footer: { preparer: settings.preparer, reviewer: settings.reviewer, phone: settings.phone },
    notes: [
      '完成率 = 按要求已开期数 ÷ 应开期数；平均出勤率 = 各次会议出勤率（实到 ÷ 应到）的平均值，标为“不计应到”的人员不计入该次会议的应到人数。应开次数只计已到期的期间。',
      ...(coverage ? [`本台账${coverage}。`] : []),
    ],
    rows: [...rows.map((r) => ({ ...r, total: false })), { ...statsTotal(rows), total: true }],
    isTotal: (r) => r.total,
    columns: [
      { header: '序号', width: 6, kind: 'index', value: (r, i) => (r.total ? null : i + 1) },
      { header: '党组织', width: 20, kind: 'text', value: (r) => r.orgName },
      { header: '会议类型', width: 14, kind: 'text', value: (r) => r.type },
      { header: '应开次数', width: 10, kind: 'number', value: (r) => r.required },
      { header: '实开次数', width: 10, kind: 'number', value: (r) => r.held },
      { header: '完成率', width: 10, kind: 'text', value: completionText },
      { header: '平均出勤率', width: 11, kind: 'text', value: (r) => percentText(r.avgRate) },
      { header: '备注', width: 26, kind: 'text', value: (r) => r.note },
    ],
  };
}
