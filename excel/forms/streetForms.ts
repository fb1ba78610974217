// The street's own forms: one row per community that reported, then the 合计, made by the
// api/rules/streetSums.ts function the community's own form uses for its 合计 row, and the
// communities that have not reported named under the table.
import type { Settings } from '../../api/schemas/settings';
import type {
  AppraisalFigures,
  CensusBalance,
  DualFigures,
  DuesFigures,
  MeetingFigures,
  MembersFigures,
  PointsFigures,
  RowHead,
  StreetCensusView,
  StreetView,
} from '../../api/schemas/street';
import { percentText } from '../../api/rules/streetSums';
import type { FormColumn, FormSpec } from '../form/spec';
import { completionText } from './meetingStats';

// The 合计 flag must not be called `total`: MembersFigures has a numeric `total` (党员总数) that
// a spread row would lose to the flag, printing false/true in that column (issue 31).
type Line<R> = R & { community: string; sumRow: boolean; asOf: string | null };
type Col<R> = FormColumn<Line<R>>;

export interface Frame {
  title: string;
  settings: Settings;
  reportDate: string;
}

export function streetForm<R>(sheetName: string, frame: Frame, v: StreetView<R>, columns: Col<R>[], notes: string[] = []): FormSpec<Line<R>> {
  const rows: Line<R>[] = [...v.rows.map((r: RowHead & R) => ({ ...r, sumRow: false })), { ...v.total, community: '合计', sumRow: true, asOf: null }];
  return {
    sheetName,
    title: frame.title,
    unitName: frame.settings.streetName ?? '（请在系统设置中填写街道名称）',
    reportDate: frame.reportDate,
    footer: { preparer: frame.settings.preparer, reviewer: frame.settings.reviewer, phone: frame.settings.phone },
    rows,
    isTotal: (r) => r.sumRow,
    notes: [
      ...notes,
      // A community that started its ledger late: its periods before are not counted (docs/ledgerStart.md).
      ...v.rows.flatMap((r) => (r.coverage ? [`${r.community}：${r.coverage}。`] : [])),
      `已报送${v.rows.length}个社区；未报送：${v.notReported.length ? v.notReported.map((c) => c.name).join('、') : '无'}。`,
    ],
    columns: [
      { header: '序号', width: 6, kind: 'index', value: (r, i) => (r.sumRow ? null : i + 1) },
      { header: '社区', width: 18, kind: 'text', value: (r) => r.community },
      ...columns,
      // Last, so the figures keep the columns of the community's own form; a package made before
      // its period ended shows the day its figures are as of (docs/street.md).
      { header: '截至日期', width: 12, kind: 'text', value: (r) => r.asOf ?? '' },
    ],
  };
}

const num = <R>(header: string, get: (r: R) => number | null, width = 10): Col<R> => ({ header, width, kind: 'number', value: get });
const money = <R>(header: string, get: (r: R) => number, width = 12): Col<R> => ({ header, width, kind: 'money', value: get });
const text = <R>(header: string, get: (r: R) => string, width = 10): Col<R> => ({ header, width, kind: 'text', value: get });

export const meetingsStreetForm = (f: Frame, v: StreetView<MeetingFigures>) =>
  streetForm(
    '三会一课汇总',
    f,
    v,
    [
      num('应开次数', (r) => r.required),
      num('实开次数', (r) => r.held),
      text('完成率', completionText),
      text('平均出勤率', (r) => percentText(r.attendance), 11),
    ],
    [
      '每个社区一行即该社区“三会一课”开展情况统计表的合计行。完成率 = 按要求已开期数之和 ÷ 应开期数之和；平均出勤率 = 各次会议出勤率之和 ÷ 会议次数之和（不是各支部比率的平均）。',
    ],
  );

export const membersStreetForm = (f: Frame, v: StreetView<MembersFigures>) =>
  streetForm('党员队伍情况', f, v, [
    num('党员总数', (r) => r.total),
    num('正式党员', (r) => r.full),
    num('预备党员', (r) => r.probationary),
    num('女党员', (r) => r.female),
    num('少数民族', (r) => r.minority),
    num('停止党籍', (r) => r.suspended),
    num('党支部数', (r) => r.branches),
  ]);

export const dualStreetForm = (f: Frame, v: StreetView<DualFigures>) =>
  streetForm('双报到汇总', f, v, [
    num('报到党员', (r) => r.registered),
    num('报到单位', (r) => r.units),
    num('活动次数', (r) => r.activities),
    num('参与人次', (r) => r.participations),
    num('服务时长（小时）', (r) => r.hours, 12),
  ]);

export const appraisalStreetForm = (f: Frame, v: StreetView<AppraisalFigures>) =>
  streetForm(
    '民主评议汇总',
    f,
    v,
    [
      num('党员总数', (r) => r.members, 8),
      num('参评人数', (r) => r.appraised, 8),
      num('未参评', (r) => r.absent, 7),
      num('预备党员', (r) => r.probationary, 8),
      num('优秀', (r) => r.excellent, 6),
      num('合格', (r) => r.qualified, 6),
      num('基本合格', (r) => r.basic, 8),
      num('不合格', (r) => r.unqualified, 7),
      text('优秀比例', (r) => percentText(r.graded ? r.excellent / r.graded : null), 9),
      text('三分之一核查', (r) => (r.overThird ? '超过三分之一' : '符合'), 12),
    ],
    ['优秀比例 = 优秀人数 ÷ 评定等次的正式党员人数（预备党员不评定等次）；评为优秀的不超过三分之一。'],
  );

export const duesStreetForm = (f: Frame, v: StreetView<DuesFigures>) =>
  streetForm(
    '党费收缴汇总',
    f,
    v,
    [
      num('应交人数', (r) => r.owingMembers, 8),
      money('应交金额\n（元）', (r) => r.dueFen),
      money('实交金额\n（元）', (r) => r.paidFen),
      num('欠交人数', (r) => r.arrearsMembers, 8),
      money('欠交金额\n（元）', (r) => r.arrearsFen),
      money('支部上缴\n（元）', (r) => r.handedFen),
      money('社区上缴街道\n（元）', (r) => r.toStreetFen, 13),
    ],
    ['每个社区一行即该社区党费收缴情况统计表的“支部合计”行（人数按人计，本期调动支部的党员只计一次），另列社区党委上缴街道的金额。', ...summedHeads(v)],
  );

/** Packages of older versions carry no community-level heads: their 应交/欠交人数 are the branch lines' sum, and the form says so. */
function summedHeads(v: StreetView<DuesFigures>): string[] {
  const names = v.rows.filter((r) => r.headsSummed).map((r) => r.community);
  if (names.length === 0) return [];
  return [`${names.join('、')}的上报包由旧版本生成，未报送按人计的人数，其应交人数、欠交人数为各支部之和（本期调动支部的党员计为两人）。`];
}

export const pointsStreetForm = (f: Frame, v: StreetView<PointsFigures>) =>
  streetForm(
    '积分汇总',
    f,
    v,
    [
      num('参加积分人数', (r) => r.people, 12),
      num('参与排名', (r) => r.ranked, 8),
      num('不参与排名', (r) => r.excluded, 10),
      num('平均积分', (r) => r.average, 8),
      num('最高积分', (r) => r.highest, 8),
      ...[5, 4, 3, 2, 1].map((s) => num<PointsFigures>(`${'一二三四五'[s - 1]}星`, (r) => r.stars[s - 1], 6)),
    ],
    ['平均积分 = 积分之和 ÷ 参加积分人数。全街道排名见“积分排名”表。'],
  );

/** 年初 with the mark of its check against the previous year's package. */
const startCheck = ({ balance: b }: { balance: CensusBalance }) =>
  b.startMatches === null ? '无上年上报包' : b.startMatches ? '相符' : `不相符（上年年末${b.previousEnd}，相差${b.start - (b.previousEnd ?? 0)}）`;

/** 平衡关系: 年初 + 增加 − 减少 (± 差) = 年末 per community and for the street, 年初 against last year's package. */
export const censusBalanceStreetForm = (f: Frame, v: StreetCensusView) =>
  streetForm<{ balance: CensusBalance }>(
    '平衡关系核对',
    { ...f, title: `${f.title}——平衡关系核对（单位：人）` },
    { rows: v.rows, total: { balance: v.balanceTotal }, notReported: v.notReported },
    [
      num('年初', (r) => r.balance.start, 8),
      num('本年增加', (r) => r.balance.added, 8),
      num('本年减少', (r) => r.balance.removed, 8),
      num('实有数与\n应有数之差', (r) => r.balance.difference, 10),
      num('年末', (r) => r.balance.end, 8),
      text(
        '核对',
        (r) => (r.balance.start + r.balance.difference + r.balance.added - r.balance.removed === r.balance.end && r.balance.holds ? '平衡' : '不平衡'),
        8,
      ),
      num('上年上报\n年末', (r) => r.balance.previousEnd, 10),
      text('年初与上年年末', startCheck, 26),
    ],
    ['年初 + 本年增加 − 本年减少 ± 实有数与应有数之差 = 年末；年初应等于该社区上一年度上报包的年末数，不相符时如实列出，不并入差额。'],
  );

/** 党内统计: one sheet per table, a column per figure, then 平衡关系核对. */
export function censusStreetForms(f: Frame, v: StreetCensusView): FormSpec<Line<{ values: Record<string, number> }>>[] {
  return v.tables.map((table) => {
    const view: StreetView<{ values: Record<string, number> }> = { rows: v.rows, total: { values: v.total }, notReported: v.notReported };
    const columns = table.figures.map((fig) =>
      table.unit === '元'
        ? money<{ values: Record<string, number> }>(fig.label, (r) => r.values[`${table.key}:${fig.key}`] ?? 0)
        : num<{ values: Record<string, number> }>(fig.label, (r) => r.values[`${table.key}:${fig.key}`] ?? 0, Math.max(8, fig.label.length * 2)),
    );
    return streetForm(table.title.slice(0, 28), { ...f, title: `${f.title}——${table.title}（单位：${table.unit}）` }, view, columns);
  });
}
