// Inputs and outputs of 党费建账 (the month the ledger starts keeping dues, and up to which month
// each member had paid before it) and of bases entered in bulk (docs/dues.md).
import { z } from 'zod';
import { BASE_DUES_KINDS, DUES_KINDS } from '../dues';
import { monthField, optionalFen } from './dues';
import { optionalRecordId, recordId, requiredChoice } from './fields';
import { yearField } from './points';

/** 党费 opening (建账): the month the ledger starts keeping dues and up to which month each member had paid before it. */
export const duesOpeningInput = z.object({
  month: monthField('党费起始月份')
    .nullish()
    .transform((v) => v ?? null),
});

export interface DuesOpeningMember {
  memberId: number;
  name: string;
  branchName: string;
  /** The typed opening 党费交纳至 ('YYYY-MM') or null. */
  paidThrough: string | null;
}

export interface DuesOpening {
  /** The saved 党费 start ('ledger.duesStartMonth'), null when not set. */
  startMonth: string | null;
  /** The month of the 建账日期 ('ledger.startDate'), the start when none is saved. */
  ledgerStartMonth: string | null;
  /** Members owing the start month (or today's month when no start): the people whose 党费交纳至 the opening asks. */
  members: DuesOpeningMember[];
}

const openingMember = z.object({
  memberId: recordId('党员'),
  paidThrough: monthField('党费交纳至')
    .nullish()
    .transform((v) => v ?? null),
});

export const saveDuesOpeningInput = z.object({
  startMonth: monthField('党费起始月份'),
  /** Written for every listed member not in `members`; null leaves their 党费交纳至 as it is. */
  defaultPaidThrough: monthField('党费交纳至')
    .nullish()
    .transform((v) => v ?? null),
  members: z.array(openingMember).max(20000, '人数过多'),
});
export type SaveDuesOpeningInput = z.output<typeof saveDuesOpeningInput>;

/** The bases page's editable column: several members' base from one month, one transaction. */
export const saveBasesInput = z
  .object({
    fromMonth: monthField('起始月份'),
    rows: z
      .array(z.object({ memberId: recordId('党员'), kind: requiredChoice('缴费类别', DUES_KINDS), baseFen: optionalFen('基数') }))
      .min(1, '没有要保存的基数')
      .max(20000, '人数过多'),
  })
  .superRefine((v, ctx) => {
    v.rows.forEach((r, i) => {
      if (BASE_DUES_KINDS.includes(r.kind) && r.baseFen === null)
        ctx.addIssue({ code: 'custom', message: `第${i + 1}行：${r.kind}党员请填写基数`, path: ['rows', i, 'baseFen'] });
    });
  });
export type SaveBasesInput = z.output<typeof saveBasesInput>;

/** Whom 全部设为… sets: members whose base in force is of a kind, or who have none yet (未核定). */
export const BULK_BASE_SCOPES = [...DUES_KINDS, '未核定'] as const;

/** 全部设为…: one kind and base for every member of a scope (under an organisation) from a month, one transaction. */
export const bulkBasesInput = z
  .object({
    year: yearField,
    orgId: optionalRecordId('组织'),
    scope: requiredChoice('设置对象', BULK_BASE_SCOPES),
    fromMonth: monthField('起始月份'),
    kind: requiredChoice('缴费类别', DUES_KINDS),
    baseFen: optionalFen('基数'),
  })
  .superRefine((v, ctx) => {
    if (BASE_DUES_KINDS.includes(v.kind) && v.baseFen === null) ctx.addIssue({ code: 'custom', message: `${v.kind}党员请填写基数`, path: ['baseFen'] });
    if (v.fromMonth.slice(0, 4) !== String(v.year)) ctx.addIssue({ code: 'custom', message: `起始月份应在${v.year}年内`, path: ['fromMonth'] });
  });
export type BulkBasesInput = z.output<typeof bulkBasesInput>;

export interface BulkBasesResult {
  /** Members whose base was written. */
  saved: number;
  /** Members of the scope left as they were: a 免交/减交 is not overwritten by a bulk base. */
  skipped: { memberId: number; name: string; reason: string }[];
}
