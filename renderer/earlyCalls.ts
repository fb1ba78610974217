// The main bundle's side of early.ts: the first screen's answers, if that script ran.
import type { Result } from '../api/result';

export type Early = { result?: Result<unknown>; pending: Promise<Result<unknown>> };

export interface EarlyCalls {
  ready: Promise<void>;
  /** The answer, if in and ok, without taking it: the query's first render shows it. */
  peek(name: string, inputKey: string): unknown;
  take(name: string, inputKey: string): Early | undefined;
}

declare global {
  interface Window {
    __earlyCalls?: EarlyCalls;
  }
}

/** Resolves when the early calls have answered or stopped being waited for (at once without them). */
export const earlyReady = (): Promise<void> => window.__earlyCalls?.ready ?? Promise.resolve();

/** An early answer already in, for the first render (undefined if none, failed or taken). */
export const peekEarly = (name: string, inputKey: string): unknown => window.__earlyCalls?.peek(name, inputKey);

/** The early answer (or the call still under way) for this call and input, once. */
export const takeEarly = (name: string, inputKey: string): Early | undefined => window.__earlyCalls?.take(name, inputKey);
