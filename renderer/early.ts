// The first screen's calls, started by a small script of their own (built apart, loaded
// before the main bundle: scripts/build.mjs) while React and antd load and evaluate (about
// 0.4 s on a slow office PC), so the shell and 首页 render once, with their data, instead of
// a skeleton that is drawn, laid out and replaced. The main bundle reads the answers through
// earlyCalls.ts: an answer already in is the query's first data (peek), and the query's first
// fetch takes the answer or the call still under way (take), once; a failed one is dropped
// (the app may be locked: the page asks again once it is open).
import type { Result } from '../api/result';
import type { Early, EarlyCalls } from './earlyCalls';
import { readRoute } from './route';
import { client } from './transport';

/** Calls whose input is empty ({}), asked as the shell and 首页 will ask them. */
type EmptyCall = 'settings.get' | 'app.info' | 'lock.status' | 'street.kind' | 'home.reminders' | 'home.figures';
// street.kind picks the menu (社区 or 街道): asked early, a street ledger opens on its own menu.
const SHELL_CALLS: readonly EmptyCall[] = ['settings.get', 'app.info', 'lock.status', 'street.kind'];
const PAGE_CALLS: Record<string, readonly EmptyCall[]> = { home: ['home.reminders', 'home.figures'] };
/** The first render waits this long at most for them; later answers still reach the page. */
const WAIT_MS = 300;

const early = new Map<string, Early>();
const keyOf = (name: string, inputKey: string) => `${name} ${inputKey}`;

for (const name of [...SHELL_CALLS, ...(PAGE_CALLS[readRoute().page] ?? [])]) {
  const entry: Early = { pending: client.call(name, {}) as Promise<Result<unknown>> };
  void entry.pending.then((r) => (entry.result = r));
  early.set(keyOf(name, '{}'), entry);
}

/** Resolves when every early call has answered, or after WAIT_MS. */
const ready: Promise<void> = Promise.race([
  Promise.all([...early.values()].map((e) => e.pending)).then(() => undefined),
  new Promise<void>((r) => setTimeout(r, WAIT_MS)),
]);

function take(name: string, inputKey: string): Early | undefined {
  const key = keyOf(name, inputKey);
  const entry = early.get(key);
  early.delete(key);
  if (entry?.result && !entry.result.ok) return undefined;
  return entry;
}

function peek(name: string, inputKey: string): unknown {
  const result = early.get(keyOf(name, inputKey))?.result;
  return result?.ok ? result.value : undefined;
}

window.__earlyCalls = { ready, peek, take } satisfies EarlyCalls;
