// The renderer's typed view of the contract. The transport (Electron IPC or HTTP) is
// injected, so pages never know which one they run on.
import type { CallInput, CallName, CallOutput } from './contract';
import type { Result } from './result';

export type Invoke = (name: string, input: unknown) => Promise<Result<unknown>>;

export interface LedgerClient {
  call<K extends CallName>(name: K, input: CallInput<K>): Promise<Result<CallOutput<K>>>;
}

export function createClient(invoke: Invoke): LedgerClient {
  return {
    async call(name, input) {
      try {
        return (await invoke(name, input)) as never;
      } catch {
        return { ok: false, error: { code: 'INTERNAL', message: '无法连接到台账服务，请确认程序仍在运行后重试' } };
      }
    },
  };
}
