// The renderer's only door to the ledger (the transport is in transport.ts), and the
// helper that shows a failed call's message.
import { message } from 'antd';
import type { CallInput, CallName, CallOutput } from '../api/contract';
import type { CallError } from '../api/result';
import { client } from './transport';

export { client, LOCKED_EVENT } from './transport';

/** Calls and shows the error as a message; resolves to undefined when the call failed. */
export async function callOrNotify<K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K> | undefined> {
  const result = await client.call(name, input);
  if (result.ok) return result.value;
  message.error(result.error.message);
  return undefined;
}

export type { CallError };
