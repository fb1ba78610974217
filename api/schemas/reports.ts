import { z } from 'zod';
import { monthField } from './dues';
import { optionalRecordId, recordId, requiredDate } from './fields';
import { yearField } from './points';
import { choose } from '../vocab/messages';

export const rosterExportInput = z.object({
  asOf: requiredDate('统计截止日期'),
  branchId: optionalRecordId('党支部'),
  maskIdNumbers: z.boolean().default(false),
  maskPhones: z.boolean().default(false),
});

export interface ExportedFile {
  /** Name of the file written in the data folder's exports/; hand it to files.deliver. */
  fileName: string;
  rows: number;
}

export const deliverInput = z.object({
  fileName: z
    .string()
    // Workbooks, the 上报包 (.zip) a community sends its street, and the 街道下发文件 (.json) it sends back.
    .regex(/^[^/\\]+\.(xlsx|zip|json)$/, '文件名不正确')
    .refine((n) => !n.startsWith('.'), '文件名不正确'),
});

/** Desktop: saved where the user chose (or cancelled). Browser: a URL to download. */
export type Delivery = { kind: 'saved'; path: string } | { kind: 'cancelled' } | { kind: 'download'; url: string } | { kind: 'opened' };

export const meetingStatsInput = z.object({
  year: z.number().int().min(1949).max(2200),
  scope: z.enum(['year', 'Q1', 'Q2', 'Q3', 'Q4']).default('year'),
});
export const meetingBookInput = z.object({ orgId: z.number().int().positive(choose('组织')), year: z.number().int().min(1949).max(2200) });

/** development = a 发展党员 person's file (申请书, 思想汇报, 志愿书 scans). */
export const ATTACHMENT_OWNERS = ['meeting', 'activity', 'development'] as const;
export type AttachmentOwner = (typeof ATTACHMENT_OWNERS)[number];
const owner = z.enum(ATTACHMENT_OWNERS);

export const attachmentRefInput = z.object({ kind: owner, id: z.number().int().positive() });
export const attachInput = z.object({
  kind: owner,
  ownerId: z.number().int().positive('请先保存记录'),
  fileName: z.string().min(1, '请选择文件').max(200, '文件名过长'),
  data: z.string().min(1, '文件是空的').max(30_000_000, '单个附件不能超过 20 MB'),
});

export interface Attachment {
  id: number;
  /** The meeting or activity it belongs to. */
  ownerId: number;
  sha256: string;
  fileName: string;
  size: number;
  createdAt: string;
}

/** 党费收缴登记表: one month of a branch (with who paid when), or its whole year (a column per month). */
export const duesRegisterInput = z
  .object({
    orgId: recordId('党支部'),
    month: monthField('月份')
      .nullish()
      .transform((v) => v ?? null),
    year: yearField.nullish().transform((v) => v ?? null),
  })
  .refine((v) => (v.month === null) !== (v.year === null), { message: '请选择月份或年度（二选一）', path: ['month'] });
export const duesNoticeInput = z.object({ year: yearField, orgId: optionalRecordId('组织') });
