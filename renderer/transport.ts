// How a call reaches the ledger: the preload's window.ledgerBridge in Electron, POST
// /api/<name> in browser mode. No UI here, so the first screen's calls can start before
// antd is loaded (renderer/early.ts).
import { createClient, type Invoke } from '../api/client';
import type { Result } from '../api/result';

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
