import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from '../router/context';

/** Appends to <dataDir>/logs/app.log; stacks go here, never to the UI. */
export function fileLogger(dataDir: string): Logger {
  const dir = path.join(dataDir, 'logs');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'app.log');
  return (message, error) => {
    const detail = error instanceof Error ? `\n${error.stack ?? error.message}` : error === undefined ? '' : `\n${String(error)}`;
    try {
      fs.appendFileSync(file, `${new Date().toISOString()} ${message}${detail}\n`);
    } catch {
      // The log is best effort: a full disk must not turn a refusal into a crash.
    }
  };
}
