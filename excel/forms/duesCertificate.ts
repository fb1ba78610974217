// 党费交纳证明: one member's dues of a year, for the 转出 letter — every month owed with what
// was paid, the derived 党费交纳至, and the lines the branch signs and seals.
import type { Settings } from '../../api/schemas/settings';
import type { FormSpec } from '../form/spec';
import { owedOnLedger, sum, yearMonthLabel } from './duesCommon';

export interface CertificateMonth {
  month: string;
  kind: string | null;
  baseFen: number | null;
  dueFen: number | null;
  paidFen: number;
  status: string;
  /** The payments' dates and 收据编号, joined. */
  paidOn: string | null;
  receiptNo: string | null;
}

export interface CertificateData {
  year: number;
  name: string;
  gender: string | null;
  /** The branch the member owed the last listed month to (or is in today). */
  branchName: string;
  /** Derived 党费交纳至, 'YYYY-MM'; null when no month is paid. */
  paidThrough: string | null;
  /** Months the member owed in the year, in order (up to today or the month they left). */
  months: CertificateMonth[];
}

interface Row extends CertificateMonth {
  index: number | null;
}

export function duesCertificateForm(data: CertificateData, settings: Settings, reportDate: string): FormSpec<Row> {
  const through = data.paidThrough ? yearMonthLabel(data.paidThrough) : null;
  const total: Row = {
    index: null,
    month: '合计',
    kind: null,
    baseFen: null,
    dueFen: sum(data.months.filter((m) => owedOnLedger(m.status)).map((m) => m.dueFen ?? 0)),
    paidFen: sum(data.months.map((m) => m.paidFen)),
    status: '',
    paidOn: null,
    receiptNo: null,
  };
  return {
    sheetName: '党费交纳证明',
    title: '党费交纳证明',
    unitName: data.branchName,
    reportDate,
    footer: { preparer: settings.preparer, reviewer: settings.reviewer, phone: settings.phone },
    notes: [
      `兹证明${data.name}同志${data.gender ? `（${data.gender}）` : ''}系${data.branchName}党员，${
        through ? `党费已交纳至${through}` : `${data.year}年尚未交纳党费`
      }。${data.year}年交纳情况如上表。`,
    ],
    signature: [`党支部书记（签字）：                    经办人（签字）：${settings.preparer ?? ''}`, `${data.branchName}（盖章）`, '          年    月    日'],
    isTotal: (r) => r.index === null,
    rows: [...data.months.map((m, i) => ({ ...m, index: i + 1 })), total],
    columns: [
      { header: '序号', width: 6, kind: 'index', value: (r) => r.index },
      { header: '月份', width: 13, kind: 'text', value: (r) => (r.index === null ? r.month : yearMonthLabel(r.month)) },
      { header: '缴费类别', width: 9, kind: 'text', value: (r) => r.kind ?? '' },
      { header: '月缴费基数\n（元）', width: 11, kind: 'money', value: (r) => r.baseFen },
      { header: '应交\n（元）', width: 10, kind: 'money', value: (r) => (r.index !== null && r.dueFen === null ? '未核定' : r.dueFen) },
      { header: '实交\n（元）', width: 10, kind: 'money', value: (r) => r.paidFen },
      { header: '状态', width: 7, kind: 'text', value: (r) => r.status },
      { header: '交纳日期', width: 12, kind: 'text', value: (r) => r.paidOn ?? '' },
      { header: '收据编号', width: 12, kind: 'text', value: (r) => r.receiptNo ?? '' },
    ],
  };
}
