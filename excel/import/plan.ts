// The import steps every registry shares: pick the sheet, find the header, apply the
// remembered and the user's mapping, read each row, mark duplicates in the file and
// against the registry, and commit everything importable in one transaction after a backup.
import { idNumberKey } from '../../api/rules/idNumber';
import type { ImportPreview, ImportProblem, ImportProposal, ImportResult, MissingOrgList, PreviewRow } from '../../api/schemas/imports';
import { LedgerError, refuse } from '../../db/ledgerError';
import type { Ledger } from '../../db/open';
import { getSetting, putSettings } from '../../db/settings';
import { countInsertsOnce } from '../../db/tableChanges';
import type { ParsedBook, RawCell, RawSheet } from './book';
import { fieldForHeader, findHeader, type ColumnMapping, type FieldDef } from './findHeader';
import { isFooter } from './footer';
import { instructionText } from './instructions';
import type { CommunityKind } from './missingOrgs';
import { isSkippable } from './rosterRows';

export type DuplicatePolicy = 'skip' | 'update' | 'stop';

export interface ReadResult<I> {
  rowNumber: number;
  name: string;
  idNumber: string;
  input: I | null;
  problems: ImportProblem[];
}

export interface Existing {
  id: number;
  name: string;
  /** Set when the existing record cannot take an update (e.g. a 历史党员): the row is an error. */
  blocked?: string;
}

export interface ImportSpec<I> {
  fields: readonly FieldDef[];
  /** settings key under which the user's header → field mapping is remembered. */
  mappingKey: string;
  /** "花名册", "在职党员名单": used in messages. */
  registry: string;
  readRow(cells: RawCell[], rowNumber: number, mapping: ColumnMapping, headers: string[]): ReadResult<I>;
  /**
   * Checks that need the ledger for the whole file at once (dues bases: the member each
   * 身份证号 names), run after every row is read and before duplicates are marked: they may
   * add problems and clear `input` to keep a row out.
   */
  checkRows?(reads: ReadResult<I>[]): void;
  /** The registry's records for these 身份证号 (one query for the whole file), by 身份证号. */
  findExisting(idNumbers: string[]): Map<string, Existing>;
  create(input: I): void;
  update(id: number, input: I): void;
  /** What the file implies that the user may accept (roster: 离退休 for a 离退休党支部's members). */
  proposals?(): ImportProposal[];
  /** Organisations the file names that do not exist yet (roster). */
  missingOrgs?(): MissingOrgList;
  /** Creates the organisations the planned file names and the ledger lacks (roster); their names. */
  createOrgs?(communityKind: CommunityKind): string[];
  /** Runs first inside the commit's transaction (roster: create the missing organisations when asked). */
  beforeCommit?(): void;
  /** Runs after the last row's create or update, inside the transaction (roster: writes the members it holds). */
  afterRows?(): void;
  /** Tables the commit writes thousands of rows into, counted once for kept views instead of per row (db/tableChanges.ts). */
  bulkTables?: readonly string[];
}

export interface PlannedRow<I> extends PreviewRow {
  input: I | null;
  existingId: number | null;
}

export interface Plan<I> {
  preview: ImportPreview;
  planned: PlannedRow<I>[];
  headerMapping: Record<string, string>;
}

function remembered(ledger: Ledger, key: string): Record<string, string> {
  const value = getSetting(ledger, key);
  try {
    return value ? JSON.parse(value) : {};
  } catch {
    return {};
  }
}

export function pickSheet(book: ParsedBook, name: string | null, fields: readonly FieldDef[]): RawSheet {
  const visible = book.sheets.filter((s) => !s.hidden);
  if (visible.length === 0) throw refuse('文件中没有可见的工作表');
  if (name === null) return visible.find((s) => findHeader(s, fields) !== null) ?? visible[0];
  const sheet = visible.find((s) => s.name === name);
  if (!sheet) throw refuse(`找不到工作表“${name}”`, 'sheet');
  return sheet;
}

export function planImport<I>(
  ledger: Ledger,
  spec: ImportSpec<I>,
  book: ParsedBook,
  sheetName: string | null,
  explicit: Record<string, number | null> | null,
  onDuplicate: DuplicatePolicy,
): Plan<I> {
  const sheet = pickSheet(book, sheetName, spec.fields);
  const guess = findHeader(sheet, spec.fields);
  if (!guess) throw refuse(`工作表“${sheet.name}”的前30行中找不到表头（至少要有“姓名”和“身份证号”等列名）`, 'sheet');

  const mapping: ColumnMapping = { ...guess.mapping };
  const memory = remembered(ledger, spec.mappingKey);
  guess.headers.forEach((h, col) => {
    const field = memory[h];
    if (field && fieldForHeader(h, spec.fields) === null) mapping[field] = col;
  });
  if (explicit) Object.assign(mapping, explicit);

  const idCol = mapping.idNumber;
  const idColumn = (idCol !== null && idCol !== undefined && guess.headers[idCol]) || '公民身份号码';
  const seen = new Map<string, ReadResult<I>>();
  const planned: PlannedRow<I>[] = [];
  const reads: ReadResult<I>[] = [];
  // The table ends at its first footer line (填报人, 审核人, 联系电话, 盖章 …): what follows is
  // the form's signature block, not rows with problems.
  let footerRow: number | null = null;
  const skippedLines: ImportPreview['skippedLines'] = [];
  for (let i = guess.rowIndex + 1; i < sheet.rows.length; i++) {
    const cells = sheet.rows[i];
    if (isFooter(cells)) {
      footerRow = i + 1;
      break;
    }
    const note = instructionText(cells, mapping.name);
    if (note !== null) skippedLines.push({ rowNumber: i + 1, text: note.length > 60 ? `${note.slice(0, 60)}…` : note });
    else if (!isSkippable(cells)) reads.push(spec.readRow(cells, i + 1, mapping, guess.headers));
  }
  spec.checkRows?.(reads);
  const existingById = spec.findExisting([...new Set(reads.map((r) => r.idNumber).filter((id) => id !== ''))]);
  for (const read of reads) {
    let duplicate: PreviewRow['duplicate'] = null;
    let existingId: number | null = null;
    let action: PreviewRow['action'] = read.input ? 'create' : 'error';
    if (read.idNumber) {
      // A 15-digit number and its 18-digit form are one person.
      const key = idNumberKey(read.idNumber);
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        duplicate = 'file';
        action = 'error';
        const forms = earlier.idNumber === read.idNumber ? '' : '（15位旧号码与18位号码是同一人）';
        read.problems.push({ column: idColumn, level: 'error', message: `与第${earlier.rowNumber}行的身份证号重复${forms}` });
      } else seen.set(key, read);
      const existing = duplicate ? undefined : existingById.get(read.idNumber);
      if (existing) {
        duplicate = 'roster';
        existingId = existing.id;
        if (existing.blocked) {
          action = 'error';
          read.problems.push({ column: idColumn, level: 'error', message: existing.blocked });
        } else if (action !== 'error') {
          action = onDuplicate === 'update' ? 'update' : 'skip';
          const then = onDuplicate === 'update' ? '将用本行更新其资料' : onDuplicate === 'skip' ? '本行将跳过' : '按设置将停止导入';
          read.problems.push({ column: idColumn, level: 'warning', message: `已在${spec.registry}中（${existing.name}），${then}` });
        }
      }
    }
    planned.push({
      rowNumber: read.rowNumber,
      name: read.name,
      idNumber: read.idNumber,
      action,
      duplicate,
      problems: read.problems,
      input: read.input,
      existingId,
    });
  }

  const notes = sayOnce(planned);
  const count = (a: PreviewRow['action']) => planned.filter((r) => r.action === a).length;
  const headerMapping: Record<string, string> = {};
  for (const [field, col] of Object.entries(mapping)) if (col !== null && col !== undefined && guess.headers[col]) headerMapping[guess.headers[col]] = field;
  return {
    planned,
    headerMapping,
    preview: {
      sheet: sheet.name,
      headerRow: guess.rowIndex + 1,
      headers: guess.headers,
      fields: spec.fields.map((f) => ({ key: f.key, label: f.label, column: mapping[f.key] ?? null })),
      // Named fields rather than a rest copy: this runs for every row of the file.
      rows: planned.map((r) => ({
        rowNumber: r.rowNumber,
        name: r.name,
        idNumber: r.idNumber,
        action: r.action,
        duplicate: r.duplicate,
        problems: r.problems,
      })),
      footerRow,
      skippedLines,
      notes,
      proposals: spec.proposals?.() ?? [],
      missingOrgs: spec.missingOrgs?.() ?? null,
      counts: {
        total: planned.length,
        create: count('create'),
        update: count('update'),
        skip: count('skip'),
        error: count('error'),
        warnings: planned.filter((r) => r.problems.some((p) => p.level === 'warning')).length,
      },
    },
  };
}

/**
 * A warning every row carries is an assumption about the file, not about a row (人员类别为空，已按…):
 * said once above the table and taken off the rows, so 只看有问题的行 still finds the rows that differ.
 */
function sayOnce(rows: { problems: ImportProblem[] }[]): ImportProblem[] {
  if (rows.length < 2) return [];
  const key = (p: ImportProblem) => `${p.column}\u0000${p.message}`;
  let shared = new Map(rows[0].problems.filter((p) => p.level === 'warning').map((p) => [key(p), p]));
  for (const row of rows.slice(1)) {
    if (shared.size === 0) return [];
    const here = new Set(row.problems.map(key));
    shared = new Map([...shared].filter(([k]) => here.has(k)));
  }
  if (shared.size === 0) return [];
  for (const row of rows) row.problems = row.problems.filter((p) => !shared.has(key(p)));
  return [...shared.values()];
}

/** Checks the plan, then writes it in one transaction; `backup` is the copy made just before. */
export function commitImport<I>(ledger: Ledger, spec: ImportSpec<I>, plan: Plan<I>, onDuplicate: DuplicatePolicy, backup: string): ImportResult {
  const duplicates = plan.planned.filter((r) => r.duplicate === 'roster' && r.action !== 'error');
  if (onDuplicate === 'stop' && duplicates.length > 0) {
    throw refuse(
      `有 ${duplicates.length} 行的身份证号已在${spec.registry}中（第${duplicates
        .slice(0, 5)
        .map((r) => r.rowNumber)
        .join('、')}行${duplicates.length > 5 ? '等' : ''}），按设置停止导入，未写入任何数据`,
    );
  }
  const work = plan.planned.filter((r) => r.action === 'create' || r.action === 'update');
  if (work.length === 0) throw refuse('没有可以导入的行：请先根据预览中的提示修改文件');
  ledger.tx(() => {
    countInsertsOnce(ledger, spec.bulkTables ?? [], () => {
      spec.beforeCommit?.();
      for (const row of work) {
        try {
          if (row.action === 'create') spec.create(row.input!);
          else spec.update(row.existingId!, row.input!);
        } catch (error) {
          if (error instanceof LedgerError)
            throw new LedgerError(error.code, `第${row.rowNumber}行（${row.name}）：${error.message}。整个导入已撤销，未写入任何数据`);
          throw error;
        }
      }
      spec.afterRows?.();
    });
    putSettings(ledger, { [spec.mappingKey]: JSON.stringify(plan.headerMapping) });
  });
  return {
    created: work.filter((r) => r.action === 'create').length,
    updated: work.filter((r) => r.action === 'update').length,
    skipped: plan.planned.filter((r) => r.action === 'skip').length,
    notImported: plan.planned.filter((r) => r.action === 'error').length,
    backup,
  };
}
