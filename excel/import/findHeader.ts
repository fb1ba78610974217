// Finds the header row under merged title rows and maps its columns by name.
import { cleanText } from '../../api/rules/text';
import type { RawCell, RawSheet } from './book';
import { aliasFor } from './headerAliases';

export interface FieldDef {
  key: string;
  label: string;
  synonyms: readonly string[];
}

export type ColumnMapping = Record<string, number | null | undefined>;

export const cellText = (cell: RawCell | undefined): string =>
  cell === null || cell === undefined ? '' : typeof cell === 'object' ? cell.date : cleanText(String(cell));

const squash = (text: string) => text.replace(/[\s\u3000*＊:：()（）]/g, '');

const namedBy = (h: string, fields: readonly FieldDef[]) => fields.find((f) => f.synonyms.some((s) => squash(s) === h))?.key ?? null;

export function fieldForHeader(header: string, fields: readonly FieldDef[]): string | null {
  const h = squash(header);
  const alias = aliasFor(h);
  return namedBy(h, fields) ?? (alias === null ? null : namedBy(squash(alias), fields));
}

export interface HeaderGuess {
  /** 0-based index of the header row in sheet.rows. */
  rowIndex: number;
  headers: string[];
  mapping: ColumnMapping;
}

/** The row among the first 30 that names the most known columns (and 姓名). */
export function findHeader(sheet: RawSheet, fields: readonly FieldDef[]): HeaderGuess | null {
  let best: HeaderGuess | null = null;
  let bestScore = 1;
  sheet.rows.slice(0, 30).forEach((row, rowIndex) => {
    const headers = row.map(cellText);
    const mapping: ColumnMapping = {};
    headers.forEach((h, col) => {
      const field = fieldForHeader(h, fields);
      if (field && mapping[field] === undefined) mapping[field] = col;
    });
    const score = Object.keys(mapping).length;
    if (mapping.name !== undefined && score > bestScore) {
      best = { rowIndex, headers, mapping };
      bestScore = score;
    }
  });
  return best;
}
