// Timing the UI's calls through the host's router, shared by the bench files: each run is
// preceded by nothing, by a write that changes nothing a view shows (it moves the ledger's
// change counter, so what memo.ts keeps is worked out afresh), or by a write the view depends on.
import type { Ledger } from '../db/open';
import type { Router } from '../router/router';

/** Enough that p95 is the 29th of 30 samples, not the single slowest of ten (one pause of the machine). */
export const RUNS = 30;

export type BeforeRun = boolean | (() => Promise<unknown>);

export function callTimer(router: Router, ledger: Ledger) {
  const db = ledger.sqlite;
  const call = async (name: string, input: object) => {
    const r = await router.handle(name, input);
    if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
    return r.value;
  };
  db.prepare("INSERT OR REPLACE INTO settings (key, value) VALUES ('bench.tick', '0')").run();
  const tick = db.prepare("UPDATE settings SET value = value + 1 WHERE key = 'bench.tick'");
  /** `runs` timings of the call in ms, sorted; `before` true: an unrelated write before each. */
  const timeCall = async (name: string, input: object, before: BeforeRun, runs = RUNS) => {
    const out: number[] = [];
    for (let i = 0; i < runs; i++) {
      if (before === true) tick.run();
      else if (before) await before();
      const t = process.hrtime.bigint();
      await call(name, input);
      out.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
    return out.sort((a, b) => a - b);
  };
  return { call, timeCall };
}
