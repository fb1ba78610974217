import { useCallback, useEffect, useRef, useState } from 'react';
import type { CallInput, CallName, CallOutput } from '../api/contract';
import type { CallError, Result } from '../api/result';
import { takeEarly } from './earlyCalls';
import { client } from './transport';

export interface CallState<T> {
  data: T | undefined;
  error: CallError | undefined;
  loading: boolean;
  reload: () => void;
}

/** Loads a call's result and reloads when `input` changes (compared by value). */
export function useCall<K extends CallName>(name: K, input: CallInput<K>): CallState<CallOutput<K>> {
  const key = JSON.stringify(input);
  // A first-screen call started by early.ts: its answer, if in, is the first render's data.
  const early = useRef<ReturnType<typeof takeEarly> | null>(null);
  if (early.current === null) early.current = takeEarly(name, key);
  const [state, setState] = useState<{ data?: CallOutput<K>; error?: CallError; loading: boolean }>(() =>
    early.current?.result?.ok ? { data: early.current.result.value as CallOutput<K>, loading: false } : { loading: true },
  );
  const [tick, setTick] = useState(0);
  const latest = useRef(0);

  useEffect(() => {
    const taken = early.current;
    early.current = undefined;
    if (taken?.result?.ok) return;
    const ticket = ++latest.current;
    setState((s) => ({ ...s, loading: true }));
    const request = taken ? (taken.pending as Promise<Result<CallOutput<K>>>) : client.call(name, JSON.parse(key));
    request.then((result) => {
      if (ticket !== latest.current) return; // a newer request superseded this one
      setState(result.ok ? { data: result.value, loading: false } : { error: result.error, loading: false });
    });
  }, [name, key, tick]);

  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { data: state.data, error: state.error, loading: state.loading, reload };
}
