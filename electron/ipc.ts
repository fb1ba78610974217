// The one place that calls ipcMain.handle: check the sender, then hand the call to the
// same router the web host uses.
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { Result } from '../api/result';
import type { Router } from '../router/router';
import { INVOKE_CHANNEL } from './channel';

export type SenderCheck = (event: IpcMainInvokeEvent) => boolean;

export function bindRouter(ipcMain: Pick<IpcMain, 'handle'>, router: Router, isTrusted: SenderCheck): void {
  ipcMain.handle(INVOKE_CHANNEL, async (event, name: unknown, input: unknown): Promise<Result<unknown>> => {
    if (!isTrusted(event)) {
      return { ok: false, error: { code: 'INTERNAL', message: '拒绝访问：请求不是来自本程序的窗口' } };
    }
    return router.handle(name, input);
  });
}
