// The renderer's only door to the ledger. In Electron the preload provides
// window.ledgerBridge; in browser mode the same calls go to POST /api/<name>.
import { message } from 'antd';
import { createClient, type Invoke } from '../api/client';
import type { CallInput, CallName, CallOutput } from '../api/contract';
import type { CallError, Result } from '../api/result';

declare global {
  interface Window {
    ledgerBridge?: { invoke: Invoke };
  }
}

const httpInvoke: Invoke = async (name, input) => {
  const response = await fetch(`/api/${name}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(input ?? {}),
    credentials: 'same-origin',
  });
  if (response.status === 401) {
    return { ok: false, error: { code: 'INTERNAL', message: '登录凭据已失效：请使用启动窗口中显示的完整地址重新打开本程序' } };
  }
  return (await response.json()) as Result<unknown>;
};

/** Any call that finds the app locked tells the shell to show the lock screen. */
export const LOCKED_EVENT = 'ledger-locked';
const invoke: Invoke = async (name, input) => {
  const result = await (window.ledgerBridge ? window.ledgerBridge.invoke(name, input) : httpInvoke(name, input));
  if (!result.ok && result.error.code === 'LOCKED') window.dispatchEvent(new Event(LOCKED_EVENT));
  return result;
};
export const client = createClient(invoke);

/** Calls and shows the error as a message; resolves to undefined when the call failed. */
export async function callOrNotify<K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K> | undefined> {
  const result = await client.call(name, input);
  if (result.ok) return result.value;
  message.error(result.error.message);
  return undefined;
}

export type { CallError };
