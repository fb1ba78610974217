// Timing the UI's calls through the host's router, shared by the bench files: each run is
// preceded by nothing, by a write elsewhere (a settings key no view reads: what memo.ts keeps
// stands, since it is dropped only when a table the view read is written), by an edit of one
// member (the members table, read by nearly every view: the view is worked out afresh, its
// parts that read no member, e.g. 首页's 双报到 totals, stay kept), or by a write of its own.
import type { Ledger } from '../db/open';
import type { Router } from '../router/router';

/** Enough that p95 is the 29th of 30 samples, not the single slowest of ten (one pause of the machine). */
export const RUNS = 30;

/** true: a write elsewhere; 'member': one member's row rewritten; a function: that write. */
export type BeforeRun = boolean | 'member' | (() => Promise<unknown>);

export function callTimer(router: Router, ledger: Ledger) {
  const db = ledger.sqlite;
  const call = async (name: string, input: object) => {
    const r = await router.handle(name, input);
    if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
    return r.value;
  };
  db.prepare("INSERT OR REPLACE INTO settings (key, value) VALUES ('bench.tick', '0')").run();
  const tick = db.prepare("UPDATE settings SET value = value + 1 WHERE key = 'bench.tick'");
  // What a 联系电话 edit writes to the members table (the same row, so the figures stay the same).
  const someone = db.prepare('SELECT max(id) FROM members').pluck().get() as number;
  const touchMember = db.prepare('UPDATE members SET phone = phone WHERE id = ?');
  /** `runs` timings of the call in ms, sorted; `before` says what is written before each. */
  const timeCall = async (name: string, input: object, before: BeforeRun, runs = RUNS) => {
    const out: number[] = [];
    for (let i = 0; i < runs; i++) {
      if (before === true) tick.run();
      else if (before === 'member') touchMember.run(someone);
      else if (before) await before();
      const t = process.hrtime.bigint();
      await call(name, input);
      out.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
    return out.sort((a, b) => a - b);
  };
  return { call, timeCall };
}
