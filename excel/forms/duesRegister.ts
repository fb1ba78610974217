// 党费收缴登记表: a row per member who owed dues to the branch, for one month (with the
// payment details) or a whole year (a column per month with what was paid). Amounts are
// integer 分 until the cell; totals are summed in 分.
import type { Settings } from '../../api/schemas/settings';
import type { FormColumn, FormSpec } from '../form/spec';
import { footerOf, monthLabel, owedOnLedger, shortFen, sum, yearMonthLabel } from './duesCommon';

/** One member-month owed (months not owed to this branch are null in `months`). */
export interface RegisterCell {
  /** 应交; null = 未核定 (no base for a base kind). */
  dueFen: number | null;
  /** 实交: the payment lines of this month, reversals included. */
  paidFen: number;
  /** 已交 / 少交 / 未交 / 免交 / 未核定 / 期初已交 (as on the 党费 page). */
  status: string;
  /** Month view only: the payments' dates, collectors and 收据编号, joined. */
  paidOn?: string | null;
  collector?: string | null;
  receiptNo?: string | null;
}

export interface RegisterMember {
  /** Shown when the register covers more than one branch (年度台账). */
  branchName: string;
  name: string;
  /** 缴费类别 (在职, 离退休 …) of the last month owed; null when no base is set. */
  kind: string | null;
  baseFen: number | null;
  relief: string | null;
  /** 比例: '1%', a fixed '每月0.20元', or 免交/减交 (rateText); null when 未核定. */
  rate: string | null;
  /** 交纳方式 of the payments shown (现金, 微信 …), joined; null when none. */
  methods: string | null;
  /** Aligned with RegisterData.months. */
  months: (RegisterCell | null)[];
}

export interface RegisterData {
  /** The branch, or the organisation whose branches the register covers. */
  orgName: string;
  /** Several branches: a 党支部 column. */
  showBranch: boolean;
  /** 'YYYY-MM': one month, or the twelve of a year. */
  months: string[];
  /** 应交 and 欠交 count months up to this one; later months show only what was paid ahead (预交). */
  throughMonth: string;
  members: RegisterMember[];
  /** The year has no saved scheme: the 2008 default rates were applied. */
  defaultScheme: boolean;
}

interface Line {
  index: number | null;
  member: RegisterMember;
  paidFen: number;
  dueFen: number;
  shortFen: number;
  note: string;
}

function lineOf(m: RegisterMember, months: string[], through: string, index: number): Line {
  const counted = m.months.filter((c, i): c is RegisterCell => c !== null && months[i]! <= through && owedOnLedger(c.status));
  const unknown = counted.filter((c) => c.dueFen === null).length;
  const opening = m.months.filter((c) => c?.status === '期初已交').length;
  return {
    index,
    member: m,
    paidFen: sum(m.months.map((c) => c?.paidFen ?? 0)),
    dueFen: sum(counted.map((c) => c.dueFen ?? 0)),
    shortFen: sum(counted.map((c) => shortFen(c.dueFen, c.paidFen))),
    note: [m.relief ?? '', unknown ? `${unknown}个月未核定基数` : '', opening && months.length > 1 ? `${opening}个月期初已交` : ''].filter(Boolean).join('；'),
  };
}

function totalOf(lines: Line[], months: string[]): Line {
  return {
    index: null,
    member: {
      branchName: '合计',
      name: `${lines.length}人`,
      kind: null,
      baseFen: null,
      relief: null,
      rate: null,
      methods: null,
      months: months.map((_, i) => ({
        dueFen: sum(lines.map((l) => l.member.months[i]?.dueFen ?? 0)),
        paidFen: sum(lines.map((l) => l.member.months[i]?.paidFen ?? 0)),
        status: '',
      })),
    },
    paidFen: sum(lines.map((l) => l.paidFen)),
    dueFen: sum(lines.map((l) => l.dueFen)),
    shortFen: sum(lines.map((l) => l.shortFen)),
    note: '',
  };
}

/** A year's month cell: the amount paid, or why there is none. */
function yearCell(cell: RegisterCell | null, month: string, through: string): number | string | null {
  if (cell === null) return '—';
  if (cell.paidFen !== 0) return cell.paidFen;
  if (month > through) return null;
  return cell.status === '期初已交' ? '期初' : cell.status;
}

/** The 合计 of a month's column: blank for a month not yet due in which nobody paid ahead, as each member's cell is. */
const totalCell = (paidFen: number, month: string, through: string): number | null => (month > through && paidFen === 0 ? null : paidFen);

export function duesRegisterForm(data: RegisterData, settings: Settings, reportDate: string): FormSpec<Line> {
  const { months, throughMonth } = data;
  const lines = data.members.map((m, i) => lineOf(m, months, throughMonth, i + 1));
  const single = months.length === 1;
  const year = months[0]!.slice(0, 4);
  const total = (r: Line) => r.index === null;
  const lead: FormColumn<Line>[] = [
    { header: '序号', width: 6, kind: 'index', value: (r) => r.index },
    ...(data.showBranch ? [{ header: '党支部', width: 18, kind: 'text', value: (r) => (total(r) ? '' : r.member.branchName) } satisfies FormColumn<Line>] : []),
    { header: '姓名', width: 10, kind: 'text', value: (r) => (total(r) ? '合计' : r.member.name) },
    { header: '缴费类别', width: 9, kind: 'text', value: (r) => (total(r) ? r.member.name : (r.member.kind ?? '未核定')) },
    { header: '月缴费基数\n（元）', width: 10, kind: 'money', value: (r) => r.member.baseFen },
    { header: '比例', width: 8, kind: 'text', value: (r) => (total(r) ? '' : (r.member.rate ?? '')) },
  ];
  const monthColumns: FormColumn<Line>[] = single
    ? [
        {
          header: '应交\n（元）',
          width: 10,
          kind: 'money',
          value: (r) => (!total(r) && r.member.months[0]?.dueFen === null ? '未核定' : (r.member.months[0]?.dueFen ?? null)),
        },
        { header: '实交\n（元）', width: 10, kind: 'money', value: (r) => r.paidFen },
        { header: '状态', width: 8, kind: 'text', value: (r) => (total(r) ? '' : (r.member.months[0]?.status ?? '')) },
        { header: '交纳方式', width: 9, kind: 'text', value: (r) => r.member.methods ?? '' },
        { header: '交纳日期', width: 12, kind: 'text', value: (r) => r.member.months[0]?.paidOn ?? '' },
        // Wide enough for two collectors or two receipt numbers joined (a month paid in two goes).
        { header: '收款人', width: 12, kind: 'text', value: (r) => r.member.months[0]?.collector ?? '' },
        { header: '收据编号', width: 16, kind: 'text', value: (r) => r.member.months[0]?.receiptNo ?? '' },
      ]
    : [
        ...months.map((month, i): FormColumn<Line> => ({
          header: monthLabel(month),
          width: 7.5,
          kind: 'money',
          value: (r) => (total(r) ? totalCell(r.member.months[i]!.paidFen, month, throughMonth) : yearCell(r.member.months[i] ?? null, month, throughMonth)),
        })),
        // 应交 before 实交, as on the month's register and the 统计表.
        { header: '应交合计\n（元）', width: 10, kind: 'money', value: (r) => r.dueFen },
        { header: '实交合计\n（元）', width: 10, kind: 'money', value: (r) => r.paidFen },
        { header: '欠交\n（元）', width: 9, kind: 'money', value: (r) => r.shortFen },
        { header: '交纳方式', width: 9, kind: 'text', value: (r) => r.member.methods ?? '' },
      ];
  const notes = [
    single
      ? ''
      : `月份栏为当月实交金额（元）；“—”为当月不在本支部交纳党费，空白为尚未到期，“期初”为启用台账前已交纳，“预交”为已转出等不再在本支部交纳的月份此前预交的金额。应交、欠交计至${yearMonthLabel(throughMonth)}。`,
    data.defaultScheme ? `${year}年未保存党费标准，应交按2008年《关于中国共产党党费收缴、使用和管理的规定》的默认标准计算。` : '',
  ].filter(Boolean);
  return {
    sheetName: '党费收缴登记表',
    title: `${data.orgName}${single ? yearMonthLabel(months[0]!) : `${year}年`}党费收缴登记表`,
    unitName: data.orgName,
    reportDate,
    footer: footerOf(settings),
    notes,
    isTotal: total,
    rows: [...lines, totalOf(lines, months)],
    columns: [...lead, ...monthColumns, { header: '备注', width: single ? 18 : 17, kind: 'text', value: (r) => r.note }],
  };
}
