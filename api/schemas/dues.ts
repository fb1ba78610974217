// Inputs and outputs of the 党费 calls (shared/DOMAIN.md "党费", docs/dues.md). Money crosses
// the contract as integer 分 only: the UI converts what the user typed with parseYuan.
import { z } from 'zod';
import {
  BASE_DUES_KINDS,
  DUES_KINDS,
  DUES_METHODS,
  DUES_RELIEFS,
  DUES_ROUNDINGS,
  type DuesBand,
  type DuesKind,
  type DuesMethod,
  type DuesRelief,
  type DuesRounding,
} from '../dues';
import { optionalRecordId, optionalText, recordId, requiredChoice, requiredDate, requiredText } from './fields';
import { yearField } from './points';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
export const monthField = (label: string) =>
  z
    .string({ error: `请选择${label}` })
    .trim()
    .regex(MONTH, `${label}应为有效月份（年-月）`);

/** An amount in 分: a whole number, not negative, below ten million 元. */
export const fenField = (label: string) =>
  z
    .number({ error: `请填写${label}` })
    .int(`${label}应精确到分`)
    .min(0, `${label}不能为负数`)
    .max(1_000_000_000, `${label}过大`);
export const optionalFen = (label: string) =>
  fenField(label)
    .nullish()
    .transform((v) => v ?? null);

export const DUES_PERIODS = ['月', '季', '年'] as const;
export type DuesPeriod = (typeof DUES_PERIODS)[number];

/** A month's state for one member: 期初已交 = covered by the opening 党费交纳至 typed before the ledger kept dues. */
export const DUES_STATUSES = ['已交', '少交', '未交', '免交', '未核定', '期初已交'] as const;
export type DuesStatus = (typeof DUES_STATUSES)[number];

export const duesYearInput = z.object({ year: yearField });

const bandInput = z.object({
  kind: requiredChoice('人员类别', DUES_KINDS),
  upToFen: optionalFen('基数上限'),
  rateBp: z
    .number({ error: '比例应为数字' })
    .int('比例应为万分之整数')
    .min(0, '比例不能为负数')
    .max(10000, '比例不能超过100%')
    .nullish()
    .transform((v) => v ?? null),
  fixedFen: optionalFen('固定金额'),
});

export const saveSchemeInput = z
  .object({
    year: yearField,
    rounding: requiredChoice('舍入方式', DUES_ROUNDINGS).default('分'),
    bands: z.array(bandInput).min(1, '请至少设置一档'),
  })
  .superRefine((v, ctx) => {
    v.bands.forEach((b, i) => {
      if ((b.rateBp === null) === (b.fixedFen === null))
        ctx.addIssue({ code: 'custom', message: `第${i + 1}档：比例和固定金额须填且只填一项`, path: ['bands', i, 'rateBp'] });
      if (b.fixedFen !== null && BASE_DUES_KINDS.includes(b.kind))
        ctx.addIssue({ code: 'custom', message: `第${i + 1}档：${b.kind}按基数比例交纳，请填写比例`, path: ['bands', i, 'rateBp'] });
    });
    for (const kind of DUES_KINDS) {
      const own = v.bands.filter((b) => b.kind === kind);
      if (own.length === 0) continue;
      const open = own.filter((b) => b.upToFen === null).length;
      if (open !== 1) ctx.addIssue({ code: 'custom', message: `${kind}须有且只有一档不设上限（最高一档）`, path: ['bands'] });
      const bounds = own.map((b) => b.upToFen).filter((b): b is number => b !== null);
      if (new Set(bounds).size !== bounds.length) ctx.addIssue({ code: 'custom', message: `${kind}的基数上限不能重复`, path: ['bands'] });
    }
  });
export type SaveSchemeInput = z.output<typeof saveSchemeInput>;

export const copyDuesSchemeInput = z
  .object({ fromYear: yearField, toYear: yearField })
  .refine((v) => v.fromYear !== v.toYear, { message: '请选择另一个年度', path: ['toYear'] });

export interface DuesScheme {
  year: number;
  rounding: DuesRounding;
  bands: DuesBand[];
  /** No scheme saved for the year: the 2008 default applies (the UI says 默认方案). */
  isDefault: boolean;
}

export const duesBasesInput = z.object({
  year: yearField,
  /** A branch, or an organisation above branches (its branches' members); null = everyone. */
  orgId: optionalRecordId('组织'),
  keyword: optionalText('姓名', 20),
  /** Only members with a month of the year whose base is missing. */
  missingOnly: z.boolean().default(false),
  page: z.number().int().min(1, '页码应从1开始').default(1),
  pageSize: z.number().int().min(1).max(500, '每页最多500条').default(100),
});
export type DuesBasesQuery = z.output<typeof duesBasesInput>;

export const saveBaseInput = z
  .object({
    memberId: recordId('党员'),
    fromMonth: monthField('起始月份'),
    kind: requiredChoice('人员类别', DUES_KINDS),
    baseFen: optionalFen('基数'),
    relief: z.preprocess(
      (v) => (v === '' ? null : v),
      z
        .enum(DUES_RELIEFS, { error: '请从列表中选择免交/减交' })
        .nullish()
        .transform((v) => v ?? null),
    ),
    reliefFen: optionalFen('减交后每月金额'),
    reliefReason: optionalText('免交/减交原因', 200),
    reliefApprover: optionalText('批准人', 30),
    source: z.enum(['录入', '导入', '复制']).default('录入'),
  })
  .superRefine((v, ctx) => {
    if (BASE_DUES_KINDS.includes(v.kind) && v.baseFen === null && v.relief !== '免交')
      ctx.addIssue({ code: 'custom', message: `${v.kind}党员请填写基数`, path: ['baseFen'] });
    if (v.relief !== null && v.reliefReason === null) ctx.addIssue({ code: 'custom', message: `请填写${v.relief}原因`, path: ['reliefReason'] });
    if (v.relief !== null && v.reliefApprover === null) ctx.addIssue({ code: 'custom', message: `请填写${v.relief}批准人`, path: ['reliefApprover'] });
    if (v.relief === '减交' && v.reliefFen === null) ctx.addIssue({ code: 'custom', message: '请填写减交后每月金额', path: ['reliefFen'] });
  });
export type SaveBaseInput = z.output<typeof saveBaseInput>;

export const voidBaseInput = z.object({ id: recordId('基数记录'), reason: requiredText('作废原因', 200) });

/** One dated base row: a member's kind and base from a month. */
export interface DuesBase {
  id: number;
  memberId: number;
  fromMonth: string;
  kind: DuesKind;
  baseFen: number | null;
  relief: DuesRelief | null;
  reliefFen: number | null;
  reliefReason: string | null;
  reliefApprover: string | null;
  source: '录入' | '导入' | '复制';
  voidedAt: string | null;
  voidReason: string | null;
}

export interface DuesBaseRow {
  memberId: number;
  name: string;
  /** The branch that owes the member's last owed month of the year. */
  branchId: number;
  branchName: string;
  /** The live rows in force during the year: the one carried into January, then each later one. */
  bases: DuesBase[];
  /** The base in force in the last owed month of the year, and what it makes a month. */
  current: DuesBase | null;
  monthlyDueFen: number | null;
  /** Owed months of the year with no base (应交 未核定). */
  missingMonths: string[];
  /** The base in force was set in an earlier year: 每年核定一次, so it is to be 核定 again. */
  carried: boolean;
}

export interface DuesBasesPage {
  year: number;
  /** The ledger's 党费 start ('YYYY-MM', null: every month): months before it need no base. */
  startMonth: string | null;
  scheme: { rounding: DuesRounding; isDefault: boolean };
  rows: DuesBaseRow[];
  total: number;
  /** Members (over all pages) with an owed month lacking a base. */
  missingCount: number;
}

export const duesMonthInput = z.object({ orgId: recordId('党支部'), month: monthField('月份') });

export interface DuesMonthRow {
  memberId: number;
  name: string;
  /** 预备党员 / 正式党员 on the month's last owed day. */
  category: string;
  kind: DuesKind | null;
  baseFen: number | null;
  /** The band applied: a rate in 万分之, or a fixed amount. */
  rateBp: number | null;
  fixedFen: number | null;
  relief: DuesRelief | null;
  reliefReason: string | null;
  dueFen: number | null;
  paidFen: number;
  status: DuesStatus;
  /** The payments with a line on this month (reversals included), latest first. */
  payments: {
    id: number;
    paidOn: string;
    amountFen: number;
    method: DuesMethod;
    collector: string | null;
    receiptNo: string | null;
    reversesId: number | null;
  }[];
}

export interface DuesMonthPage {
  orgId: number;
  orgName: string;
  month: string;
  scheme: { year: number; rounding: DuesRounding; isDefault: boolean };
  /** The ledger's 党费 start ('YYYY-MM', null: every month): a month before it lists nobody. */
  startMonth: string | null;
  rows: DuesMonthRow[];
  totals: { owing: number; dueFen: number; paidFen: number; paid: number; short: number; unpaid: number; unknown: number; exempt: number };
}

export const duesArrearsInput = z.object({ asOf: monthField('截至月份'), orgId: optionalRecordId('组织') });

export interface DuesArrearsRow {
  memberId: number;
  name: string;
  branchId: number;
  branchName: string;
  /** Owed months from the member's start up to asOf not fully paid; a 未核定 month with nothing paid counts (its amount unknown). */
  unpaidMonths: string[];
  /** Sum of 应交 − 实交 over those months. */
  owedFen: number;
  /** The longest run of consecutive months with nothing paid (党章 art. 9: 6 → 自行脱党 warning). */
  longestRun: number;
  paidThrough: string | null;
}

export interface DuesArrears {
  asOf: string;
  /** The ledger's 党费 start ('YYYY-MM', null: every month): no month before it is counted. */
  startMonth: string | null;
  /** Members with at least one unpaid month, most months first. */
  rows: DuesArrearsRow[];
  /** 3+ unpaid months: the 首页 reminder. */
  remindCount: number;
  /** 6+ consecutive unpaid months: the 自行脱党 warning list (never an automatic change). */
  lapseCount: number;
}

export const duesMemberInput = z.object({ memberId: recordId('党员'), year: yearField });

export interface DuesPaymentRow {
  id: number;
  memberId: number;
  paidOn: string;
  amountFen: number;
  method: DuesMethod;
  collector: string | null;
  receiptNo: string | null;
  note: string | null;
  reversesId: number | null;
  reversedById: number | null;
  lines: { month: string; orgId: number; amountFen: number }[];
}

export interface DuesMemberMonth {
  month: string;
  /** Null: not owed (not on the roster with 党籍 正常 on any day of it). */
  orgId: number | null;
  orgName: string | null;
  dueFen: number | null;
  paidFen: number;
  status: DuesStatus | null;
}

export interface DuesMemberYear {
  memberId: number;
  name: string;
  year: number;
  /** The typed 党费交纳至 from before the ledger kept dues. */
  opening: string | null;
  /** Derived 党费交纳至: the last month up to which every owed month is fully paid. */
  paidThrough: string | null;
  months: DuesMemberMonth[];
  payments: DuesPaymentRow[];
  bases: DuesBase[];
  dueFen: number;
  paidFen: number;
}

const paymentFields = {
  paidOn: requiredDate('交纳日期'),
  method: requiredChoice('交纳方式', DUES_METHODS),
  collector: optionalText('收款人', 30),
};

export const payInput = z
  .object({
    memberId: recordId('党员'),
    fromMonth: monthField('起始月份'),
    toMonth: monthField('截止月份'),
    /** Null: the sum of the months' 应交. More than that is 自愿多交 on the last month. */
    amountFen: optionalFen('金额'),
    ...paymentFields,
    receiptNo: optionalText('收据编号', 50),
    note: optionalText('备注', 200),
  })
  .refine((v) => v.toMonth >= v.fromMonth, { message: '截止月份不能早于起始月份', path: ['toMonth'] })
  .refine((v) => v.toMonth.slice(0, 4) === v.fromMonth.slice(0, 4), { message: '一次交纳不能跨年度，预交最多到当年12月', path: ['toMonth'] });
export type PayInput = z.output<typeof payInput>;

export const payBranchMonthInput = z.object({
  orgId: recordId('党支部'),
  month: monthField('月份'),
  ...paymentFields,
  exceptMemberIds: z.array(recordId('党员')).max(5000).default([]),
});
export type PayBranchMonthInput = z.output<typeof payBranchMonthInput>;

export const reversePaymentInput = z.object({ paymentId: recordId('交纳记录'), reason: requiredText('冲销原因', 200) });

export interface PayResult {
  payments: DuesPaymentRow[];
  /** Members of the branch month skipped because already fully paid or 应交 未核定. */
  skipped: { memberId: number; name: string; reason: string }[];
}

export const handoverInput = z
  .object({
    fromOrgId: recordId('上缴组织'),
    /** Null: the 社区党委 hands to the street. */
    toOrgId: optionalRecordId('接收组织'),
    handedOn: requiredDate('上缴日期'),
    periodFrom: monthField('所属期起'),
    periodTo: monthField('所属期止'),
    amountFen: fenField('上缴金额').min(1, '上缴金额应大于0'),
    receiptNo: optionalText('收据编号', 50),
    note: optionalText('备注', 200),
  })
  .refine((v) => v.periodTo >= v.periodFrom, { message: '所属期止不能早于所属期起', path: ['periodTo'] });
export type HandoverInput = z.output<typeof handoverInput>;

export const reverseHandoverInput = z.object({ id: recordId('上缴记录'), reason: requiredText('冲销原因', 200) });

export interface DuesHandoverRow {
  id: number;
  fromOrgId: number;
  fromOrgName: string;
  toOrgId: number | null;
  /** '街道' when toOrgId is null. */
  toOrgName: string;
  handedOn: string;
  periodFrom: string;
  periodTo: string;
  amountFen: number;
  receiptNo: string | null;
  note: string | null;
  reversesId: number | null;
  reversedById: number | null;
}

export interface DuesBalance {
  orgId: number;
  orgName: string;
  /** Collected from members (payment lines of the year owed to this organisation). */
  collectedFen: number;
  /** Received from the organisations below (上缴 to this one). */
  receivedFen: number;
  /** Handed up (上缴 from this one). */
  handedFen: number;
  /** collected + received − handed. */
  balanceFen: number;
}

export interface DuesHandovers {
  year: number;
  rows: DuesHandoverRow[];
  balances: DuesBalance[];
}

export const duesStatsInput = z.object({ year: yearField, period: requiredChoice('统计周期', DUES_PERIODS).default('月') });

export interface DuesStatsCell {
  /** '2026-03', '2026-Q1' or '2026'. */
  period: string;
  owingCount: number;
  paidCount: number;
  dueFen: number;
  paidFen: number;
  arrearsCount: number;
  arrearsFen: number;
  /** Handed up by the organisation, by the period its 上缴 ends in. */
  handedFen: number;
}

export interface DuesStatsRow {
  orgId: number;
  orgName: string;
  cells: DuesStatsCell[];
  total: DuesStatsCell;
}

export interface DuesStats {
  year: number;
  period: DuesPeriod;
  periods: string[];
  rows: DuesStatsRow[];
  /** The whole community: the branches' sums, with the 社区党委's own 上缴 to the street. */
  total: DuesStatsRow;
}

export type { DuesBand, DuesKind, DuesMethod, DuesRelief, DuesRounding };
