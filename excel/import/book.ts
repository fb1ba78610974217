// What a parsed spreadsheet looks like once it leaves the worker: plain data only.

/** A cell: text, a number, a real date (ISO, from a date-formatted cell), or empty. */
export type RawCell = string | number | { date: string } | null;

export interface RawSheet {
  name: string;
  hidden: boolean;
  rows: RawCell[][];
}

export interface ParsedBook {
  sheets: RawSheet[];
}

export type ParseOutcome = { ok: true; book: ParsedBook } | { ok: false; message: string };
