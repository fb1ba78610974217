import { useCallback, useEffect, useRef, useState } from 'react';
import type { CallInput, CallName, CallOutput } from '../api/contract';
import type { CallError } from '../api/result';
import { client } from './api';

export interface CallState<T> {
  data: T | undefined;
  error: CallError | undefined;
  loading: boolean;
  reload: () => void;
}

/** Loads a call's result and reloads when `input` changes (compared by value). */
export function useCall<K extends CallName>(name: K, input: CallInput<K>): CallState<CallOutput<K>> {
  const key = JSON.stringify(input);
  const [state, setState] = useState<{ data?: CallOutput<K>; error?: CallError; loading: boolean }>({ loading: true });
  const [tick, setTick] = useState(0);
  const latest = useRef(0);

  useEffect(() => {
    const ticket = ++latest.current;
    setState((s) => ({ ...s, loading: true }));
    client.call(name, JSON.parse(key)).then((result) => {
      if (ticket !== latest.current) return; // a newer request superseded this one
      setState(result.ok ? { data: result.value, loading: false } : { error: result.error, loading: false });
    });
  }, [name, key, tick]);

  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { data: state.data, error: state.error, loading: state.loading, reload };
}
