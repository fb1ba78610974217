// One Excel operation in a process of its own, so its peak memory is its own:
//   raw-read FILE | raw-read-xls FILE | import FILE DIR | raw-write DIR | export DIR
// Prints one JSON line: { ms, peakMb }.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import * as XLSX from '@e965/xlsx';
import { openLedger } from '../db/open';
import { createRouter } from '../router/router';
import type { RouterContext } from '../router/context';
import { BRANCH, GROUP } from '../tests/fixtures/rosterFixtures';
import { orgInput } from '../tests/support/testLedger';
import { createOrg } from '../db/orgs';
import { keepParserWarm } from '../excel/import/parseFile';

// Bundled into dist/bench by bench/excel.ts, which says where the project is.
const ROOT = process.env.BENCH_ROOT ?? path.resolve(import.meta.dirname, '..');
const TODAY = '2026-11-24';
const [mode, a, b] = process.argv.slice(2);

function routerIn(dir: string) {
  const ledger = openLedger({ file: path.join(dir, 'ledger.sqlite'), migrationsDir: path.join(ROOT, 'db', 'migrations') });
  const ctx: RouterContext = {
    ledger,
    info: { version: 'bench', dataDir: dir, databaseFile: ledger.file, mode: 'browser', damaged: null },
    exportsDir: path.join(dir, 'exports'),
    backupsDir: path.join(dir, 'backups'),
    migrationsDir: path.join(ROOT, 'db', 'migrations'),
    parseWorkerPath: path.join(ROOT, 'dist', 'workers', 'parseWorker.cjs'),
    attachmentsDir: path.join(dir, 'attachments'),
    today: () => TODAY,
  };
  return { ledger, router: createRouter(ctx, (message, error) => console.error(message, error)) };
}

/** A router call; BENCH_STAGES=1 prints each call's time (upload, preview, commit) to stderr. */
async function call(router: ReturnType<typeof routerIn>['router'], name: string, input: object) {
  const started = process.hrtime.bigint();
  const r = await router.handle(name, input);
  if (process.env.BENCH_STAGES) console.error(name, Math.round(Number(process.hrtime.bigint() - started) / 1e6), 'ms');
  if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
  return r.value as Record<string, unknown>;
}

/** The roster's cells as the 花名册 export writes them, read with one raw statement. */
function rosterCells(dir: string): unknown[][] {
  const { ledger } = routerIn(dir);
  const rows = ledger.sqlite
    .prepare(
      `SELECT m.name, m.gender, m.ethnicity, m.birth_date, m.id_number, m.education, m.joined_on, m.full_member_on, m.category, m.party_status,
              m.community_class, b.name, g.name, m.party_post, m.work_unit, m.building, m.phone, m.note
       FROM members m JOIN orgs b ON b.id = m.branch_id LEFT JOIN orgs g ON g.id = m.group_id WHERE m.left_on IS NULL ORDER BY m.id`,
    )
    .raw()
    .all() as unknown[][];
  ledger.close();
  return rows;
}

/**
 * This process's peak memory in MB. Linux's VmHWM belongs to the program since it started; maxRSS
 * (getrusage) also keeps the high-water mark of the bench process this child was forked from, so
 * with a bench holding a gigabyte every child "peaked" at a gigabyte.
 */
function peakMb(): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync('/proc/self/status', 'utf8'));
    if (m) return Math.round(Number(m[1]) / 1024);
  } catch {
    // not Linux: getrusage below
  }
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

const started = process.hrtime.bigint();
if (mode === 'raw-read') {
  // exceljs reads the file and every cell's value is touched: what any import must do.
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(fs.readFileSync(a) as unknown as ArrayBuffer);
  let cells = 0;
  workbook.worksheets[0].eachRow((row) => row.eachCell(() => cells++));
  if (cells < 10_000) throw new Error(`only ${cells} cells`);
} else if (mode === 'raw-read-xls') {
  // SheetJS parses the .xls bytes (the options the import's reader uses) and every cell is touched.
  const book = XLSX.read(fs.readFileSync(a), {
    type: 'buffer',
    dense: true,
    cellNF: true,
    cellDates: false,
    cellFormula: false,
    cellHTML: false,
    cellStyles: false,
  });
  let cells = 0;
  for (const row of (book.Sheets[book.SheetNames[0]]['!data'] ?? []) as unknown[][]) for (const cell of row ?? []) if (cell) cells++;
  if (cells < 10_000) throw new Error(`only ${cells} cells`);
} else if (mode === 'import') {
  fs.mkdirSync(b, { recursive: true });
  const { router, ledger } = routerIn(b);
  const root = createOrg(ledger, orgInput('幸福里社区党委', '党委', null));
  const branch = createOrg(ledger, orgInput(BRANCH, '党支部', root.id));
  createOrg(ledger, orgInput(GROUP, '党小组', branch.id));
  // As the host does (host/startLedger.ts): a parse worker waits, started, for the file the
  // user picks some time after the app opened.
  keepParserWarm(path.join(ROOT, 'dist', 'workers', 'parseWorker.cjs'));
  // And 首页 is worked out at start, which sets up the TEMP triggers that count each table's
  // writes (db/tableChanges.ts): the import's rows pay for them, as in the app.
  await call(router, 'home.figures', {});
  // Picking a file takes a user seconds after the app opened (花名册, 导入, the file dialog): by
  // then the waiting worker has loaded the .xls reader (parseWorker.ts, after 2 s).
  await new Promise((resolve) => setTimeout(resolve, 3000));
  const t = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  const { uploadId } = await call(router, 'import.upload', { fileName: path.basename(a), data: fs.readFileSync(a).toString('base64') });
  const preview = await call(router, 'import.preview', { uploadId });
  const result = await call(router, 'import.commit', { uploadId });
  if (result.created !== 10_000) throw new Error(`imported ${JSON.stringify(result)}; preview ${JSON.stringify(preview).slice(0, 500)}`);
  ledger.close();
  const used = process.cpuUsage(cpu);
  // cpuMs (all threads) beside the wall time: on a shared machine it shows whether a change made less work.
  console.log(JSON.stringify({ ms: Number(process.hrtime.bigint() - t) / 1e6, cpuMs: Math.round((used.user + used.system) / 1000), peakMb: peakMb() }));
  process.exit(0);
} else if (mode === 'raw-write') {
  // A streaming write of the same cells with the same look (宋体, borders, alignment, text
  // and date formats), straight through exceljs: the floor for any styled xlsx writer.
  const cells = rosterCells(a);
  const t = process.hrtime.bigint();
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path.join(a, 'raw.xlsx'), useStyles: true });
  const sheet = writer.addWorksheet('党员花名册');
  const thin = { style: 'thin' as const };
  const border = { top: thin, left: thin, bottom: thin, right: thin };
  const dates = new Set([4, 7, 8]);
  cells.forEach((values, i) => {
    const row = sheet.addRow([i + 1, ...values.map((v, c) => (dates.has(c + 1) && typeof v === 'string' ? new Date(`${v}T00:00:00Z`) : v))]);
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cell.font = { name: '宋体', size: 10 };
      cell.border = border;
      cell.alignment = { vertical: 'middle', horizontal: col === 1 || dates.has(col - 1) ? 'center' : 'left', wrapText: !dates.has(col - 1) && col > 1 };
      cell.numFmt = dates.has(col - 1) ? 'yyyy-mm-dd' : '@';
    });
    row.height = 20;
    row.commit();
  });
  await writer.commit();
  console.log(JSON.stringify({ ms: Number(process.hrtime.bigint() - t) / 1e6, peakMb: peakMb() }));
  process.exit(0);
} else if (mode === 'export') {
  const { router, ledger } = routerIn(a);
  const t = process.hrtime.bigint();
  const file = await call(router, 'reports.roster', { asOf: TODAY });
  if (file.rows !== 10_000) throw new Error(`exported ${JSON.stringify(file)}`);
  ledger.close();
  console.log(JSON.stringify({ ms: Number(process.hrtime.bigint() - t) / 1e6, peakMb: peakMb() }));
  process.exit(0);
} else throw new Error(`unknown mode ${mode}`);
console.log(JSON.stringify({ ms: Number(process.hrtime.bigint() - started) / 1e6, peakMb: peakMb() }));
