// Imports as the router calls them: upload → preview (as often as the user changes sheet
// or mapping) → commit, plus the problem rows and the roster template as files.
import path from 'node:path';
import { makeBackup } from '../../db/backups/make';
import type { ImportOrgsCreated, ImportPreview, ImportResult, UploadedFile } from '../../api/schemas/imports';
import type { ExportedFile } from '../../api/schemas/reports';
import { LedgerError, refuse } from '../../db/ledgerError';
import { changeStamp } from '../../db/memo';
import type { Ledger } from '../../db/open';
import { saveWorkbook } from '../saveWorkbook';
import { developmentSpec } from './developmentSpec';
import { duesBaseSpec } from './duesBasesSpec';
import { findHeader } from './findHeader';
import { onjobSpec } from './onjobSpec';
import { fileKind, parseInWorker } from './parseFile';
import { commitImport, pickSheet, planImport, type ImportSpec } from './plan';
import { problemsWorkbook } from './problemsWorkbook';
import { rosterSpec } from './rosterPreview';
import { rosterTemplate } from './template';
import { findUpload, keepUpload } from './uploads';
import type { CommunityKind } from './missingOrgs';

export type ImportTarget = 'roster' | 'onjob' | 'duesBases' | 'development';

export interface ImportRequest {
  uploadId: string;
  sheet: string | null;
  mapping: Record<string, number | null> | null;
  onDuplicate: 'skip' | 'update' | 'stop';
  target: ImportTarget;
  /** onjob only: the registered unit whose list this is. */
  unitId: number | null;
  /** roster only: create the branches and 党小组 the file names that do not exist yet. */
  createMissingOrgs: boolean;
  /** roster only: the preview's proposals the user accepted. */
  acceptProposals: readonly 'retiredClass'[];
  /** duesBases only: the month a row without 起始月份 applies from. */
  fromMonth: string | null;
}

export async function uploadFile(fileName: string, base64: string, workerPath: string): Promise<UploadedFile> {
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

function specFor(ledger: Ledger, req: ImportRequest, today: string): ImportSpec<unknown> {
  if (req.target === 'onjob') return onjobSpec(ledger, req.unitId, today) as ImportSpec<unknown>;
  if (req.target === 'development') return developmentSpec(ledger, today) as ImportSpec<unknown>;
  if (req.target === 'duesBases') return duesBaseSpec(ledger, today, req.fromMonth) as ImportSpec<unknown>;
  return rosterSpec(ledger, today, { createMissingOrgs: req.createMissingOrgs, acceptProposals: req.acceptProposals }) as ImportSpec<unknown>;
}

// The last plan, reused while nothing was written: the commit after a preview of the same
// request then skips a second pass over 10,000 rows.
let lastPlan: { ledger: Ledger; key: string; stamp: string; value: { spec: ImportSpec<unknown>; plan: ReturnType<typeof planImport<unknown>> } } | null = null;

const plan = (ledger: Ledger, req: ImportRequest, today: string) => {
  const key = JSON.stringify([req, today]);
  const stamp = changeStamp(ledger);
  const book = uploadFor(req.uploadId).book;
  if (lastPlan && lastPlan.ledger === ledger && lastPlan.key === key && lastPlan.stamp === stamp) return lastPlan.value;
  // One read transaction: a consistent snapshot, and each of the 10,000 duplicate lookups
  // skips its own lock and WAL check (5 µs → 0.5 µs here).
  const value = ledger.tx(() => {
    const spec = specFor(ledger, req, today);
    return { spec, plan: planImport(ledger, spec, book, req.sheet, req.mapping, req.onDuplicate) };
  });
  lastPlan = { ledger, key, stamp, value };
  return value;
};

/**
 * The preview's one action for a roster that names branches the ledger lacks: creates them (and
 * the community organisation on a new ledger) in one transaction. The user then sees the
 * refreshed preview and confirms the import itself.
 */
export function createImportOrgs(ledger: Ledger, req: ImportRequest & { communityKind: CommunityKind }, today: string): ImportOrgsCreated {
  if (req.target !== 'roster') throw refuse('只有导入党员花名册时可以新建党组织');
  const book = uploadFor(req.uploadId).book;
  const created = ledger.tx(() => {
    const spec = rosterSpec(ledger, today, { createMissingOrgs: true, acceptProposals: req.acceptProposals });
    planImport(ledger, spec, book, req.sheet, req.mapping, req.onDuplicate);
    const names = spec.createOrgs!(req.communityKind);
    if (names.length === 0) throw refuse('文件中的党支部和党小组都已建立，无需新建');
    return names;
  });
  lastPlan = null; // the ledger changed: the next preview plans again
  return { created };
}

export function previewImport(ledger: Ledger, req: ImportRequest, today: string): ImportPreview {
  return plan(ledger, req, today).plan.preview;
}

export async function commitImportRequest(ledger: Ledger, req: ImportRequest, backupsDir: string, today: string): Promise<ImportResult> {
  plan(ledger, req, today); // refuse a bad request before copying the file
  const made = await makeBackup(ledger, backupsDir, '导入前备份');
  const backup = made ? path.join(backupsDir, made.name) : '';
  // Planned again if the ledger changed while the copy ran (another call may have written).
  const p = plan(ledger, req, today);
  lastPlan = null; // the commit writes: no plan survives it
  return commitImport(ledger, p.spec, p.plan, req.onDuplicate, backup);
}

export async function problemsFile(ledger: Ledger, req: ImportRequest, exportsDir: string, today: string): Promise<ExportedFile> {
  const { spec, plan: planned } = plan(ledger, req, today);
  const sheet = pickSheet(uploadFor(req.uploadId).book, req.sheet, spec.fields);
  // The rows that will not be imported: a warning keeps no row out, so it is no reason to send one back.
  const withProblems = planned.planned.filter((r) => r.action === 'error');
  if (withProblems.length === 0) throw refuse('没有不能导入的行');
  return saveWorkbook(problemsWorkbook(sheet, findHeader(sheet, spec.fields)!.rowIndex, withProblems), exportsDir, '导入需修改的行', withProblems.length);
}

export function rosterTemplateFile(exportsDir: string): Promise<ExportedFile> {
  return saveWorkbook(rosterTemplate(), exportsDir, '党员花名册导入模板', 1);
}
