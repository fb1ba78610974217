// The roster import as the router calls it: upload → preview (as often as the user
// changes sheet or mapping) → commit, plus the problem rows and the template as files.
import type { ImportPreview, ImportResult, UploadedFile } from '../../api/schemas/imports';
import { LedgerError, refuse } from '../../db/ledgerError';
import type { Ledger } from '../../db/open';
import type { ExportedFile } from '../../api/schemas/reports';
import { saveWorkbook } from '../saveWorkbook';
import { fileKind, parseInWorker } from './parseFile';
import { problemsWorkbook } from './problemsWorkbook';
import { planRosterImport, pickSheet } from './rosterPreview';
import { commitRosterImport } from './rosterCommit';
import { rosterTemplate } from './template';
import { findUpload, keepUpload } from './uploads';
import { findHeader } from './findHeader';

export interface ImportRequest {
  uploadId: string;
  sheet: string | null;
  mapping: Record<string, number | null> | null;
  onDuplicate: 'skip' | 'update' | 'stop';
}

export async function uploadRoster(fileName: string, base64: string, workerPath: string): Promise<UploadedFile> {
  const bytes = new Uint8Array(Buffer.from(base64, 'base64'));
  if (bytes.length === 0) throw refuse('文件是空的');
  const kind = fileKind(fileName, bytes);
  if (typeof kind === 'object') throw new LedgerError('VALIDATION', kind.refused, 'fileName');
  const outcome = await parseInWorker(bytes, kind, { workerPath });
  if (!outcome.ok) throw refuse(outcome.message);
  const visible = outcome.book.sheets.filter((s) => !s.hidden);
  if (visible.length === 0) throw refuse('文件中没有可见的工作表');
  return { uploadId: keepUpload(fileName, outcome.book), fileName, sheets: visible.map((s) => ({ name: s.name, rows: s.rows.length })) };
}

function uploadFor(id: string) {
  const upload = findUpload(id);
  if (!upload) throw refuse('上传的文件已失效（程序重启过或已导入其他文件），请重新选择文件');
  return upload;
}

export function previewRoster(ledger: Ledger, req: ImportRequest): ImportPreview {
  return planRosterImport(ledger, uploadFor(req.uploadId).book, req.sheet, req.mapping, req.onDuplicate).preview;
}

export function commitRoster(ledger: Ledger, req: ImportRequest, backupsDir: string, today: string): ImportResult {
  const plan = planRosterImport(ledger, uploadFor(req.uploadId).book, req.sheet, req.mapping, req.onDuplicate);
  return commitRosterImport(ledger, plan, req.onDuplicate, backupsDir, today);
}

export async function rosterProblemsFile(ledger: Ledger, req: ImportRequest, exportsDir: string): Promise<ExportedFile> {
  const upload = uploadFor(req.uploadId);
  const plan = planRosterImport(ledger, upload.book, req.sheet, req.mapping, req.onDuplicate);
  const sheet = pickSheet(upload.book, req.sheet);
  const withProblems = plan.planned.filter((r) => r.problems.length > 0);
  if (withProblems.length === 0) throw refuse('没有需要修改的行');
  return saveWorkbook(problemsWorkbook(sheet, findHeader(sheet)!.rowIndex, withProblems), exportsDir, '导入需修改的行', withProblems.length);
}

export function rosterTemplateFile(exportsDir: string): Promise<ExportedFile> {
  return saveWorkbook(rosterTemplate(), exportsDir, '党员花名册导入模板', 1);
}
