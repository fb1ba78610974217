// The ledgers the staleness oracle runs each write on: the 示例数据 community (loaded through the
// router, so sample.remove has its backup), a street that imported two communities' 上报包, and an
// empty one. Each is built once into a data folder; a write runs on a copy of the folder, started
// as the app starts it (host/startLedger: vault, backups, the daily copy), with the calendar pinned.
import fs from 'node:fs';
import path from 'node:path';
import type { CallInput, CallName, CallOutput } from '../../../api/contract';
import type { Ledger } from '../../../db/open';
import { scaleFor, seedLedger } from '../../../db/sample/generate';
import { getSettings, saveSettings } from '../../../db/settings';
import { writePackage } from '../../../excel/package/write';
import { startLedger, type StartedLedger } from '../../../host/startLedger';
import { memoryLedger, MIGRATIONS_DIR, PARSE_WORKER, tempDir } from '../../support/testLedger';

/** The day every oracle ledger lives on: the sample's story (转正 due, 流出 not contacted) is dated from it. */
export const ORACLE_TODAY = '2026-11-24';
export const YEAR = 2026;

export type BaseName = 'community' | 'street' | 'empty';

export interface Bases {
  dirs: Record<BaseName, string>;
  /** Two communities' year packages (another seed than the sample's): what the street imports. */
  packages: { fileName: string; bytes: Buffer }[];
  /** A third community's package the street has not imported yet. */
  newPackage: { fileName: string; bytes: Buffer };
  /** The street's 下发文件 for the sample community (幸福里社区), which the community imports. */
  downFile: { fileName: string; bytes: Buffer };
}

/** Starts the app on a folder, with the calendar pinned to ORACLE_TODAY and a folder chooser that answers. */
export async function startOn(dataDir: string): Promise<StartedLedger> {
  const started = await startLedger({
    dataDir,
    migrationsDir: MIGRATIONS_DIR,
    version: 'test',
    mode: 'browser',
    parseWorkerPath: PARSE_WORKER,
    chooseFolder: () => Promise.resolve(tempDir('dangwu-oracle-usb-')),
    chooseSavePath: (name) => Promise.resolve(path.join(tempDir('dangwu-oracle-save-'), name)),
    openFile: () => Promise.resolve(),
    now: () => new Date(`${ORACLE_TODAY}T09:00:00`),
  });
  started.ctx.today = () => ORACLE_TODAY;
  return started;
}

/** A fresh copy of a base folder: files are small (the sample is ~1 MB), a copy takes milliseconds. */
export function copyOf(dir: string): string {
  const to = tempDir('dangwu-oracle-run-');
  fs.cpSync(dir, to, { recursive: true });
  return to;
}

/** The open ledger (null only while the start password seals it, which no oracle step reads through). */
export function ledgerOf(started: StartedLedger): Ledger {
  if (!started.ctx.ledger) throw new Error('the ledger is sealed');
  return started.ctx.ledger;
}

async function must(started: StartedLedger, name: string, input: object): Promise<unknown> {
  const r = await started.router.handle(name, input);
  if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
  return r.value;
}

function seededCommunity(name: string, seed: number): Ledger {
  const ledger = memoryLedger();
  seedLedger(ledger, scaleFor('sample', ORACLE_TODAY), ORACLE_TODAY, seed);
  saveSettings(ledger, { ...getSettings(ledger), communityName: name, streetName: '幸福街道', preparer: '王芳', reviewer: '刘明', phone: '010-12345678' });
  return ledger;
}

async function packageOf(ledger: Ledger): Promise<{ fileName: string; bytes: Buffer }> {
  const dir = tempDir('dangwu-oracle-pkg-');
  const file = await writePackage(ledger, dir, { year: YEAR, quarter: null }, ORACLE_TODAY, { appVersion: 'test', fullIdNumbers: false });
  return { fileName: file.fileName, bytes: fs.readFileSync(path.join(dir, file.fileName)) };
}

export async function buildBases(): Promise<Bases> {
  const dirs = { community: tempDir('dangwu-oracle-community-'), street: tempDir('dangwu-oracle-street-'), empty: tempDir('dangwu-oracle-empty-') };
  const empty = await startOn(dirs.empty);
  empty.stop();

  const community = await startOn(dirs.community);
  await must(community, 'sample.load', {});
  await must(community, 'settings.save', {
    ...getSettings(ledgerOf(community)),
    streetName: '幸福街道',
    preparer: '王芳',
    reviewer: '刘明',
    phone: '010-12345678',
  });
  community.stop();

  const packages = [await packageOf(seededCommunity('和平社区', 22)), await packageOf(seededCommunity('光明社区', 33))];
  const street = await startOn(dirs.street);
  await must(street, 'street.setKind', { kind: '街道' });
  await must(street, 'settings.save', { ...getSettings(ledgerOf(street)), streetName: '幸福街道', preparer: '张华', reviewer: '李强', phone: '010-87654321' });
  const files: string[] = [];
  for (const f of packages)
    files.push(((await must(street, 'street.upload', { fileName: f.fileName, data: f.bytes.toString('base64') })) as { uploadId: string }).uploadId);
  await must(street, 'street.importPackages', { files });
  await must(street, 'street.addCommunity', { name: '光荣社区', contact: '赵敏', phone: null, note: null });
  // A copy of the street that knows the sample community, to make its 下发文件 (the base stays without it).
  street.stop();
  const forDown = await startOn(copyOf(dirs.street));
  const sample = (await must(forDown, 'street.addCommunity', { name: '幸福里社区', contact: null, phone: null, note: null })) as { id: number };
  await must(forDown, 'street.setQuota', { communityId: sample.id, year: YEAR, applied: 4, activists: 3, candidates: 2, admitted: 1 });
  const down = (await must(forDown, 'street.exportDownFile', { year: YEAR, communityId: sample.id })) as { fileName: string };
  const downFile = { fileName: down.fileName, bytes: fs.readFileSync(path.join(forDown.exportsDir, down.fileName)) };
  forDown.stop();
  return { dirs, packages, newPackage: await packageOf(seededCommunity('和谐社区', 44)), downFile };
}

/** One write's ledger: the app started on a copy of a base, and what its inputs are made from. */
export interface Run {
  started: StartedLedger;
  bases: Bases;
  /** Closes the ledger and removes the copy. */
  finish(): void;
  /** A call that must succeed: its answer, typed by the contract. */
  call<K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K>>;
  /** One row of a query on the ledger (to pick a record the sample holds). */
  row<T = Record<string, unknown>>(sql: string, ...params: unknown[]): T;
  /** A statement run straight on the file: only to set up a state no call makes (said where used). */
  run(sql: string): Promise<void>;
  /** The `id` of the query's first row. */
  id(sql: string, ...params: unknown[]): number;
  /** Uploads a file as the renderer does (street.upload / import.upload hold it for the next call). */
  upload(name: 'street.upload' | 'import.upload', fileName: string, bytes: Buffer): Promise<string>;
}

export async function runOn(base: BaseName, bases: Bases): Promise<Run> {
  const dir = copyOf(bases.dirs[base]);
  const started = await startOn(dir);
  const call = async <K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K>> => {
    const r = await started.router.handle(name, input);
    if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
    return r.value as CallOutput<K>;
  };
  const row = <T>(sql: string, ...params: unknown[]): T => {
    const found = ledgerOf(started)
      .sqlite.prepare(sql)
      .get(...params) as T | undefined;
    if (found === undefined) throw new Error(`no row: ${sql}`);
    return found;
  };
  return {
    started,
    bases,
    // Not started.stop(): that also stops the warm import worker, and starting one again for each
    // write took a third of the oracle's time. The copy goes; the worker stops once, at the end.
    finish: () => {
      started.ctx.ledger?.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
    call,
    row,
    id: (sql, ...params) => row<{ id: number }>(sql, ...params).id,
    run: (sql) => Promise.resolve(void ledgerOf(started).sqlite.prepare(sql).run()),
    upload: async (name, fileName, bytes) => ((await call(name, { fileName, data: bytes.toString('base64') })) as { uploadId: string }).uploadId,
  };
}
