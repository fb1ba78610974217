import { useState } from 'react';
import { App } from 'antd';
import type { ExportedFile } from '../../api/schemas/reports';
import type { Result } from '../../api/result';
import { deliver } from './deliver';

/** Runs one export at a time, shows its progress on the button, and delivers the file. */
export function useExport() {
  const { message } = App.useApp();
  const [busy, setBusy] = useState<string | null>(null);
  async function run(key: string, make: () => Promise<Result<ExportedFile>>) {
    if (busy) return;
    setBusy(key);
    try {
      const result = await make();
      if (!result.ok) message.error(result.error.message);
      else message.success(await deliver(result.value));
    } catch (error) {
      message.error((error as Error).message);
    } finally {
      setBusy(null);
    }
  }
  return { busy, run };
}
