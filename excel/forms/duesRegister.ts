// 党费收缴登记表: one branch, a row per member who owed dues, for one month (with the payment
// details) or a whole year (a column per month with what was paid). Amounts are integer 分
// until the cell; totals are summed in 分.
import type { Settings } from '../../api/schemas/settings';
import type { FormColumn, FormSpec } from '../form/spec';
import { duesStatus, footerOf, monthLabel, shortFen, sum, yearMonthLabel } from './duesCommon';

/** One member-month the member owed (months they did not owe are null in `months`). */
export interface RegisterCell {
  /** 应交; null = 未核定 (no base for a base kind). */
  dueFen: number | null;
  /** 实交: the payment lines of this month, reversals included. */
  paidFen: number;
  /** Month view only: the payments' dates, collectors and 收据编号, joined. */
  paidOn?: string | null;
  collector?: string | null;
  receiptNo?: string | null;
}

export interface RegisterMember {
  name: string;
  /** 缴费类别 (在职, 离退休 …), null when no base is set. */
  kind: string | null;
  baseFen: number | null;
  relief: string | null;
  /** Aligned with RegisterData.months. */
  months: (RegisterCell | null)[];
}

export interface RegisterData {
  orgName: string;
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
  name: string;
  kind: string;
  baseFen: number | null;
  cells: (RegisterCell | null)[];
  paidFen: number;
  dueFen: number;
  shortFen: number;
  unknownMonths: number;
  note: string;
}

function lineOf(m: RegisterMember, months: string[], through: string, index: number): Line {
  const counted = m.months.filter((c, i): c is RegisterCell => c !== null && months[i]! <= through);
  const unknown = counted.filter((c) => c.dueFen === null).length;
  return {
    index,
    name: m.name,
    kind: m.kind ?? '未核定',
    baseFen: m.baseFen,
    cells: m.months,
    paidFen: sum(m.months.map((c) => c?.paidFen ?? 0)),
    dueFen: sum(counted.map((c) => c.dueFen ?? 0)),
    shortFen: sum(counted.map((c) => shortFen(c.dueFen, c.paidFen))),
    unknownMonths: unknown,
    note: [m.relief ?? '', unknown ? `${unknown}个月未核定基数` : ''].filter(Boolean).join('；'),
  };
}

function totalOf(lines: Line[], months: string[]): Line {
  return {
    index: null,
    name: '合计',
    kind: '',
    baseFen: null,
    cells: months.map((_, i) => ({ dueFen: sum(lines.map((l) => l.cells[i]?.dueFen ?? 0)), paidFen: sum(lines.map((l) => l.cells[i]?.paidFen ?? 0)) })),
    paidFen: sum(lines.map((l) => l.paidFen)),
    dueFen: sum(lines.map((l) => l.dueFen)),
    shortFen: sum(lines.map((l) => l.shortFen)),
    unknownMonths: 0,
    note: `${lines.length}人`,
  };
}

/** A year's month cell: the amount paid, or why there is none. */
function yearCell(cell: RegisterCell | null, month: string, through: string): number | string | null {
  if (cell === null) return '—';
  if (cell.paidFen !== 0) return cell.paidFen;
  if (month > through) return null;
  const status = duesStatus(cell.dueFen, cell.paidFen);
  return status === '已交' ? 0 : status;
}

export function duesRegisterForm(data: RegisterData, settings: Settings, reportDate: string): FormSpec<Line> {
  const { months, throughMonth } = data;
  const lines = data.members.map((m, i) => lineOf(m, months, throughMonth, i + 1));
  const rows = [...lines, totalOf(lines, months)];
  const single = months.length === 1;
  const period = single ? yearMonthLabel(months[0]!) : `${months[0]!.slice(0, 4)}年`;
  const lead: FormColumn<Line>[] = [
    { header: '序号', width: 6, kind: 'index', value: (r) => r.index },
    { header: '姓名', width: 10, kind: 'text', value: (r) => r.name },
    { header: '缴费类别', width: 9, kind: 'text', value: (r) => r.kind },
  ];
  const monthColumns: FormColumn<Line>[] = single
    ? [
        { header: '月缴费基数\n（元）', width: 11, kind: 'money', value: (r) => r.baseFen },
        { header: '应交\n（元）', width: 10, kind: 'money', value: (r) => (r.index === null || r.cells[0]?.dueFen !== null ? r.dueFen : '未核定') },
        { header: '实交\n（元）', width: 10, kind: 'money', value: (r) => r.paidFen },
        { header: '状态', width: 8, kind: 'text', value: (r) => (r.index === null ? '' : duesStatus(r.cells[0]?.dueFen ?? null, r.paidFen)) },
        { header: '交纳日期', width: 12, kind: 'text', value: (r) => r.cells[0]?.paidOn ?? '' },
        { header: '收款人', width: 9, kind: 'text', value: (r) => r.cells[0]?.collector ?? '' },
        { header: '收据编号', width: 12, kind: 'text', value: (r) => r.cells[0]?.receiptNo ?? '' },
      ]
    : [
        ...months.map((month, i): FormColumn<Line> => ({
          header: monthLabel(month),
          width: 7.5,
          kind: 'money',
          value: (r) => (r.index === null ? (r.cells[i]!.paidFen) : yearCell(r.cells[i] ?? null, month, throughMonth)),
        })),
        { header: '实交合计\n（元）', width: 10, kind: 'money', value: (r) => r.paidFen },
        { header: '应交合计\n（元）', width: 10, kind: 'money', value: (r) => r.dueFen },
        { header: '欠交\n（元）', width: 9, kind: 'money', value: (r) => r.shortFen },
      ];
  const notes = [
    single ? '' : `月份栏为当月实交金额（元）；“—”为当月不在本支部交纳党费，空白为尚未到期。应交、欠交计至${yearMonthLabel(throughMonth)}。`,
    data.defaultScheme ? `${months[0]!.slice(0, 4)}年未保存党费标准，应交按2008年《关于中国共产党党费收缴、使用和管理的规定》的默认标准计算。` : '',
  ].filter(Boolean);
  return {
    sheetName: '党费收缴登记表',
    title: `${data.orgName}${period}党费收缴登记表`,
    unitName: data.orgName,
    reportDate,
    footer: footerOf(settings),
    notes,
    isTotal: (r) => r.index === null,
    rows,
    columns: [...lead, ...monthColumns, { header: '备注', width: single ? 16 : 14, kind: 'text', value: (r) => r.note }],
  };
}
