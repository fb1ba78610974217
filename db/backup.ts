import fs from 'node:fs';
import path from 'node:path';
import type { Ledger } from './open';

function stamp(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}${p(now.getMonth() + 1)}${p(now.getDate())}-${p(now.getHours())}${p(now.getMinutes())}${p(now.getSeconds())}`;
}

/** A consistent copy of the ledger (VACUUM INTO), named for why it was made. Null for :memory:. */
export function backupLedger(ledger: Ledger, backupsDir: string, reason: string): string | null {
  if (ledger.file === ':memory:') return null;
  fs.mkdirSync(backupsDir, { recursive: true });
  let target = path.join(backupsDir, `${reason}-${stamp()}.sqlite`);
  for (let n = 2; fs.existsSync(target); n++) target = path.join(backupsDir, `${reason}-${stamp()}-${n}.sqlite`);
  ledger.sqlite.prepare('VACUUM INTO ?').run(target);
  return target;
}
