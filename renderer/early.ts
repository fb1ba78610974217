// The first screen's calls, started by a small script of their own (built apart, loaded
// before the main bundle: scripts/build.mjs) while React and antd load and evaluate (about
// 0.4 s on a slow office PC), so the shell and 首页 render once, with their data, instead of
// a skeleton that is drawn, laid out and replaced. The main bundle reads the answers through
// earlyCalls.ts. Each is taken once, by the first useCall that asks for it; a failed one is
// dropped (the app may be locked: the page asks again once it is open).
import type { Result } from '../api/result';
import type { Early, EarlyCalls } from './earlyCalls';
import { readRoute } from './route';
import { client } from './transport';

const SHELL_CALLS = ['settings.get', 'app.info', 'lock.status'] as const;
const PAGE_CALLS: Record<string, readonly string[]> = { home: ['home.reminders', 'home.figures'] };
/** The first render waits this long at most for them; later answers still reach the page. */
const WAIT_MS = 300;

const early = new Map<string, Early>();
const keyOf = (name: string, inputKey: string) => `${name} ${inputKey}`;

for (const name of [...SHELL_CALLS, ...(PAGE_CALLS[readRoute().page] ?? [])]) {
  const entry: Early = { pending: client.call(name as never, {} as never) as Promise<Result<unknown>> };
  entry.pending.then((r) => (entry.result = r));
  early.set(keyOf(name, '{}'), entry);
}

/** Resolves when every early call has answered, or after WAIT_MS. */
const ready: Promise<void> = Promise.race([Promise.all([...early.values()].map((e) => e.pending)).then(() => undefined), new Promise<void>((r) => setTimeout(r, WAIT_MS))]);

function take(name: string, inputKey: string): Early | undefined {
  const key = keyOf(name, inputKey);
  const entry = early.get(key);
  early.delete(key);
  if (entry?.result && !entry.result.ok) return undefined;
  return entry;
}

window.__earlyCalls = { ready, take } satisfies EarlyCalls;
