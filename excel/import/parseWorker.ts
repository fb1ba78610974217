// Worker entry: parses one file and posts back plain cells. Run with a heap cap and a
// timeout (excel/import/parseFile.ts): a hostile or broken file must cost this worker, not
// the app (exceljs, which read files here before, ran out of memory on a 22 KB xlsx with
// one merge over the whole sheet).
import { createRequire } from 'node:module';
import path from 'node:path';
import { parentPort } from 'node:worker_threads';
import type { ParseOutcome, RawSheet } from './book';
import { decodeText, parseCsv } from './csv';
import type { FileKind } from './parseFile';
import type * as Legacy from './readLegacy';
import { readXlsx, RefusedSheet } from './readXlsx';

/**
 * The .xls/.et reader is its own bundle beside this one (scripts/build.mjs): SheetJS is large
 * (~170 ms to load here, ~35 MB). A worker kept warm for the next upload (parseFile.ts) loads it
 * once it has waited PRELOAD_AFTER_MS, so an .xls picked later is read at once; a worker given
 * its file sooner loads it only for an .xls. The wait keeps the load off the app's first paint.
 */
let legacy: typeof Legacy | null = null;
const loadLegacy = () => (legacy ??= createRequire(__filename)(path.join(__dirname, 'readLegacy.cjs')) as typeof Legacy);
const PRELOAD_AFTER_MS = 2000;
const preload = setTimeout(loadLegacy, PRELOAD_AFTER_MS);

function readLegacyFile(bytes: Uint8Array): { sheets: RawSheet[] } | { refused: string } {
  const legacy = loadLegacy();
  try {
    return { sheets: legacy.readLegacy(bytes) };
  } catch (error) {
    // Compared by name: the class lives in the other bundle.
    if (error instanceof Error && error.name === 'LegacyRefusal') return { refused: error.message };
    throw error;
  }
}

async function parse(bytes: Uint8Array, kind: FileKind): Promise<ParseOutcome> {
  try {
    if (kind === 'xls') {
      const read = readLegacyFile(bytes);
      return 'refused' in read ? { ok: false, message: read.refused } : { ok: true, book: { sheets: read.sheets } };
    }
    const sheets = kind === 'csv' ? [parseCsv(decodeText(bytes))] : await readXlsx(bytes);
    return { ok: true, book: { sheets } };
  } catch (error) {
    if (error instanceof RefusedSheet) return { ok: false, message: error.message };
    return { ok: false, message: '文件无法读取：它可能已损坏，或不是真正的 Excel 文件。请在 WPS 或 Excel 中打开后另存为 .xlsx 再试' };
  }
}

// Started ahead of the upload and kept idle (parseFile.ts): the file arrives as the one message.
parentPort?.once('message', ({ bytes, kind }: { bytes: Uint8Array; kind: FileKind }) => {
  clearTimeout(preload);
  // parse() turns every failure into an outcome; should posting it throw, the worker dies and
  // parseFile.ts reports its 'error' event.
  void parse(bytes, kind).then((outcome) => parentPort?.postMessage(outcome));
});
