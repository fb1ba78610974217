// Hands an export to the user: the desktop app asks where to save a copy; the browser
// downloads it from the host (GET /exports/<name>, same token rules as everything else).
// A workbook holds personal data in the clear, so it leaves the exports folder once delivered
// (the browser host removes it after the download); startLedger sweeps what was never delivered.
import fs from 'node:fs';
import path from 'node:path';
import type { AttachmentOwner, Delivery } from '../api/schemas/reports';
import { copyFileAtomic } from '../db/writeFileAtomic';
import { notFound } from '../db/ledgerError';
import type { HandlerContext, RouterContext } from './context';
import { getAttachment } from '../db/meetings/attachments';

export async function deliverExport(ctx: RouterContext, fileName: string): Promise<Delivery> {
  const source = path.join(ctx.exportsDir, fileName);
  if (!fs.existsSync(source)) throw notFound('导出文件');
  if (!ctx.chooseSavePath) return { kind: 'download', url: `/exports/${encodeURIComponent(fileName)}` };
  const target = await ctx.chooseSavePath(fileName);
  if (!target) return { kind: 'cancelled' };
  copyFileAtomic(source, target);
  fs.rmSync(source, { force: true });
  return { kind: 'saved', path: target };
}

/** Desktop: the system viewer opens it. Browser: the host serves it by hash. */
export async function openAttachment(ctx: HandlerContext, kind: AttachmentOwner, id: number): Promise<Delivery> {
  const row = getAttachment(ctx.ledger, kind, id);
  const file = path.join(ctx.attachmentsDir, row.sha256);
  if (!fs.existsSync(file)) throw notFound('附件文件（数据文件夹中的附件可能被移走了）');
  if (ctx.openFile) {
    await ctx.openFile(file, row.fileName);
    return { kind: 'opened' };
  }
  return { kind: 'download', url: `/attachments/${row.sha256}?name=${encodeURIComponent(row.fileName)}` };
}
