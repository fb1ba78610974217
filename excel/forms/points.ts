// 积分 and 民主评议 forms: 党员积分汇总表, 积分明细, 评星定级结果表, 民主评议党员情况汇总表.
import { starLabel } from '../../api/points';
import type { AppraisalBatch, AppraisalRow, PointStandings, PointStatement, StandingRow, StatementEntry } from '../../api/schemas/points';
import type { Settings } from '../../api/schemas/settings';
import type { FormColumn, FormSpec } from '../form/spec';

const unitOf = (s: Settings) => s.communityName ?? '（请在系统设置中填写社区名称）';
const footer = (s: Settings) => ({ preparer: s.preparer, reviewer: s.reviewer, phone: s.phone });
const frame = (s: Settings, reportDate: string) => ({ unitName: unitOf(s), reportDate, footer: footer(s) });

/** Ranked rows first (by rank), then those 不参加积分. */
export function rankedRows(standings: PointStandings): StandingRow[] {
  return [...standings.rows].sort(
    (a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.branchName.localeCompare(b.branchName, 'zh-CN') || a.memberId - b.memberId,
  );
}

export function pointsSummaryForm(standings: PointStandings, settings: Settings, reportDate: string): FormSpec<StandingRow> {
  const bonusRules = standings.rules.filter((r) => r.category === '加分');
  const scored = (r: StandingRow, v: number) => (r.excludedReason ? null : v);
  const columns: FormColumn<StandingRow>[] = [
    { header: '序号', width: 6, kind: 'index', value: (_, i) => i + 1 },
    { header: '姓名', width: 9, kind: 'text', value: (r) => r.name },
    { header: '所在党支部', width: 16, kind: 'text', value: (r) => r.branchName },
    { header: '基础分', width: 7, kind: 'number', value: (r) => scored(r, r.base) },
    ...bonusRules.map((rule): FormColumn<StandingRow> => ({
      header: `加分：${rule.name}`,
      width: 9,
      kind: 'number',
      value: (r) => scored(r, r.byRule[rule.id] ?? 0),
    })),
    { header: '扣分', width: 7, kind: 'number', value: (r) => scored(r, r.deductions) },
    { header: '一票否决', width: 7, kind: 'text', value: (r) => (r.vetoed ? '是' : r.excludedReason ? null : '否') },
    { header: '年度总分', width: 8, kind: 'number', value: (r) => scored(r, r.total) },
    { header: '排名', width: 6, kind: 'number', value: (r) => r.rank },
    { header: '星级', width: 7, kind: 'text', value: (r) => (r.stars ? starLabel(r.stars) : null) },
    { header: '备注', width: 14, kind: 'text', value: (r) => (r.excludedReason ? `不参加积分：${r.excludedReason}` : null) },
  ];
  return { sheetName: '积分汇总表', title: `${standings.year}年度党员积分汇总表`, ...frame(settings, reportDate), rows: rankedRows(standings), columns };
}

export function starResultForm(standings: PointStandings, settings: Settings, reportDate: string): FormSpec<StandingRow> {
  const rule = standings.stars.map((s) => `${starLabel(s.stars)} ≥ ${s.minPoints} 分`).join('，');
  return {
    sheetName: '评星定级结果表',
    title: `${standings.year}年度党员评星定级结果表`,
    ...frame(settings, reportDate),
    notes: [`评定标准：${rule}（本地标准，可在系统中修改）。受一票否决的党员年度总分记为 0 分。`],
    rows: rankedRows(standings)
      .filter((r) => !r.excludedReason)
      .sort((a, b) => a.branchId - b.branchId || (b.stars ?? 0) - (a.stars ?? 0) || b.total - a.total),
    columns: [
      { header: '序号', width: 6, kind: 'index', value: (_, i) => i + 1 },
      { header: '姓名', width: 10, kind: 'text', value: (r) => r.name },
      { header: '所在党支部', width: 20, kind: 'text', value: (r) => r.branchName },
      { header: '年度总分', width: 10, kind: 'number', value: (r) => r.total },
      { header: '支部排名', width: 9, kind: 'number', value: (r) => r.branchRank },
      { header: '社区排名', width: 9, kind: 'number', value: (r) => r.rank },
      { header: '星级', width: 9, kind: 'text', value: (r) => (r.stars ? starLabel(r.stars) : null) },
      { header: '备注', width: 16, kind: 'text', value: (r) => (r.vetoed ? '一票否决' : null) },
    ],
  };
}

export function statementForm(statement: PointStatement, settings: Settings, reportDate: string): FormSpec<StatementEntry> {
  return {
    sheetName: `${statement.name}积分明细`.slice(0, 31),
    title: `${statement.year}年度党员积分明细（${statement.name}，${statement.branchName}）`,
    ...frame(settings, reportDate),
    notes: [`年度合计 ${statement.sum} 分${statement.vetoed ? '；因一票否决，年度总分记为 0 分' : ''}。冲销记录与原记录一并列出，不作删改。`],
    rows: statement.entries,
    columns: [
      { header: '序号', width: 6, kind: 'index', value: (_, i) => i + 1 },
      { header: '日期', width: 11.5, kind: 'date', value: (r) => r.occurredOn },
      { header: '积分项目', width: 18, kind: 'text', value: (r) => r.ruleName },
      { header: '来源', width: 24, kind: 'text', value: (r) => (r.auto ? (r.sourceLabel ?? '年度基础分') : r.isReversal ? '冲销' : '手工登记') },
      { header: '分值', width: 7, kind: 'number', value: (r) => r.points },
      { header: '累计', width: 7, kind: 'number', value: (r) => r.running },
      { header: '事由/说明', width: 24, kind: 'text', value: (r) => r.reason },
      { header: '经办人', width: 12, kind: 'text', value: (r) => r.operator },
    ],
  };
}

interface BranchSummary {
  batch: AppraisalBatch;
}

export function appraisalSummaryForm(year: number, batches: AppraisalBatch[], settings: Settings, reportDate: string): FormSpec<BranchSummary> {
  const absentText = (b: AppraisalBatch) =>
    b.rows
      .filter((r) => r.absentReason)
      .map((r) => `${r.name}（${r.absentReason}）`)
      .join('；');
  const disposals = (b: AppraisalBatch) =>
    b.rows
      .filter((r) => r.grade === '不合格')
      .map((r) => `${r.name}：${r.disposal}${r.disposalNote ? `，${r.disposalNote}` : ''}`)
      .join('；');
  return {
    sheetName: '汇总表',
    title: `${year}年度民主评议党员情况汇总表`,
    ...frame(settings, reportDate),
    rows: batches.map((batch) => ({ batch })),
    columns: [
      { header: '序号', width: 6, kind: 'index', value: (_, i) => i + 1 },
      { header: '党支部', width: 18, kind: 'text', value: ({ batch }) => batch.orgName },
      { header: '党员总数', width: 7, kind: 'number', value: ({ batch }) => batch.counts.total },
      { header: '参评人数', width: 7, kind: 'number', value: ({ batch }) => batch.counts.appraised },
      {
        header: '未参评人数及原因',
        width: 22,
        kind: 'text',
        value: ({ batch }) => (batch.counts.absent ? `${batch.counts.absent}人：${absentText(batch)}` : '0'),
      },
      { header: '优秀', width: 6, kind: 'number', value: ({ batch }) => batch.counts['优秀'] },
      { header: '合格', width: 6, kind: 'number', value: ({ batch }) => batch.counts['合格'] },
      { header: '基本合格', width: 7, kind: 'number', value: ({ batch }) => batch.counts['基本合格'] },
      { header: '不合格', width: 7, kind: 'number', value: ({ batch }) => batch.counts['不合格'] },
      { header: '处置情况', width: 22, kind: 'text', value: ({ batch }) => disposals(batch) || '无' },
    ],
  };
}

type MemberLine = AppraisalRow & { orgName: string };

export function appraisalMembersForm(year: number, batches: AppraisalBatch[], settings: Settings, reportDate: string): FormSpec<MemberLine> {
  return {
    sheetName: '党员评议等次',
    title: `${year}年度民主评议党员等次名单`,
    ...frame(settings, reportDate),
    rows: batches.flatMap((b) => b.rows.map((r) => ({ ...r, orgName: b.orgName }))),
    columns: [
      { header: '序号', width: 6, kind: 'index', value: (_, i) => i + 1 },
      { header: '姓名', width: 9, kind: 'text', value: (r) => r.name },
      { header: '党支部', width: 16, kind: 'text', value: (r) => r.orgName },
      { header: '出勤率', width: 7, kind: 'text', value: (r) => (r.attendanceRate === null ? '—' : `${Math.round(r.attendanceRate * 100)}%`) },
      { header: '年度积分', width: 7, kind: 'number', value: (r) => r.points },
      { header: '星级', width: 6, kind: 'text', value: (r) => (r.stars ? starLabel(r.stars) : null) },
      { header: '民主测评', width: 16, kind: 'text', value: (r) => r.ratingResult },
      { header: '评定等次', width: 8, kind: 'text', value: (r) => (r.absentReason ? '未参评' : r.probationary ? '预备党员不评定' : r.grade) },
      { header: '理由/未参评原因', width: 20, kind: 'text', value: (r) => r.absentReason ?? r.reason },
      { header: '处置', width: 14, kind: 'text', value: (r) => (r.disposal ? `${r.disposal}${r.disposalNote ? `：${r.disposalNote}` : ''}` : null) },
    ],
  };
}
