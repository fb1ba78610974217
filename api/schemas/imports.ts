import { z } from 'zod';

export const DUPLICATE_POLICIES = ['skip', 'update', 'stop'] as const;

export interface ImportProblem {
  /** The column as the file names it. */
  column: string;
  level: 'error' | 'warning';
  message: string;
}

export const importUploadInput = z.object({
  fileName: z.string().min(1, '请选择文件'),
  /** The file's bytes, base64. */
  data: z.string().min(1, '文件是空的').max(30_000_000, '文件超过 20 MB，请拆分后再导入'),
});

export const importPreviewInput = z.object({
  uploadId: z.string().min(1),
  sheet: z
    .string()
    .nullish()
    .transform((v) => v ?? null),
  /** Field key → 0-based column index (null = not imported). Missing: the remembered or guessed one. */
  mapping: z
    .record(z.string(), z.number().int().min(0).nullable())
    .nullish()
    .transform((v) => v ?? null),
  onDuplicate: z.enum(DUPLICATE_POLICIES, { error: '请选择身份证号重复时的处理方式' }).default('skip'),
  /** What the rows become: roster members, one unit's 在职党员, members' 党费基数, or people in the 发展党员 pipeline. */
  target: z.enum(['roster', 'onjob', 'duesBases', 'development']).default('roster'),
  unitId: z
    .number()
    .int()
    .positive()
    .nullish()
    .transform((v) => v ?? null),
  /** roster only: what the file implies that the user accepted (IMPORT_PROPOSALS), e.g. 社区分类 离退休 for a 离退休党支部's members. */
  acceptProposals: z
    .array(z.enum(['retiredClass']))
    .max(10)
    .default([]),
  /** roster only: create the branches and 党小组 the file names that do not exist yet (listed in the preview's missingOrgs), in the import's transaction. */
  createMissingOrgs: z.boolean().default(false),
  /** duesBases only: the month a row without 起始月份 applies from (default: January of this year). */
  fromMonth: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, '起始月份应为有效月份（年-月）')
    .nullish()
    .transform((v) => v ?? null),
});

/** Creates the branches and 党小组 a roster file names (and the community organisation on a new ledger); the preview then refreshes. */
export const importCreateOrgsInput = importPreviewInput.extend({
  communityKind: z.enum(['党委', '党总支'], { error: '请选择社区党组织是党委还是党总支' }).default('党委'),
});

export interface ImportOrgsCreated {
  /** What was created, as the preview listed it (支部, 支部 / 党小组), the community organisation first when made. */
  created: string[];
}

export interface UploadedFile {
  uploadId: string;
  fileName: string;
  /** Visible sheets only (hidden sheets are not offered). */
  sheets: { name: string; rows: number }[];
}

export interface PreviewRow {
  rowNumber: number;
  name: string;
  idNumber: string;
  action: 'create' | 'update' | 'skip' | 'error';
  /** 'file': an earlier row has the same 身份证号; 'roster': already on the roster. */
  duplicate: 'file' | 'roster' | null;
  problems: ImportProblem[];
}

export interface ImportProposal {
  key: 'retiredClass';
  /** What would be done, in words. */
  text: string;
  /** How many rows it changes. */
  rows: number;
  accepted: boolean;
}

/** Branches and 党小组 named in a roster file that the ledger does not have. */
export interface MissingOrgList {
  /** The community organisation they would be created under; null when there is not exactly one. */
  parent: string | null;
  /** A ledger with no organisation at all: the community organisation that would be created first, named from 系统设置. */
  proposedParent: string | null;
  branches: string[];
  groups: { branch: string; name: string }[];
}

export interface ImportPreview {
  sheet: string;
  /** Excel's row number of the header row. */
  headerRow: number;
  headers: string[];
  fields: { key: string; label: string; column: number | null }[];
  rows: PreviewRow[];
  /** Excel's row number of the first footer line (填报人, 审核人, 盖章 …): the data ended above it. */
  footerRow: number | null;
  /** Lines inside the table that are instructions or notes (填写说明, 注意事项 …), not people: not imported. */
  skippedLines: { rowNumber: number; text: string }[];
  /** What the file implies and the user may accept (sent back in acceptProposals); none is applied unasked. */
  proposals: ImportProposal[];
  /** Warnings every row carried (an assumption about the whole file), said once here instead of on each row. */
  notes: ImportProblem[];
  /** Roster imports: organisations the file names that do not exist (created on commit with createMissingOrgs). */
  missingOrgs: MissingOrgList | null;
  counts: { total: number; create: number; update: number; skip: number; error: number; warnings: number };
}

export interface ImportResult {
  created: number;
  updated: number;
  /** Rows already registered, left as they are (the user chose 跳过). */
  skipped: number;
  /** Rows with an error, not imported (named in the preview). */
  notImported: number;
  backup: string;
}
