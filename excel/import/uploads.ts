// Parsed uploads wait here between preview and commit (a user may change the sheet or
// the column mapping several times). Kept in memory: a restart simply asks for the file again.
import { randomUUID } from 'node:crypto';
import type { ParsedBook } from './book';

interface Upload {
  fileName: string;
  book: ParsedBook;
}

const MAX_KEPT = 4;
const uploads = new Map<string, Upload>();

export function keepUpload(fileName: string, book: ParsedBook): string {
  const id = randomUUID();
  uploads.set(id, { fileName, book });
  while (uploads.size > MAX_KEPT) uploads.delete(uploads.keys().next().value as string);
  return id;
}

export function findUpload(id: string): Upload | undefined {
  return uploads.get(id);
}
