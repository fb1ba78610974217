// Parses an uploaded file in a worker thread with a memory cap and a time limit, so a
// hostile or huge file cannot take the app down.
import { Worker } from 'node:worker_threads';
import type { ParseOutcome } from './book';

export interface ParseLimits {
  workerPath: string;
  maxHeapMb?: number;
  timeoutMs?: number;
}

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const ZIP_MAGIC = [0x50, 0x4b];
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** How a file is read: .xlsx (zip), .csv (text), or the old binary workbooks (.xls, WPS .et). */
export type FileKind = 'xlsx' | 'csv' | 'xls';

export function fileKind(fileName: string, bytes: Uint8Array): FileKind | { refused: string } {
  const lower = fileName.toLowerCase();
  // By content first: a workbook saved as .xls but named .xlsx (or the other way) is common.
  // An encrypted .xlsx is an OLE file too; the legacy reader says it has a password.
  if (startsWith(bytes, OLE_MAGIC)) return 'xls';
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.xlsx') || startsWith(bytes, ZIP_MAGIC)) return 'xlsx';
  // Many systems' "Excel export" is an HTML table or an Excel 2003 XML file named .xls: SheetJS
  // reads those too.
  if (lower.endsWith('.xls') || lower.endsWith('.et')) return 'xls';
  return { refused: '只能导入 .xlsx、.xls、.et（WPS 表格）或 .csv 文件' };
}

// A worker takes 70–110 ms to start here. The host keeps one started and idle (keepParserWarm),
// so a file picked by the user is read at once; each file still gets a fresh worker, used once
// and terminated, and the next one is started after it.
interface WarmWorker {
  path: string;
  worker: Worker;
  exited: boolean;
  /** Marks the entry dead; removed by name when the worker is taken, so a caller's own handlers stay. */
  markExited: () => void;
}
let warm: WarmWorker | null = null;
let keepWarm: string | null = null;

function startWorker(workerPath: string, maxHeapMb: number): Worker {
  return new Worker(workerPath, {
    // The worker is a self-contained bundle: it takes none of the parent's flags (a loader such
    // as tsx in tests and the bench cost it a second to start).
    execArgv: [],
    resourceLimits: { maxOldGenerationSizeMb: maxHeapMb, maxYoungGenerationSizeMb: 64 },
  });
}

const DEFAULT_HEAP_MB = 512;

function startWarm(workerPath: string) {
  const worker = startWorker(workerPath, DEFAULT_HEAP_MB);
  worker.unref(); // an idle worker never keeps the process alive
  const entry: WarmWorker = { path: workerPath, worker, exited: false, markExited: () => (entry.exited = true) };
  worker.once('exit', entry.markExited);
  worker.once('error', entry.markExited);
  warm = entry;
}

/** Keeps one parse worker started and idle for the next upload (the host calls this once). */
export function keepParserWarm(workerPath: string): void {
  keepWarm = workerPath;
  if (warm && !warm.exited && warm.path === workerPath) return;
  if (warm) void warm.worker.terminate(); // started for another bundle: not left running idle
  startWarm(workerPath);
}

/** Stops the idle worker (the host's shutdown, and tests). */
export function stopWarmParser(): void {
  keepWarm = null;
  void warm?.worker.terminate();
  warm = null;
}

function takeWorker(workerPath: string, maxHeapMb: number): Worker {
  const ready = warm;
  warm = null;
  if (ready && !ready.exited && ready.path === workerPath && maxHeapMb === DEFAULT_HEAP_MB) {
    ready.worker.off('exit', ready.markExited).off('error', ready.markExited);
    ready.worker.ref();
    return ready.worker;
  }
  if (ready) void ready.worker.terminate();
  return startWorker(workerPath, maxHeapMb);
}

export function parseInWorker(bytes: Uint8Array, kind: FileKind, limits: ParseLimits): Promise<ParseOutcome> {
  const { maxHeapMb = DEFAULT_HEAP_MB, timeoutMs = 30_000 } = limits;
  return new Promise((resolve) => {
    let settled = false;
    const finish = (outcome: ParseOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      // The next idle worker starts later, not while this file is previewed on the other core.
      if (keepWarm) setTimeout(() => keepWarm && !warm && startWarm(keepWarm), 2000).unref();
      resolve(outcome);
    };
    const worker = takeWorker(limits.workerPath, maxHeapMb);
    const timer = setTimeout(
      () => finish({ ok: false, message: `文件过大或结构异常，${Math.round(timeoutMs / 1000)} 秒内未能读完。请删除多余的工作表和合并单元格后再试` }),
      timeoutMs,
    );
    worker.once('message', (outcome: ParseOutcome) => finish(outcome));
    worker.once('error', (error) => {
      const memory = (error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY';
      finish({
        ok: false,
        message: memory
          ? '文件结构异常（例如整张表被合并成一个单元格），读取时内存不足。请取消大范围合并单元格后另存为 .xlsx 再试'
          : '文件无法读取：它可能已损坏。请在 WPS 或 Excel 中打开后另存为 .xlsx 再试',
      });
    });
    worker.once('exit', (code) => finish({ ok: false, message: `文件读取中断（代码 ${code}），请另存为 .xlsx 后再试` }));
    worker.postMessage({ bytes, kind });
  });
}
