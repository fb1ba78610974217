// The four 党费 forms as files (reports.dues*): each reads the dues ledger through db/dues and
// hands a plain shape to its form builder (excel/forms/dues*.ts).
import ExcelJS from 'exceljs';
import type { DuesPeriod } from '../api/schemas/dues';
import type { ExportedFile } from '../api/schemas/reports';
import { formatFen } from '../api/rules/dues';
import { assess } from '../db/dues/assess';
import { memberYear } from '../db/dues/memberYear';
import { methodsOfYear } from '../db/dues/methods';
import { readScheme } from '../db/dues/scheme';
import { paidThrough } from '../db/dues/memberMonths';
import { monthPage } from '../db/dues/monthPage';
import { monthIndex } from '../db/dues/months';
import { orgAndBelow, orgName, orgNodes } from '../db/dues/orgTree';
import { duesYearGrid } from '../db/dues/yearGrid';
import { getMember } from '../db/members/read';
import type { Ledger } from '../db/open';
import { getSettings } from '../db/settings';
import { renderForm } from './form/render';
import { duesCertificateForm, type CertificateMonth } from './forms/duesCertificate';
import { monthsOf, owedOnLedger, sum } from './forms/duesCommon';
import { duesNoticeForm, type NoticeData } from './forms/duesNotice';
import { duesRegisterForm, type RegisterData, type RegisterMember } from './forms/duesRegister';
import { duesStatsData } from './duesStatsData';
import { duesStatsForm } from './forms/duesStats';
import { saveWorkbook } from './saveWorkbook';

const joined = (values: (string | null)[]): string | null => [...new Set(values.filter((v): v is string => !!v))].join('、') || null;

/** The 比例 column: a rate of the whole base ('1.5%'), a fixed amount a month, or 免交/减交. */
export function rateText(rateBp: number | null, fixedFen: number | null, relief: string | null): string | null {
  if (relief) return relief;
  if (rateBp !== null) return `${rateBp / 100}%`;
  if (fixedFen !== null) return `每月${formatFen(fixedFen)}元`;
  return null;
}

/** The payments still standing: neither a reversal nor reversed by one. */
const standing = <P extends { id: number; reversesId: number | null }>(payments: P[]): P[] =>
  payments.filter((p) => p.reversesId === null && !payments.some((q) => q.reversesId === p.id));

/** 登记表 of one month: the branch's month page with who paid when and the receipt. */
export function monthRegisterData(ledger: Ledger, orgId: number, month: string): RegisterData {
  const page = monthPage(ledger, orgId, month);
  return {
    orgName: page.orgName,
    showBranch: false,
    months: [month],
    throughMonth: month,
    defaultScheme: page.scheme.isDefault,
    members: page.rows.map((r) => ({
      branchName: page.orgName,
      name: r.name,
      kind: r.kind,
      baseFen: r.baseFen,
      relief: r.relief,
      rate: rateText(r.rateBp, r.fixedFen, r.relief),
      methods: joined(standing(r.payments).map((p) => p.method)),
      months: [
        {
          dueFen: r.dueFen,
          paidFen: r.paidFen,
          status: r.status,
          paidOn: joined(r.payments.map((p) => p.paidOn)),
          collector: joined(r.payments.map((p) => p.collector)),
          receiptNo: joined(r.payments.map((p) => p.receiptNo)),
        },
      ],
    })),
  };
}

/** 登记表 of a year: every member × month owed to the organisation or the branches under it (orgId null: all). */
export function yearRegisterData(ledger: Ledger, orgId: number | null, year: number, today: string, communityName: string): RegisterData {
  const nodes = orgNodes(ledger);
  const grid = duesYearGrid(ledger, year, orgAndBelow(nodes, orgId), today);
  const scheme = readScheme(ledger, year);
  const methods = methodsOfYear(ledger, year);
  const members: RegisterMember[] = grid.rows.map((row) => {
    const last = row.months.findLast((c) => c !== null)!;
    const a = assess(scheme, last.base);
    return {
      branchName: orgName(nodes, row.orgId),
      name: row.name,
      kind: last.base?.kind ?? null,
      baseFen: last.base?.baseFen ?? null,
      relief: last.base?.relief ?? null,
      rate: last.base ? rateText(a.rateBp, a.fixedFen, last.base.relief) : null,
      methods: methods.get(`${row.memberId}:${row.orgId}`) ?? null,
      months: row.months.map((c) => (c === null ? null : { dueFen: c.dueFen, paidFen: c.paidFen, status: c.status })),
    };
  });
  return {
    orgName: orgId === null ? communityName : orgName(nodes, orgId),
    showBranch: orgId === null || new Set(grid.rows.map((r) => r.orgId)).size > 1 || !['党支部', '联合党支部'].includes(nodes.get(orgId)?.kind ?? ''),
    months: monthsOf(year),
    throughMonth: grid.throughMonth,
    defaultScheme: grid.isDefaultScheme,
    members,
  };
}

export async function exportDuesRegister(
  ledger: Ledger,
  exportsDir: string,
  input: { orgId: number; month: string | null; year: number | null },
  today: string,
): Promise<ExportedFile> {
  const settings = getSettings(ledger);
  const data =
    input.month !== null
      ? monthRegisterData(ledger, input.orgId, input.month)
      : yearRegisterData(ledger, input.orgId, input.year!, today, settings.communityName ?? '');
  const workbook = new ExcelJS.Workbook();
  const spec = duesRegisterForm(data, settings, today);
  renderForm(workbook, spec);
  return saveWorkbook(workbook, exportsDir, spec.title, data.members.length);
}

export async function exportDuesStats(ledger: Ledger, exportsDir: string, input: { year: number; period: DuesPeriod }, today: string): Promise<ExportedFile> {
  const data = duesStatsData(ledger, input.year, input.period, today);
  const workbook = new ExcelJS.Workbook();
  const spec = duesStatsForm(data, getSettings(ledger), today);
  renderForm(workbook, spec);
  return saveWorkbook(workbook, exportsDir, spec.title, data.lines.length);
}

/** 公示: per branch and member, the months owed up to now, 应交, 实交 and 党费交纳至. */
export function noticeData(ledger: Ledger, year: number, orgId: number | null, today: string): NoticeData {
  const nodes = orgNodes(ledger);
  const grid = duesYearGrid(ledger, year, orgAndBelow(nodes, orgId), today);
  const through = grid.throughMonth;
  const todayIndex = monthIndex(today.slice(0, 7));
  const throughOf = new Map<number, string | null>();
  const members = grid.rows.flatMap((row) => {
    const counted = row.months.filter((c, i) => c !== null && monthsOf(year)[i]! <= through && owedOnLedger(c.status));
    const paidFen = sum(row.months.map((c) => c?.paidFen ?? 0));
    if (counted.length === 0 && paidFen === 0) return [];
    if (!throughOf.has(row.memberId)) throughOf.set(row.memberId, paidThrough(ledger, row.memberId, todayIndex));
    return [
      {
        branchName: orgName(nodes, row.orgId),
        name: row.name,
        owedMonths: counted.length,
        dueFen: sum(counted.map((c) => c!.dueFen ?? 0)),
        paidFen,
        paidThrough: throughOf.get(row.memberId)!,
      },
    ];
  });
  return { year, orgName: orgId === null ? null : orgName(nodes, orgId), throughMonth: through, members };
}

export async function exportDuesNotice(
  ledger: Ledger,
  exportsDir: string,
  input: { year: number; orgId: number | null },
  today: string,
): Promise<ExportedFile> {
  const data = noticeData(ledger, input.year, input.orgId, today);
  const workbook = new ExcelJS.Workbook();
  const spec = duesNoticeForm(data, getSettings(ledger), today);
  renderForm(workbook, spec);
  return saveWorkbook(workbook, exportsDir, spec.title, data.members.length);
}

export async function exportDuesCertificate(
  ledger: Ledger,
  exportsDir: string,
  input: { memberId: number; year: number },
  today: string,
): Promise<ExportedFile> {
  const y = memberYear(ledger, input.memberId, input.year, today);
  const member = getMember(ledger, input.memberId, today);
  const thisMonth = today.slice(0, 7);
  const months: CertificateMonth[] = y.months
    .filter((m) => m.status !== null && (m.month <= thisMonth || m.paidFen !== 0))
    .map((m) => {
      const base = y.bases.filter((b) => b.fromMonth <= m.month).at(-1) ?? null;
      const payments = y.payments.filter((p) => p.lines.some((l) => l.month === m.month));
      return {
        month: m.month,
        kind: base?.kind ?? null,
        baseFen: base?.baseFen ?? null,
        dueFen: m.dueFen,
        paidFen: m.paidFen,
        status: m.status!,
        paidOn: joined(payments.map((p) => p.paidOn)),
        receiptNo: joined(payments.map((p) => p.receiptNo)),
      };
    });
  const lastOrg = y.months.findLast((m) => m.orgName !== null)?.orgName;
  const spec = duesCertificateForm(
    { year: input.year, name: y.name, gender: member.gender, branchName: lastOrg ?? member.branchName ?? '', paidThrough: y.paidThrough, months },
    getSettings(ledger),
    today,
  );
  const workbook = new ExcelJS.Workbook();
  renderForm(workbook, spec);
  return saveWorkbook(workbook, exportsDir, `${y.name}${input.year}年党费交纳证明`, months.length);
}
