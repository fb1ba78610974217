// Hands an export to the user: the desktop app asks where to save a copy; the browser
// downloads it from the host (GET /exports/<name>, same token rules as everything else).
import fs from 'node:fs';
import path from 'node:path';
import type { Delivery } from '../api/schemas/reports';
import { writeFileAtomic } from '../excel/form/writeAtomic';
import { notFound } from '../db/ledgerError';
import type { RouterContext } from './handlers';

export async function deliverExport(ctx: RouterContext, fileName: string): Promise<Delivery> {
  const source = path.join(ctx.exportsDir, fileName);
  if (!fs.existsSync(source)) throw notFound('导出文件');
  if (!ctx.chooseSavePath) return { kind: 'download', url: `/exports/${encodeURIComponent(fileName)}` };
  const target = await ctx.chooseSavePath(fileName);
  if (!target) return { kind: 'cancelled' };
  writeFileAtomic(target, fs.readFileSync(source));
  return { kind: 'saved', path: target };
}
