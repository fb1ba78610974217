// The staleness oracle (issue 32): for each write call, on a copy of the 示例数据 ledger (or of a
// street's, for the street's writes), every cached read is asked before and after the write; a read
// whose answer changed must belong to a family the write's contract entry touches (api/callSpec.ts
// `write`, api/staleness.ts), or the page showing it keeps the old answer after the write.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CALL_NAMES, contract, type CallName } from '../../../api/contract';
import type { Result } from '../../../api/result';
import { stopWarmParser } from '../../../excel/import/parseFile';
import { snapshot } from '../../support/testLedger';
import { buildBases, ledgerOf, runOn, type BaseName, type Bases, type Run } from './oracleLedgers';
import { idsOf, readCalls } from './oracleReads';
import { caseOf, type WriteCallName } from './oracleWrites';

const familyOf = (name: string) => name.slice(0, name.indexOf('.'));

/**
 * What the renderer would hold of an answer. A refusal because the app is locked is no answer:
 * the lock screen covers every page, and lock.unlock (which touches every family) asks them again.
 * Normaliser `dataDir`: each write runs in its own copy of the data folder, and app.info and
 * backups.status name that folder; it is written as <data> so a copy compares with the base.
 */
function held(result: Result<unknown>, dataDir: string): string | null {
  if (!result.ok && result.error.code === 'LOCKED') return null;
  return JSON.stringify(result).replaceAll(JSON.stringify(dataDir).slice(1, -1), '<data>');
}

type Answers = Map<string, string | null>;
const keyOf = ([name, input]: [CallName, object]) => `${name} ${JSON.stringify(input)}`;

async function answers(r: Run, calls: [CallName, object][]): Promise<Answers> {
  const out: Answers = new Map();
  for (const call of calls) out.set(keyOf(call), held(await r.started.router.handle(call[0], call[1]), r.started.info.dataDir));
  return out;
}

/** The ledger's rows, less the audit log (every write adds its own line); '' while locked. */
const rows = (r: Run) => (r.started.ctx.ledger ? JSON.stringify({ ...snapshot(r.started.ctx.ledger), audit_log: undefined }) : '');

const WRITE_NAMES = CALL_NAMES.filter((n): n is WriteCallName => contract[n].effect === 'write');

let bases: Bases;
/** The answers on an untouched copy of each base: the "before" of every write that needs no setup. */
const untouched = new Map<BaseName, { calls: [CallName, object][]; before: Answers; rows: string }>();
beforeAll(async () => {
  bases = await buildBases();
  for (const base of ['community', 'street', 'empty'] as const) {
    const r = await runOn(base, bases);
    const calls = readCalls(idsOf(ledgerOf(r.started)));
    untouched.set(base, { calls, before: await answers(r, calls), rows: rows(r) });
    r.finish();
  }
}, 180_000);
afterAll(() => stopWarmParser());

describe('what a write makes stale', () => {
  it.each(WRITE_NAMES)('%s: every read it changes is in a family it touches', async (name) => {
    const c = caseOf(name);
    const base = c.on ?? 'community';
    const r = await runOn(base, bases);
    try {
      let start = untouched.get(base)!;
      if (c.setup) {
        await c.setup(r);
        const calls = readCalls(idsOf(ledgerOf(r.started)));
        start = { calls, before: await answers(r, calls), rows: rows(r) };
      }
      const input = await c.input(r);
      const result = await r.started.router.handle(name, input);
      expect(result.ok ? 'ok' : result.error.message).toBe('ok');
      const touched: readonly string[] = contract[name].touches;
      // Only reads outside the write's families can be wrong; when no row changed (a backup, a
      // password), every read is asked to show the write did something.
      const rowsChanged = rows(r) !== start.rows;
      const asked = rowsChanged ? start.calls.filter(([n]) => !touched.includes(familyOf(n))) : start.calls;
      const after = await answers(r, asked);
      const differs = (call: [CallName, object]) => {
        const [was, is] = [start.before.get(keyOf(call)), after.get(keyOf(call))];
        return was !== null && is !== null && was !== is;
      };
      const changed = [...new Set(asked.filter(differs).map(([n]) => n))];
      expect(rowsChanged || changed.some((n) => n !== 'audit.list'), 'the write changed nothing').toBe(true);
      expect(changed.filter((n) => !touched.includes(familyOf(n)))).toEqual([]);
    } finally {
      r.finish();
    }
  });
});
