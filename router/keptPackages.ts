// A copy of every 上报包 stays in the data folder (exports/上报包/): the file handed to the save
// dialog or the download may be lost on a USB stick, and the secretary is asked for it again.
// The rest of exports/ is swept at start (host/startLedger.ts); this folder is not.
import fs from 'node:fs';
import path from 'node:path';
import type { ExportedFile } from '../api/schemas/reports';
import type { PackageMade } from '../api/contract/reportPackage';
import { copyFileAtomic } from '../db/writeFileAtomic';

/** The folder under exports/ that is kept. */
export const KEPT_PACKAGES_DIR = '上报包';

export function keepPackage(exportsDir: string, made: ExportedFile): PackageMade {
  const dir = path.join(exportsDir, KEPT_PACKAGES_DIR);
  fs.mkdirSync(dir, { recursive: true });
  const keptPath = path.join(dir, made.fileName);
  copyFileAtomic(path.join(exportsDir, made.fileName), keptPath);
  return { ...made, keptPath };
}
