// The kept-answers oracle: what the host keeps in memory (db/memo.ts keeps a view until a table it
// read is written; db/tableChanges.ts, db/dues/owed.ts, paidGrid.ts and street/live.ts keep parts)
// must never answer with yesterday's figure. For each write call, on a copy of the 示例数据 ledger
// (or a street's), every cached read is asked before the write, so what can be kept is kept; after
// the write every read is asked again, and each answer must equal the one an app started afresh on
// the same file gives, with nothing kept.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CALL_NAMES, contract, type CallName } from '../../../api/contract';
import type { Result } from '../../../api/result';
import type { StartedLedger } from '../../../host/startLedger';
import { stopWarmParser } from '../../../excel/import/parseFile';
import { buildBases, ledgerOf, runOn, startOn, type Bases } from './oracleLedgers';
import { idsOf, readCalls } from './oracleReads';
import { caseOf, type WriteCallName } from './oracleWrites';

/** An answer as the renderer would hold it; the data folder named the same in both apps. */
function held(result: Result<unknown>, dataDir: string): string {
  return JSON.stringify(result).replaceAll(JSON.stringify(dataDir).slice(1, -1), '<data>');
}

async function answers(started: StartedLedger, calls: [CallName, object][]): Promise<string[]> {
  const out: string[] = [];
  for (const [name, input] of calls) out.push(held(await started.router.handle(name, input), started.info.dataDir));
  return out;
}

const WRITE_NAMES = CALL_NAMES.filter((n): n is WriteCallName => contract[n].effect === 'write');

let bases: Bases;
beforeAll(async () => {
  bases = await buildBases();
}, 180_000);
afterAll(() => stopWarmParser());

describe('what the host keeps after a write', () => {
  it.each(WRITE_NAMES)('%s: every read answers as an app started afresh on the file', async (name) => {
    const c = caseOf(name);
    const r = await runOn(c.on ?? 'community', bases);
    let fresh: StartedLedger | null = null;
    try {
      if (c.setup) await c.setup(r);
      const input = await c.input(r);
      const calls = readCalls(idsOf(ledgerOf(r.started)));
      await answers(r.started, calls);
      const result = await r.started.router.handle(name, input);
      expect(result.ok ? 'ok' : result.error.message).toBe('ok');
      // A write that locks the app (lock.lockNow, lock.set) leaves nothing to read from memory.
      if (!r.started.ctx.ledger) return;
      const kept = await answers(r.started, calls);
      // The same file, read by a second app with nothing kept (reads only: the first one's
      // data_version does not move, so nothing it keeps is dropped for that reason).
      fresh = await startOn(r.started.info.dataDir);
      fresh.ctx.today = r.started.ctx.today;
      if (!fresh.ctx.ledger) return;
      const afresh = await answers(fresh, calls);
      const stale = calls.filter((_, i) => kept[i] !== afresh[i]).map(([n, input]) => `${n} ${JSON.stringify(input)}`);
      expect(stale).toEqual([]);
    } finally {
      fresh?.ctx.ledger?.close();
      r.finish();
    }
  });
});
