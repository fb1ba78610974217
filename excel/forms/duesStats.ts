// 党费收缴情况统计表: per branch and period (月, 季 or 年) — 应交, 实交, 欠交人数, what was
// handed over (上缴) and the balance left — with a 合计 per period and the 社区党委's own line
// (what it received from the branches and handed to the street).
import type { Settings } from '../../api/schemas/settings';
import type { FormSpec } from '../form/spec';
import { communityOf, footerOf, sum, yearMonthLabel } from './duesCommon';

export type DuesStatsPeriod = '月' | '季' | '年';

export interface DuesStatsLine {
  /** '1月', '第一季度', '全年'. */
  period: string;
  orgName: string;
  /** The 社区党委/党总支's own line: it collects from the branches, it owes nothing itself. */
  community: boolean;
  /** Members who owed at least one month of the period. */
  owingMembers: number;
  /** 应交 of the period's months that are due; 未核定 months count nothing (see unknownMonths). */
  dueFen: number;
  /** 实交 of the period (for the community: what the branches handed over to it). */
  paidFen: number;
  /** Members with a due month of the period not fully paid. */
  arrearsMembers: number;
  /** 上缴 in the period: to the 社区党委, or from the 社区党委 to the street. */
  /** 应交 − 实交 of the period's months not fully paid. */
  arrearsFen: number;
  handedFen: number;
  /** What is left at the end of the period: everything received in the year up to then minus everything handed over. */
  balanceFen: number;
}

/** Head counts of one organisation level: a person once, however many branches they owed in. */
export interface DuesHeads {
  owingMembers: number;
  paidMembers: number;
  arrearsMembers: number;
}

export interface DuesStatsData {
  year: number;
  period: DuesStatsPeriod;
  lines: DuesStatsLine[];
  /** 'YYYY-MM': 应交 and 欠交 count months up to this one; a later month shows only its 预交 in 实交. */
  throughMonth: string;
  defaultScheme: boolean;
  /**
   * 实交人数 per line, keyed `${period}|${orgName}`: members all of whose due months of the period are paid (期初已交, 免交 count).
   * Apart from the lines, which are what the 上报包 sends.
   */
  paidMembers?: Record<string, number>;
  /**
   * The 合计's 应交/实交/欠交人数 per period (keyed by the line's period): each person once at the
   * community level, so a member who moved between branches in the period is not counted twice.
   * Absent: the 合计 sums the branch lines.
   */
  heads?: Record<string, DuesHeads>;
  /** 'YYYY-MM': the ledger keeps 党费 from this month (建账); earlier months are not counted. */
  startMonth?: string | null;
}

interface Row extends DuesStatsLine {
  index: number | null;
  total: boolean;
  paidMembers: number;
}

const PERIOD_TITLE: Record<DuesStatsPeriod, string> = { 月: '（按月）', 季: '（按季度）', 年: '' };

export function duesStatsForm(data: DuesStatsData, settings: Settings, reportDate: string): FormSpec<Row> {
  const rows: Row[] = [];
  const periods = [...new Set(data.lines.map((l) => l.period))];
  for (const period of periods) {
    const lines = data.lines.filter((l) => l.period === period);
    const branches = lines.filter((l) => !l.community);
    const paidOf = (l: DuesStatsLine) => data.paidMembers?.[`${l.period}|${l.orgName}`] ?? 0;
    lines.forEach((l, i) => rows.push({ ...l, index: i + 1, total: false, paidMembers: paidOf(l) }));
    // Money is the sum of the branch lines; heads are the community's own count (one person once).
    const heads = data.heads?.[period];
    rows.push({
      period,
      orgName: '支部合计',
      community: false,
      owingMembers: heads?.owingMembers ?? sum(branches.map((l) => l.owingMembers)),
      paidMembers: heads?.paidMembers ?? sum(branches.map(paidOf)),
      dueFen: sum(branches.map((l) => l.dueFen)),
      paidFen: sum(branches.map((l) => l.paidFen)),
      arrearsMembers: heads?.arrearsMembers ?? sum(branches.map((l) => l.arrearsMembers)),
      arrearsFen: sum(branches.map((l) => l.arrearsFen)),
      handedFen: sum(branches.map((l) => l.handedFen)),
      balanceFen: sum(branches.map((l) => l.balanceFen)),
      index: null,
      total: true,
    });
  }
  return {
    sheetName: '党费收缴统计',
    title: `${data.year}年党费收缴情况统计表${PERIOD_TITLE[data.period]}`,
    unitName: communityOf(settings),
    reportDate,
    footer: footerOf(settings),
    isTotal: (r) => r.total,
    notes: [
      '实交人数：本期应交月份均已交足（含免交、建账前已交）的党员人数；欠交人数：本期有应交月份未交足的党员人数。' +
        '上缴：党支部交社区党委、社区党委交街道党（工）委。结余：本年截至期末累计收入减累计上缴（不含以前年度结转）。' +
        '社区党委一行的“实交”为各支部上缴给社区党委的金额，其“上缴”为交街道党（工）委的金额。' +
        '支部合计的人数按人计：本期在两个支部交纳过的党员只计一次，可能小于各支部人数之和。',
      data.startMonth && data.startMonth > `${data.year}-01` && data.startMonth <= `${data.year}-12`
        ? `本台账自${yearMonthLabel(data.startMonth)}起记党费，此前月份不计应交、欠交。`
        : '',
      data.throughMonth < `${data.year}-12` ? `应交、欠交计至${yearMonthLabel(data.throughMonth)}，以后月份只计预交的实交金额。` : '',
      data.defaultScheme ? `${data.year}年未保存党费标准，应交按2008年《关于中国共产党党费收缴、使用和管理的规定》的默认标准计算。` : '',
    ].filter(Boolean),
    rows,
    columns: [
      { header: '序号', width: 6, kind: 'index', value: (r) => r.index },
      { header: '期间', width: 10, kind: 'text', value: (r) => r.period },
      { header: '党组织', width: 22, kind: 'text', value: (r) => r.orgName },
      { header: '应交人数', width: 8, kind: 'number', value: (r) => (r.community ? null : r.owingMembers) },
      { header: '应交金额\n（元）', width: 12, kind: 'money', value: (r) => (r.community ? null : r.dueFen) },
      { header: '实交金额\n（元）', width: 12, kind: 'money', value: (r) => r.paidFen },
      { header: '欠交人数', width: 8, kind: 'number', value: (r) => (r.community ? null : r.arrearsMembers) },
      { header: '欠交金额\n（元）', width: 11, kind: 'money', value: (r) => (r.community ? null : r.arrearsFen) },
      { header: '上缴金额\n（元）', width: 12, kind: 'money', value: (r) => r.handedFen },
      { header: '结余\n（元）', width: 12, kind: 'money', value: (r) => r.balanceFen },
      // Last, so the columns the street's form repeats (应交人数 … 上缴金额) keep their places.
      { header: '实交人数', width: 8, kind: 'number', value: (r) => (r.community ? null : r.paidMembers) },
    ],
  };
}
