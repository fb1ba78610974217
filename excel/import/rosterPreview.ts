// Builds the preview of a roster import: which row becomes what, and why not.
import { eq, isNull } from 'drizzle-orm';
import type { ImportPreview, PreviewRow } from '../../api/schemas/imports';
import type { MemberInput } from '../../api/schemas/members';
import { refuse } from '../../db/ledgerError';
import type { Ledger } from '../../db/open';
import { members, orgs, settings } from '../../db/schema';
import type { ParsedBook, RawSheet } from './book';
import { findHeader } from './findHeader';
import { IMPORT_FIELDS, fieldForHeader, type ColumnMapping, type ImportField } from './rosterColumns';
import { isSkippable, readRow, type OrgIndex } from './rosterRows';

export const MAPPING_SETTING = 'import.rosterMapping';

export interface PlannedRow extends PreviewRow {
  input: MemberInput | null;
  existingId: number | null;
}

export interface Plan {
  preview: ImportPreview;
  planned: PlannedRow[];
  /** Header text → field, to remember for next time. */
  headerMapping: Record<string, ImportField>;
}

function orgIndex(ledger: Ledger): OrgIndex {
  const open = ledger.db.select().from(orgs).where(isNull(orgs.closedOn)).all();
  const branches = new Map(open.filter((o) => o.kind === '党支部' || o.kind === '联合党支部').map((o) => [o.name, o.id]));
  const groups = new Map<number, Map<string, number>>();
  for (const g of open.filter((o) => o.kind === '党小组' && o.parentId !== null)) {
    if (!groups.has(g.parentId!)) groups.set(g.parentId!, new Map());
    groups.get(g.parentId!)!.set(g.name, g.id);
  }
  return { branches, groups };
}

function rememberedMapping(ledger: Ledger): Record<string, ImportField> {
  const row = ledger.db.select().from(settings).where(eq(settings.key, MAPPING_SETTING)).get();
  try {
    return row?.value ? JSON.parse(row.value) : {};
  } catch {
    return {};
  }
}

export function pickSheet(book: ParsedBook, name: string | null): RawSheet {
  const visible = book.sheets.filter((s) => !s.hidden);
  if (visible.length === 0) throw refuse('文件中没有可见的工作表');
  if (name === null) return visible.find((s) => findHeader(s) !== null) ?? visible[0];
  const sheet = visible.find((s) => s.name === name);
  if (!sheet) throw refuse(`找不到工作表“${name}”`, 'sheet');
  return sheet;
}

export function planRosterImport(ledger: Ledger, book: ParsedBook, sheetName: string | null, explicit: Record<string, number | null> | null, onDuplicate: 'skip' | 'update' | 'stop'): Plan {
  const sheet = pickSheet(book, sheetName);
  const guess = findHeader(sheet);
  if (!guess) throw refuse(`工作表“${sheet.name}”的前30行中找不到表头（至少要有“姓名”和“身份证号”等列名）`, 'sheet');

  const mapping: ColumnMapping = { ...guess.mapping };
  const remembered = rememberedMapping(ledger);
  guess.headers.forEach((h, col) => {
    const field = remembered[h];
    if (field && fieldForHeader(h) === null) mapping[field] = col;
  });
  if (explicit) for (const [field, col] of Object.entries(explicit)) mapping[field as ImportField] = col;

  const index = orgIndex(ledger);
  const idColumn = (mapping.idNumber !== null && mapping.idNumber !== undefined && guess.headers[mapping.idNumber]) || '公民身份号码';
  const seen = new Map<string, number>();
  const planned: PlannedRow[] = [];
  sheet.rows.forEach((cells, i) => {
    if (i <= guess.rowIndex || isSkippable(cells)) return;
    const read = readRow(cells, i + 1, mapping, guess.headers, index);
    let duplicate: PreviewRow['duplicate'] = null;
    let existingId: number | null = null;
    let action: PreviewRow['action'] = read.input ? 'create' : 'error';
    if (read.idNumber) {
      const earlier = seen.get(read.idNumber);
      if (earlier !== undefined) {
        duplicate = 'file';
        action = 'error';
        read.problems.push({ column: idColumn, level: 'error', message: `与第${earlier}行的身份证号重复` });
      } else seen.set(read.idNumber, read.rowNumber);
      const existing = duplicate ? undefined : ledger.db.select({ id: members.id, name: members.name, leftOn: members.leftOn }).from(members).where(eq(members.idNumber, read.idNumber)).get();
      if (existing) {
        duplicate = 'roster';
        existingId = existing.id;
        if (existing.leftOn) {
          action = 'error';
          read.problems.push({ column: idColumn, level: 'error', message: `该身份证号属于历史党员“${existing.name}”，如已转回请先在其详情中办理转入` });
        } else if (action !== 'error') {
          action = onDuplicate === 'update' ? 'update' : 'skip';
          read.problems.push({ column: idColumn, level: 'warning', message: `已在花名册中（${existing.name}），${onDuplicate === 'update' ? '将用本行更新其资料' : onDuplicate === 'skip' ? '本行将跳过' : '按设置将停止导入'}` });
        }
      }
    }
    planned.push({ rowNumber: read.rowNumber, name: read.name, idNumber: read.idNumber, action, duplicate, problems: read.problems, input: read.input, existingId });
  });

  const count = (a: PreviewRow['action']) => planned.filter((r) => r.action === a).length;
  const headerMapping: Record<string, ImportField> = {};
  for (const [field, col] of Object.entries(mapping)) if (col !== null && col !== undefined && guess.headers[col]) headerMapping[guess.headers[col]] = field as ImportField;
  return {
    planned,
    headerMapping,
    preview: {
      sheet: sheet.name,
      headerRow: guess.rowIndex + 1,
      headers: guess.headers,
      fields: IMPORT_FIELDS.map((f) => ({ key: f.key, label: f.label, column: mapping[f.key] ?? null })),
      rows: planned.map(({ input: _i, existingId: _e, ...row }) => row),
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

