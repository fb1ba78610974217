// Runs sandboxed in the window. Exposes one function, for declared calls only.
import { contextBridge, ipcRenderer } from 'electron';
import { CALL_NAMES } from '../api/contract';
import type { Result } from '../api/result';
import { INVOKE_CHANNEL } from './channel';

const declared = new Set<string>(CALL_NAMES);

export const bridge = {
  invoke(name: string, input: unknown): Promise<Result<unknown>> {
    if (!declared.has(name)) {
      return Promise.resolve({ ok: false, error: { code: 'UNKNOWN_CALL', message: '界面请求了一个不存在的操作，请重新启动程序' } });
    }
    return ipcRenderer.invoke(INVOKE_CHANNEL, name, input);
  },
};

contextBridge.exposeInMainWorld('ledgerBridge', bridge);
