// Worker entry: parses one file and posts back plain cells. Run with a heap cap and a
// timeout (excel/import/parseFile.ts): a hostile or broken file must cost this worker, not
// the app (exceljs, which read files here before, ran out of memory on a 22 KB xlsx with
// one merge over the whole sheet).
import { parentPort } from 'node:worker_threads';
import type { ParseOutcome } from './book';
import { decodeText, parseCsv } from './csv';
import { readXlsx, RefusedSheet } from './readXlsx';

async function parse(bytes: Uint8Array, kind: 'xlsx' | 'csv'): Promise<ParseOutcome> {
  try {
    const sheets = kind === 'csv' ? [parseCsv(decodeText(bytes))] : await readXlsx(bytes);
    return { ok: true, book: { sheets } };
  } catch (error) {
    if (error instanceof RefusedSheet) return { ok: false, message: error.message };
    return { ok: false, message: '文件无法读取：它可能已损坏，或不是真正的 Excel 文件。请在 WPS 或 Excel 中打开后另存为 .xlsx 再试' };
  }
}

// Started ahead of the upload and kept idle (parseFile.ts): the file arrives as the one message.
parentPort?.once('message', ({ bytes, kind }: { bytes: Uint8Array; kind: 'xlsx' | 'csv' }) => {
  // parse() turns every failure into an outcome; should posting it throw, the worker dies and
  // parseFile.ts reports its 'error' event.
  void parse(bytes, kind).then((outcome) => parentPort?.postMessage(outcome));
});
