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
  sheet: z.string().nullish().transform((v) => v ?? null),
  /** Field key → 0-based column index (null = not imported). Missing: the remembered or guessed one. */
  mapping: z.record(z.string(), z.number().int().min(0).nullable()).nullish().transform((v) => v ?? null),
  onDuplicate: z.enum(DUPLICATE_POLICIES, { error: '请选择身份证号重复时的处理方式' }).default('skip'),
  /** What the rows become: roster members, or one unit's 在职党员. */
  target: z.enum(['roster', 'onjob']).default('roster'),
  unitId: z.number().int().positive().nullish().transform((v) => v ?? null),
});

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

export interface ImportPreview {
  sheet: string;
  /** Excel's row number of the header row. */
  headerRow: number;
  headers: string[];
  fields: { key: string; label: string; column: number | null }[];
  rows: PreviewRow[];
  counts: { total: number; create: number; update: number; skip: number; error: number; warnings: number };
}

export interface ImportResult {
  created: number;
  updated: number;
  skipped: number;
  backup: string;
}
