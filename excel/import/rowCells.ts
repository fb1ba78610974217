// How an import spec reads one row: a field's cell through the header mapping, the column a
// problem names (the file's own header where there is one, else the field's label) and the
// problem list the row's checks add to. Shared by the specs that read cells by field key.
import type { ImportProblem } from '../../api/schemas/imports';
import type { RawCell } from './book';
import { cellText, type ColumnMapping } from './findHeader';

export interface RowCells {
  cellOf: (key: string) => RawCell | undefined;
  columnOf: (key: string) => string;
  text: (key: string) => string;
  add: (key: string, level: ImportProblem['level'], message: string) => void;
}

/** The field's label, for a problem found before any row was read. */
export const labelOf = (fields: readonly { key: string; label: string }[], key: string): string => fields.find((f) => f.key === key)!.label;

export function rowCells(
  fields: readonly { key: string; label: string }[],
  cells: RawCell[],
  mapping: ColumnMapping,
  headers: string[],
  problems: ImportProblem[],
): RowCells {
  const columnIndex = (key: string) => {
    const col = mapping[key];
    return col === null || col === undefined ? null : col;
  };
  const cellOf = (key: string) => {
    const col = columnIndex(key);
    return col === null ? undefined : cells[col];
  };
  const columnOf = (key: string) => {
    const col = columnIndex(key);
    return (col !== null && headers[col]) || labelOf(fields, key);
  };
  return {
    cellOf,
    columnOf,
    text: (key) => cellText(cellOf(key)),
    add: (key, level, message) => problems.push({ column: columnOf(key), level, message }),
  };
}
