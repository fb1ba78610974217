import { z } from 'zod';
import { BRANCH_TYPES, COMMITTEE_ROLES, ORG_KINDS } from '../enums';
import {
  optionalChoice,
  optionalDate,
  optionalLongText,
  optionalRecordId,
  optionalText,
  phone,
  recordId,
  requiredChoice,
  requiredDate,
  requiredText,
} from './fields';

export const orgFields = z.object({
  name: requiredText('组织名称', 60),
  kind: requiredChoice('组织类别', ORG_KINDS),
  branchType: optionalChoice('支部类型', BRANCH_TYPES),
  parentId: optionalRecordId('上级组织'),
  secretary: optionalText('书记', 30),
  contactName: optionalText('联系人', 30),
  contactPhone: phone('联系电话'),
  foundedOn: optionalDate('成立日期'),
  electedOn: optionalDate('本届选举日期'),
  /** 任期 in years; missing with an election date: the kind's default (DEFAULT_TERM_YEARS). */
  termYears: z
    .number({ error: '任期应为年数' })
    .int('任期应为整年')
    .min(3, '任期应为3至5年（党章第三十条）')
    .max(5, '任期应为3至5年（党章第三十条）')
    .nullish()
    .transform((v) => v ?? null),
  /** Used as entered only without an election date; with one it is computed. */
  termEndsOn: optionalDate('本届任期届满日期'),
  note: optionalLongText('备注', 1000),
});
export type OrgInput = z.output<typeof orgFields>;

export const orgCreateInput = orgFields;
export const orgUpdateInput = orgFields.omit({ parentId: true }).extend({ id: recordId('组织') });
export const orgMoveInput = z.object({ id: recordId('组织'), parentId: optionalRecordId('新的上级组织') });
export const orgCloseInput = z.object({
  id: recordId('组织'),
  closedOn: requiredDate('撤销日期'),
  reason: requiredText('撤销原因', 200),
});

export const committeeAddInput = z.object({
  orgId: recordId('组织'),
  memberId: optionalRecordId('党员'),
  name: requiredText('姓名', 30),
  role: requiredChoice('职务', COMMITTEE_ROLES),
  startOn: requiredDate('任职日期'),
  note: optionalText('备注', 200),
});
export const committeeEndInput = z.object({ id: recordId('任职记录'), endOn: requiredDate('离任日期') });

export interface OrgRow {
  id: number;
  name: string;
  kind: (typeof ORG_KINDS)[number];
  branchType: string | null;
  parentId: number | null;
  secretary: string | null;
  contactName: string | null;
  contactPhone: string | null;
  foundedOn: string | null;
  electedOn: string | null;
  termYears: number | null;
  termEndsOn: string | null;
  note: string | null;
  closedOn: string | null;
  closedReason: string | null;
  /** Members on the roster whose 所在党支部 or 党小组 is this organisation. */
  activeMembers: number;
}

export interface CommitteeRow {
  id: number;
  orgId: number;
  memberId: number | null;
  name: string;
  role: string;
  startOn: string;
  endOn: string | null;
  note: string | null;
}

export interface OrgDetail extends OrgRow {
  committee: CommitteeRow[];
}
