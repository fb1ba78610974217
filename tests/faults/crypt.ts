// The proofs of issue 22 (encryption at rest): nothing readable in the data folder, a flipped
// bit is never read as a wrong value, a password change killed at any moment leaves the old or
// the new ledger, and a backup restores with the password or the recovery code of its day.
import fs from 'node:fs';
import path from 'node:path';
import { verifyDatabaseFile } from '../../db/backups/make';
import { openDatabase } from '../../db/crypt/cipher';
import { keyFilePath } from '../../db/crypt/keyFile';
import { createMember } from '../../db/members/write';
import { openLedger } from '../../db/open';
import { createOrg } from '../../db/orgs';
import { startLedger, type StartedLedger } from '../../host/startLedger';
import type { Rng } from '../../db/sample/random';
import { memberInput, orgInput, snapshot, tempDir } from '../support/testLedger';
import { batchCsv, PASSWORDS } from './child';
import { emptyKillReport, killOnce, type KillReport, type Paths } from './kills';

const start = (paths: Paths, dataDir: string) =>
  startLedger({ dataDir, migrationsDir: paths.migrations, version: 'faults', mode: 'browser', parseWorkerPath: paths.worker });

async function call(s: StartedLedger, name: string, input: object = {}) {
  const r = await s.router.handle(name, input);
  if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
  return r.value as Record<string, unknown>;
}

/** The i-th of many members: a birth date of its own, so the ID numbers never repeat. */
const nth = (branchId: number, i: number, extra: Parameters<typeof memberInput>[1] = {}) =>
  memberInput(branchId, { name: `党员${i}`, birthDate: new Date(Date.UTC(1950, 0, 1) + i * 86_400_000).toISOString().slice(0, 10), ...extra });

function allFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? allFiles(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

/** A folder used the way an office uses it, with a password set part-way: then every byte of every file is searched. */
export async function scanProof(paths: Paths): Promise<{ files: number; bytes: number; hits: string[] }> {
  const dataDir = tempDir('dangwu-faults-scan-');
  let s = await start(paths, dataDir);
  const root = createOrg(s.ledger, orgInput('幸福里社区党委', '党委', null));
  createOrg(s.ledger, orgInput('第一网格党支部', '党支部', root.id));
  const up = await call(s, 'import.upload', { fileName: '名册.csv', data: Buffer.from(batchCsv(7)).toString('base64') });
  await call(s, 'import.commit', { uploadId: up.uploadId });
  const member = memberInput(2, { name: '欧阳秀兰', phone: '13912345678' });
  await call(s, 'members.create', member);
  await call(s, 'backups.create');
  const set = await call(s, 'lock.set', { password: 'scan-pass-1', idleMinutes: 30 });
  await call(s, 'members.update', {
    ...member,
    id: (s.ledger.sqlite.prepare("SELECT id FROM members WHERE name = '欧阳秀兰'").get() as { id: number }).id,
    phone: '13987654321',
  });
  await call(s, 'backups.create');
  await call(s, 'reports.roster', { asOf: '2026-11-24' }); // an export not downloaded: swept at the next start
  s.stop();
  s = await start(paths, dataDir);
  await call(s, 'lock.unlock', { password: 'scan-pass-1', operator: '测试' });
  await call(s, 'members.list');
  await call(s, 'lock.set', { current: 'scan-pass-1', password: 'scan-pass-2', idleMinutes: 30 });
  s.stop();
  const needles = [
    '欧阳秀兰',
    member.idNumber,
    '13912345678',
    '13987654321',
    '批7-3',
    batchCsv(7).split('\r\n')[5].split(',')[1],
    'scan-pass-1',
    'scan-pass-2',
    String(set.recoveryCode),
    'SQLite format 3',
  ];
  const hits: string[] = [];
  let bytes = 0;
  const files = allFiles(dataDir);
  for (const file of files) {
    const content = fs.readFileSync(file);
    bytes += content.length;
    for (const n of needles) {
      if (content.includes(Buffer.from(n))) hits.push(`${path.relative(dataDir, file)} 含 ${n === 'SQLite format 3' ? n : '个人信息或密码'}`);
    }
  }
  return { files: files.length, bytes, hits };
}

/** Random single-bit flips in an encrypted ledger: each open and read is right, or the file is reported damaged. */
export async function bitFlips(paths: Paths, rand: Rng, trials: number) {
  const dataDir = tempDir('dangwu-faults-flips-');
  const file = path.join(dataDir, 'ledger.sqlite');
  const ledger = openLedger({ file, migrationsDir: paths.migrations });
  const root = createOrg(ledger, orgInput('幸福里社区党委', '党委', null));
  const branch = createOrg(ledger, orgInput('第一网格党支部', '党支部', root.id));
  for (let i = 0; i < 120; i++) createMember(ledger, nth(branch.id, i, { phone: `139${String(i).padStart(8, '0')}` }), null, '2026-11-24');
  ledger.close();
  let s = await start(paths, dataDir);
  await call(s, 'lock.set', { password: 'flip-pass', idleMinutes: 30 });
  const key = s.ledger.key!;
  s.stop();
  const pristine = fs.readFileSync(file);
  const read = (f: string) => {
    const db = openDatabase(f, key, { readonly: true });
    try {
      return JSON.stringify([
        db.prepare('SELECT * FROM members ORDER BY id').all(),
        db.prepare('SELECT * FROM orgs ORDER BY id').all(),
        db.prepare('SELECT * FROM member_facts ORDER BY id').all(),
      ]);
    } finally {
      db.close();
    }
  };
  const expected = read(file);
  const flipped = path.join(dataDir, 'flipped.sqlite');
  fs.copyFileSync(keyFilePath(file), keyFilePath(flipped));
  let right = 0;
  let reported = 0;
  let wrong = 0;
  for (let t = 0; t < trials; t++) {
    const bytes = Buffer.from(pristine);
    const at = rand.int(bytes.length);
    bytes[at] ^= 1 << rand.int(8);
    fs.writeFileSync(flipped, bytes);
    // What start-up does (quick_check), then what a screen does (read everything).
    if (verifyDatabaseFile(flipped, 'quick_check', key)) {
      reported++;
      continue;
    }
    try {
      if (read(flipped) === expected) right++;
      else wrong++;
    } catch {
      reported++;
    }
  }
  // And the app's own answer to a damaged encrypted ledger: after the unlock, the recovery page
  // with the newest good backup.
  const bytes = Buffer.from(pristine);
  bytes[Math.floor(bytes.length / 2)] ^= 0x10;
  fs.writeFileSync(file, bytes);
  s = await start(paths, dataDir);
  await s.router.handle('lock.unlock', { password: 'flip-pass', operator: '测试' });
  const offered = s.info.damaged?.newestGood?.name ?? null;
  s.stop();
  return { trials, right, reported, wrong, offered };
}

/** kill -9 while the password is being changed back and forth: the ledger opens with one of the two, whole. */
export async function rekeyKills(paths: Paths, runs: number): Promise<KillReport> {
  const dataDir = tempDir('dangwu-faults-rekey-');
  const file = path.join(dataDir, 'ledger.sqlite');
  const ledger = openLedger({ file, migrationsDir: paths.migrations });
  const root = createOrg(ledger, orgInput('幸福里社区党委', '党委', null));
  const branch = createOrg(ledger, orgInput('第一网格党支部', '党支部', root.id));
  for (let i = 0; i < 200; i++) createMember(ledger, nth(branch.id, i), null, '2026-11-24');
  const before = JSON.stringify(snapshot(ledger).members);
  ledger.close();
  const first = await start(paths, dataDir);
  await call(first, 'lock.set', { password: PASSWORDS[0], idleMinutes: 30 });
  first.stop();
  const report = emptyKillReport('修改启动密码时强制结束', runs);
  for (let i = 0; i < runs; i++) {
    report.acknowledged += (await killOnce(paths, 'rekey', dataDir, 6000)).length;
    const s = await start(paths, dataDir);
    const opened = [];
    for (const password of PASSWORDS) if ((await s.router.handle('lock.unlock', { password, operator: '测试' })).ok) opened.push(password);
    if (opened.length !== 1 || s.info.damaged || !s.ledger) {
      report.integrityFailures++;
      report.notes.push(`run ${i}: opened with ${opened.length} passwords, damaged ${String(s.info.damaged?.message)}`);
      s.stop();
      continue;
    }
    if (verifyDatabaseFile(file, 'integrity_check', s.ledger.key) !== null) report.integrityFailures++;
    if (JSON.stringify(snapshot(s.ledger).members) !== before) report.lost++;
    s.stop();
    const left = fs.readdirSync(dataDir).filter((f) => f.endsWith('.next') || f.endsWith('.switch') || f.endsWith('.tmp') || f.endsWith('.next.key'));
    report.partial += left.length;
  }
  return report;
}

/** Backup → password changed → restart → restore, with the old password and with the old recovery code. */
export async function cryptRoundTrip(paths: Paths) {
  const dataDir = tempDir('dangwu-faults-cryptrt-');
  let s = await start(paths, dataDir);
  const root = createOrg(s.ledger, orgInput('幸福里社区党委', '党委', null));
  const branch = createOrg(s.ledger, orgInput('第一网格党支部', '党支部', root.id));
  for (let i = 0; i < 30; i++) createMember(s.ledger, nth(branch.id, i), null, '2026-11-24');
  const set = await call(s, 'lock.set', { password: 'rt-old-pass', idleMinutes: 30 });
  const made = (await call(s, 'backups.create')) as unknown as { files: { name: string; reason: string }[] };
  const name = made.files.find((f) => f.reason === '手动备份')!.name;
  const content = () => JSON.stringify({ ...snapshot(s.ledger), audit_log: undefined });
  const before = content();
  await call(s, 'lock.set', { current: 'rt-old-pass', password: 'rt-new-pass', idleMinutes: 30 });
  createMember(s.ledger, nth(branch.id, 999, { name: '恢复后应消失' }), null, '2026-11-24');
  s.stop();
  const results: Record<string, boolean> = {};
  for (const [label, secret] of [
    ['启动密码', 'rt-old-pass'],
    ['恢复码', String(set.recoveryCode)],
  ] as const) {
    s = await start(paths, dataDir);
    await call(s, 'lock.unlock', { password: 'rt-new-pass', operator: '测试' });
    await call(s, 'backups.restore', { name, secret });
    results[label] = content() === before && verifyDatabaseFile(s.info.databaseFile, 'integrity_check', s.ledger.key) === null;
    createMember(s.ledger, nth(branch.id, 999, { name: '恢复后应消失' }), null, '2026-11-24');
    s.stop();
  }
  // The restored ledger kept today's password.
  s = await start(paths, dataDir);
  const stillNew = (await s.router.handle('lock.unlock', { password: 'rt-new-pass', operator: '测试' })).ok;
  s.stop();
  return { withPassword: results['启动密码'], withRecoveryCode: results['恢复码'], stillNew };
}
