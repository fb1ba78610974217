// kill -9 at random moments during imports, exports, backups and restores, then check what
// a restart finds: an intact file, no half-done work, nothing acknowledged lost.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { idCheckChar } from '../../api/rules/idNumber';
import { verifyDatabaseFile } from '../../db/backups/make';
import { openDatabase } from '../../db/crypt/cipher';
import { keyForFile } from '../../db/crypt/keyring';
import { openLedger } from '../../db/open';
import { createOrg } from '../../db/orgs';
import { createMember } from '../../db/members/write';
import { startLedger } from '../../host/startLedger';
import { memberInput, orgInput, tempDir } from '../support/testLedger';
import { ROWS_PER_BATCH } from './child';

export interface KillReport {
  mode: string;
  runs: number;
  acknowledged: number;
  integrityFailures: number;
  partial: number;
  lost: number;
  brokenFiles: number;
  notes: string[];
}

const emptyReport = (mode: string, runs: number, paths?: Paths): KillReport => ({
  mode: paths?.password ? `${mode}（已设启动密码，数据加密）` : mode,
  runs,
  acknowledged: 0,
  integrityFailures: 0,
  partial: 0,
  lost: 0,
  brokenFiles: 0,
  notes: [],
});
export const emptyKillReport = (mode: string, runs: number): KillReport => ({
  mode,
  runs,
  acknowledged: 0,
  integrityFailures: 0,
  partial: 0,
  lost: 0,
  brokenFiles: 0,
  notes: [],
});

export interface Paths {
  child: string;
  worker: string;
  migrations: string;
  /** Set: the same runs on an encrypted ledger (the child unlocks with it, and so does the check). */
  password?: string;
}

/** What the next start does (settle, sweep, check, open), and the unlock when a password is set. */
export async function startAndUnlock(paths: Paths, dataDir: string) {
  const s = await startLedger({ dataDir, migrationsDir: paths.migrations, version: 'faults', mode: 'browser', parseWorkerPath: paths.worker });
  if (paths.password) {
    const r = await s.router.handle('lock.unlock', { password: paths.password, operator: '测试' });
    if (!r.ok) {
      s.stop();
      throw new Error(`unlock after a kill failed: ${r.error.message}`);
    }
  }
  return s;
}

/** A seeded folder gets its password through the app itself, as a user would set it. */
async function encryptIfAsked(paths: Paths, dataDir: string) {
  if (!paths.password) return;
  const s = await startLedger({ dataDir, migrationsDir: paths.migrations, version: 'faults', mode: 'browser', parseWorkerPath: paths.worker });
  const r = await s.router.handle('lock.set', { password: paths.password, idleMinutes: 30 });
  s.stop();
  if (!r.ok) throw new Error(`lock.set failed: ${r.error.message}`);
}

/** Starts the child, waits for READY, lets it work for a random moment, kills it, collects ACKs. */
export async function killOnce(paths: Paths, mode: string, dataDir: string, maxMs: number): Promise<string[]> {
  const child = spawn(process.execPath, [paths.child, mode, dataDir, paths.worker, paths.migrations], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, FAULT_PASSWORD: paths.password ?? '' },
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (err += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const ready = await Promise.race([
    new Promise<boolean>((resolve) => {
      const check = setInterval(() => {
        if (out.includes('READY')) {
          clearInterval(check);
          resolve(true);
        }
      }, 5);
      void exited.then(() => (clearInterval(check), resolve(false)));
    }),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 30_000)),
  ]);
  if (!ready) {
    child.kill('SIGKILL');
    await exited;
    throw new Error(`${mode} child did not start: ${err.slice(0, 500)}`);
  }
  await new Promise((r) => setTimeout(r, Math.random() * maxMs));
  child.kill('SIGKILL');
  const code = await exited; // reaped: its pid no longer holds the folder lock
  if (code !== null && code !== 0) throw new Error(`${mode} child failed on its own (${code}): ${err.slice(0, 500)}`);
  return out
    .split('\n')
    .filter((l) => l.startsWith('ACK '))
    .map((l) => l.slice(4));
}

function seedLedger(dataDir: string, migrations: string, members: number) {
  const ledger = openLedger({ file: path.join(dataDir, 'ledger.sqlite'), migrationsDir: migrations });
  const root = createOrg(ledger, orgInput('幸福里社区党委', '党委', null));
  const branch = createOrg(ledger, orgInput('第一网格党支部', '党支部', root.id));
  for (let i = 0; i < members; i++) {
    const birth = new Date(Date.UTC(1950, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    const first17 = `110105${birth.replaceAll('-', '')}001`;
    createMember(ledger, memberInput(branch.id, { name: `原有${i}`, birthDate: birth, idNumber: first17 + idCheckChar(first17) }), null, '2026-11-24');
  }
  ledger.close();
}

const integrityOk = (file: string) => verifyDatabaseFile(file, 'integrity_check') === null;

export async function importKills(paths: Paths, runs: number): Promise<KillReport> {
  const dataDir = tempDir('dangwu-faults-import-');
  seedLedger(dataDir, paths.migrations, 1);
  await encryptIfAsked(paths, dataDir);
  const report = emptyReport('导入时强制结束', runs, paths);
  const acked = new Set<string>();
  for (let i = 0; i < runs; i++) {
    for (const k of await killOnce(paths, 'import', dataDir, 1500)) acked.add(k);
    const file = path.join(dataDir, 'ledger.sqlite');
    // What the next start does: sweep, check, open.
    const s = await startAndUnlock(paths, dataDir);
    const damaged = s.info.damaged !== null;
    s.stop();
    if (damaged || !integrityOk(file)) {
      report.integrityFailures++;
      continue;
    }
    const db = openDatabase(file, keyForFile(file), { readonly: true });
    const counts = new Map(
      (
        db.prepare("SELECT substr(name, 1, instr(name, '-') - 1) AS b, count(*) AS n FROM members WHERE name LIKE '批%' GROUP BY b").all() as {
          b: string;
          n: number;
        }[]
      ).map((r) => [r.b.slice(1), r.n]),
    );
    db.close();
    report.partial += [...counts.values()].filter((n) => n !== ROWS_PER_BATCH).length;
    report.lost += [...acked].filter((k) => counts.get(k) !== ROWS_PER_BATCH).length;
  }
  report.acknowledged = acked.size;
  return report;
}

export async function exportKills(paths: Paths, runs: number): Promise<KillReport> {
  const dataDir = tempDir('dangwu-faults-export-');
  seedLedger(dataDir, paths.migrations, 300);
  await encryptIfAsked(paths, dataDir);
  const report = emptyReport('导出时强制结束', runs, paths);
  for (let i = 0; i < runs; i++) {
    const acked = await killOnce(paths, 'export', dataDir, 1500);
    report.acknowledged += acked.length;
    const exportsDir = path.join(dataDir, 'exports');
    const finals = fs.existsSync(exportsDir) ? fs.readdirSync(exportsDir).filter((f) => f.endsWith('.xlsx') && !f.startsWith('.')) : [];
    for (const f of acked) if (!finals.includes(f)) report.lost++;
    for (const f of finals) {
      try {
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(fs.readFileSync(path.join(exportsDir, f)) as never);
        if (wb.worksheets[0].rowCount < 300) report.brokenFiles++;
      } catch {
        report.brokenFiles++;
      }
    }
    // Read every file once; clear for the next run so the loop checks only new ones.
    for (const f of finals) fs.rmSync(path.join(exportsDir, f));
  }
  return report;
}

export async function backupKills(paths: Paths, runs: number): Promise<KillReport> {
  const dataDir = tempDir('dangwu-faults-backup-');
  seedLedger(dataDir, paths.migrations, 200);
  await encryptIfAsked(paths, dataDir);
  const report = emptyReport('备份时强制结束', runs, paths);
  for (let i = 0; i < runs; i++) {
    report.acknowledged += (await killOnce(paths, 'backup', dataDir, 400)).length;
    const s = await startAndUnlock(paths, dataDir);
    if (s.info.damaged) report.integrityFailures++;
    s.stop();
    const backupsDir = path.join(dataDir, 'backups');
    const files = fs.readdirSync(backupsDir);
    report.partial += files.filter((f) => f.endsWith('.tmp')).length; // must have been swept
    for (const f of files.filter((f) => f.endsWith('.sqlite'))) if (!integrityOk(path.join(backupsDir, f))) report.brokenFiles++;
  }
  return report;
}

export async function restoreKills(paths: Paths, runs: number): Promise<KillReport> {
  const dataDir = tempDir('dangwu-faults-restore-');
  seedLedger(dataDir, paths.migrations, 1);
  const backupsDir = path.join(dataDir, 'backups');
  fs.mkdirSync(backupsDir, { recursive: true });
  fs.copyFileSync(path.join(dataDir, 'ledger.sqlite'), path.join(backupsDir, 'A.sqlite'));
  fs.copyFileSync(path.join(backupsDir, 'A.sqlite'), path.join(backupsDir, 'B.sqlite'));
  const bl = openLedger({ file: path.join(backupsDir, 'B.sqlite'), migrationsDir: paths.migrations });
  const branchId = (bl.sqlite.prepare("SELECT id FROM orgs WHERE kind = '党支部'").get() as { id: number }).id;
  createMember(bl, memberInput(branchId, { name: '只在B中' }), null, '2026-11-24');
  bl.close();
  // A and B stay plain: restoring one onto an encrypted ledger re-encrypts it to the ledger's key.
  await encryptIfAsked(paths, dataDir);
  const report = emptyReport('恢复时强制结束', runs, paths);
  for (let i = 0; i < runs; i++) {
    const acked = await killOnce(paths, 'restore', dataDir, 400);
    report.acknowledged += acked.length;
    const s = await startAndUnlock(paths, dataDir);
    if (s.info.damaged) {
      report.integrityFailures++;
      s.stop();
      continue;
    }
    const names = (s.ledger.sqlite.prepare('SELECT name FROM members ORDER BY id').all() as { name: string }[]).map((r) => r.name).join(',');
    s.stop();
    // Either A (one member) or B (the same plus one): anything else is a mix. Which one
    // cannot be asserted: a kill may land inside the restore after the last ACK.
    if (names !== '原有0' && names !== '原有0,只在B中') report.partial++;
    if (fs.existsSync(path.join(dataDir, 'ledger.sqlite.restore-tmp'))) report.brokenFiles++; // must have been swept
    for (const f of fs.readdirSync(backupsDir)) if (f.endsWith('.tmp')) report.brokenFiles++;
  }
  return report;
}
