// Attachments are stored once under their SHA-256 (the same photo attached twice costs
// nothing), written temp-then-rename so a crash never leaves half a file under the name.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { nowStamp } from '../clock';
import { LedgerError, notFound } from '../ledgerError';
import type { Ledger } from '../open';
import { meetingAttachments, meetings } from '../schema';
import { writeFileAtomic } from '../writeFileAtomic';
import type { Attachment } from '../../api/schemas/reports';

export const ATTACHMENT_TYPES: Record<string, string> = {
  '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.png': 'image/png', '.gif': 'image/gif', '.webp': 'image/webp',
  '.bmp': 'image/bmp', '.tif': 'image/tiff', '.tiff': 'image/tiff', '.pdf': 'application/pdf',
};
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

export type AttachmentRow = Attachment;

export function listAttachments(ledger: Ledger, meetingId: number): AttachmentRow[] {
  return ledger.db.select().from(meetingAttachments).where(eq(meetingAttachments.meetingId, meetingId)).orderBy(meetingAttachments.id).all();
}

export function attachFile(ledger: Ledger, dir: string, meetingId: number, fileName: string, bytes: Uint8Array): AttachmentRow[] {
  const ext = path.extname(fileName).toLowerCase();
  if (!ATTACHMENT_TYPES[ext]) throw new LedgerError('VALIDATION', '附件只能是照片（jpg、png 等）或 PDF 文件', 'fileName');
  if (bytes.length === 0) throw new LedgerError('VALIDATION', '文件是空的', 'fileName');
  if (bytes.length > MAX_ATTACHMENT_BYTES) throw new LedgerError('VALIDATION', '单个附件不能超过 20 MB，请压缩后再上传', 'fileName');
  const found = ledger.db.select({ id: meetings.id }).from(meetings).where(eq(meetings.id, meetingId)).get();
  if (!found) throw notFound('会议记录');
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const target = path.join(dir, sha256);
  if (!fs.existsSync(target)) writeFileAtomic(target, bytes);
  ledger.tx(() => {
    ledger.db.insert(meetingAttachments).values({ meetingId, sha256, fileName: path.basename(fileName), size: bytes.length, createdAt: nowStamp() }).run();
  });
  return listAttachments(ledger, meetingId);
}

export function getAttachment(ledger: Ledger, id: number): AttachmentRow {
  const row = ledger.db.select().from(meetingAttachments).where(eq(meetingAttachments.id, id)).get();
  if (!row) throw notFound('附件');
  return row;
}

/** Removes the link; the bytes stay, since another record may share them and backups refer to them. */
export function detachFile(ledger: Ledger, id: number): AttachmentRow[] {
  const row = getAttachment(ledger, id);
  ledger.tx(() => ledger.db.delete(meetingAttachments).where(eq(meetingAttachments.id, id)).run());
  return listAttachments(ledger, row.meetingId);
}
