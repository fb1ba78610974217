// 发展党员情况统计表 (issue 19): for a year, per branch and for the community — people at each
// stage at the end of the period, those who reached a stage in the year, admitted and 转正,
// against the street's 发展计划.
import type { Settings } from '../../api/schemas/settings';
import type { FormSpec } from '../form/spec';
import { communityOf, footerOf, sum } from './duesCommon';

export interface DevStatsLine {
  orgName: string;
  /** The street's quota for this branch; null when the plan is set only for the community. */
  quota: number | null;
  /** In the pipeline at the end of the period, by stage. */
  applicants: number;
  activists: number;
  candidates: number;
  probationary: number;
  /** Reached during the year. */
  appliedInYear: number;
  activistsInYear: number;
  candidatesInYear: number;
  admittedInYear: number;
  regularInYear: number;
  leftInYear: number;
}

export interface DevStatsData {
  year: number;
  /** The counts are as of this day (the year's end, or today in the current year). */
  asOf: string;
  /** The community's quota (dev_plans with no branch), null when none was entered. */
  communityQuota: number | null;
  lines: DevStatsLine[];
}

interface Row extends DevStatsLine {
  total: boolean;
}

const COUNTS = [
  'applicants',
  'activists',
  'candidates',
  'probationary',
  'appliedInYear',
  'activistsInYear',
  'candidatesInYear',
  'admittedInYear',
  'regularInYear',
  'leftInYear',
] as const;

/** 完成率 of the plan, to one decimal: '50.0%', or null with no quota. */
export function planRate(admitted: number, quota: number | null): string | null {
  if (!quota) return null;
  return `${(Math.round((admitted / quota) * 1000) / 10).toFixed(1)}%`;
}

export function devStatsForm(data: DevStatsData, settings: Settings, reportDate: string): FormSpec<Row> {
  const branchQuotas = data.lines.map((l) => l.quota).filter((q): q is number => q !== null);
  const total: Row = {
    orgName: '合计',
    quota: data.communityQuota ?? (branchQuotas.length ? sum(branchQuotas) : null),
    ...(Object.fromEntries(COUNTS.map((k) => [k, sum(data.lines.map((l) => l[k]))])) as Record<(typeof COUNTS)[number], number>),
    total: true,
  };
  const rows: Row[] = [...data.lines.map((l) => ({ ...l, total: false })), total];
  return {
    sheetName: '发展党员统计',
    title: `${data.year}年发展党员情况统计表`,
    unitName: communityOf(settings),
    reportDate,
    footer: footerOf(settings),
    isTotal: (r) => r.total,
    notes: [
      `“现有”各栏为截至${data.asOf}仍在该阶段的人数；“本年”各栏为${data.year}年内达到该环节的人数（接收预备党员与党内统计的发展党员为同一名单，以上级党委审批日期计，只在花名册登记入党、没有发展档案的党员以入党日期计，列入其入党时所在支部；转正以转正审批日期计）。`,
      data.communityQuota === null && branchQuotas.length === 0 ? `${data.year}年未录入发展计划。` : '',
    ].filter(Boolean),
    rows,
    columns: [
      { header: '序号', width: 6, kind: 'index', value: (r, i) => (r.total ? null : i + 1) },
      { header: '党组织', width: 20, kind: 'text', value: (r) => r.orgName },
      { header: '现有\n入党申请人', width: 10, kind: 'number', value: (r) => r.applicants },
      { header: '现有\n积极分子', width: 9, kind: 'number', value: (r) => r.activists },
      { header: '现有\n发展对象', width: 9, kind: 'number', value: (r) => r.candidates },
      { header: '现有\n预备党员', width: 9, kind: 'number', value: (r) => r.probationary },
      { header: '本年\n申请入党', width: 9, kind: 'number', value: (r) => r.appliedInYear },
      { header: '本年确定\n积极分子', width: 9, kind: 'number', value: (r) => r.activistsInYear },
      { header: '本年确定\n发展对象', width: 9, kind: 'number', value: (r) => r.candidatesInYear },
      { header: '发展计划\n（名额）', width: 9, kind: 'number', value: (r) => r.quota },
      { header: '本年接收\n预备党员', width: 9, kind: 'number', value: (r) => r.admittedInYear },
      { header: '计划\n完成率', width: 9, kind: 'text', value: (r) => planRate(r.admittedInYear, r.quota) },
      { header: '本年\n转正', width: 7, kind: 'number', value: (r) => r.regularInYear },
      { header: '本年\n退出', width: 7, kind: 'number', value: (r) => r.leftInYear },
    ],
  };
}
