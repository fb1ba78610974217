// The process the fault runner kills with SIGKILL. Each mode loops over one kind of work
// and prints "ACK …" only after that work has returned (committed, renamed, swapped), so
// the runner knows what was acknowledged before the kill.
import { idCheckChar } from '../../api/rules/idNumber';
import { startLedger } from '../../host/startLedger';

const [mode, dataDir, workerPath, migrationsDir] = process.argv.slice(2);
export const ROWS_PER_BATCH = 50;
/** The rekey mode starts from the first and alternates. */
export const PASSWORDS = ['faults-one-1', 'faults-two-2'] as const;

/** Batch k's CSV: ROWS_PER_BATCH members named "批k-i" with IDs no other batch uses. */
export function batchCsv(k: number): string {
  const birth = new Date(Date.UTC(1940, 0, 1) + k * 86_400_000).toISOString().slice(0, 10).replaceAll('-', '');
  const lines = ['姓名,身份证号,入党日期,转正日期,所在党支部'];
  for (let i = 0; i < ROWS_PER_BATCH; i++) {
    const first17 = `110105${birth}${String(i).padStart(3, '0')}`;
    lines.push(`批${k}-${i},${first17}${idCheckChar(first17)},2001-07-01,2002-07-01,第一网格党支部`);
  }
  return '\uFEFF' + lines.join('\r\n');
}

async function main() {
  const started = await startLedger({ dataDir, migrationsDir, version: 'faults', mode: 'browser', parseWorkerPath: workerPath });
  const call = async (name: string, input: object) => {
    const r = await started.router.handle(name, input);
    if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
    return r.value as Record<string, unknown>;
  };
  const ledger = () => started.ledger;
  if (process.env.FAULT_PASSWORD) await call('lock.unlock', { password: process.env.FAULT_PASSWORD, operator: '测试' });
  let current: string = PASSWORDS[0];
  if (mode === 'rekey') {
    const first = await started.router.handle('lock.unlock', { password: PASSWORDS[0], operator: '测试' });
    if (!first.ok) current = PASSWORDS[1];
    if (!first.ok) await call('lock.unlock', { password: current, operator: '测试' });
  }
  // A start in recovery mode says why, so a runner that sees the next call refused knows the cause.
  if (started.info.damaged) throw new Error(`started in recovery mode: ${started.info.damaged.message}`);
  process.stdout.write('READY\n');
  for (let n = 0; ; n++) {
    if (mode === 'import') {
      const k = (
        ledger().sqlite.prepare("SELECT count(DISTINCT substr(name, 1, instr(name, '-') - 1)) AS n FROM members WHERE name LIKE '批%'").get() as { n: number }
      ).n;
      const up = await call('import.upload', { fileName: `批${k}.csv`, data: Buffer.from(batchCsv(k)).toString('base64') });
      await call('import.commit', { uploadId: up.uploadId });
      process.stdout.write(`ACK ${k}\n`);
    } else if (mode === 'export') {
      const file = await call('reports.roster', { asOf: '2026-11-24' });
      process.stdout.write(`ACK ${file.fileName}\n`);
    } else if (mode === 'backup') {
      await call('backups.create', {});
      process.stdout.write(`ACK ${n}\n`);
    } else if (mode === 'restore') {
      // Alternate between the two prepared copies, A (1 member) and B (2 members).
      const name = n % 2 === 0 ? 'A.sqlite' : 'B.sqlite';
      await call('backups.restore', { name });
      process.stdout.write(`ACK ${name}\n`);
    } else if (mode === 'rekey') {
      // Back and forth between two passwords; the runner finds which one the ledger has by trying.
      const to = current === PASSWORDS[0] ? PASSWORDS[1] : PASSWORDS[0];
      await call('lock.set', { current, password: to, idleMinutes: 30 });
      current = to;
      process.stdout.write(`ACK ${to}\n`);
    } else throw new Error(`unknown mode ${mode}`);
  }
}

if (mode) {
  main().catch((error) => {
    process.stderr.write(String(error?.stack ?? error));
    process.exit(3);
  });
}
