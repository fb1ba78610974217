// Attachments (photos, scanned sign-in sheets) of meetings and activities. Bytes are
// stored once under their SHA-256 (the same photo attached twice costs nothing), written
// temp-then-rename so a crash never leaves half a file under the name.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Attachment, AttachmentOwner } from '../../api/schemas/reports';
import { nowStamp } from '../clock';
import { LedgerError, notFound } from '../ledgerError';
import type { Ledger } from '../open';
import { writeFileAtomic } from '../writeFileAtomic';

export const ATTACHMENT_TYPES: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.bmp': 'image/bmp',
  '.tif': 'image/tiff',
  '.tiff': 'image/tiff',
  '.pdf': 'application/pdf',
};
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;
export type AttachmentRow = Attachment;

const TABLES: Record<AttachmentOwner, { table: string; owner: string; parent: string; what: string }> = {
  meeting: { table: 'meeting_attachments', owner: 'meeting_id', parent: 'meetings', what: '会议记录' },
  activity: { table: 'activity_attachments', owner: 'activity_id', parent: 'activities', what: '活动' },
  development: { table: 'dev_attachments', owner: 'person_id', parent: 'dev_people', what: '发展党员档案' },
};

export function listAttachments(ledger: Ledger, kind: AttachmentOwner, ownerId: number): AttachmentRow[] {
  const t = TABLES[kind];
  return ledger.sqlite
    .prepare(`SELECT id, ${t.owner} AS ownerId, sha256, file_name AS fileName, size, created_at AS createdAt FROM ${t.table} WHERE ${t.owner} = ? ORDER BY id`)
    .all(ownerId) as AttachmentRow[];
}

export function attachFile(ledger: Ledger, dir: string, kind: AttachmentOwner, ownerId: number, fileName: string, bytes: Uint8Array): AttachmentRow[] {
  const t = TABLES[kind];
  const ext = path.extname(fileName).toLowerCase();
  if (!ATTACHMENT_TYPES[ext]) throw new LedgerError('VALIDATION', '附件只能是照片（jpg、png 等）或 PDF 文件', 'fileName');
  if (bytes.length === 0) throw new LedgerError('VALIDATION', '文件是空的', 'fileName');
  if (bytes.length > MAX_ATTACHMENT_BYTES) throw new LedgerError('VALIDATION', '单个附件不能超过 20 MB，请压缩后再上传', 'fileName');
  if (!ledger.sqlite.prepare(`SELECT 1 FROM ${t.parent} WHERE id = ?`).get(ownerId)) throw notFound(t.what);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const target = path.join(dir, sha256);
  if (!fs.existsSync(target)) writeFileAtomic(target, bytes);
  ledger.tx(() => {
    ledger.sqlite
      .prepare(`INSERT INTO ${t.table} (${t.owner}, sha256, file_name, size, created_at) VALUES (?, ?, ?, ?, ?)`)
      .run(ownerId, sha256, path.basename(fileName), bytes.length, nowStamp());
  });
  return listAttachments(ledger, kind, ownerId);
}

export function getAttachment(ledger: Ledger, kind: AttachmentOwner, id: number): AttachmentRow {
  const t = TABLES[kind];
  const row = ledger.sqlite
    .prepare(`SELECT id, ${t.owner} AS ownerId, sha256, file_name AS fileName, size, created_at AS createdAt FROM ${t.table} WHERE id = ?`)
    .get(id) as AttachmentRow | undefined;
  if (!row) throw notFound('附件');
  return row;
}

/** Removes the link; the bytes stay, since another record may share them and backups refer to them. */
export function detachFile(ledger: Ledger, kind: AttachmentOwner, id: number): AttachmentRow[] {
  const row = getAttachment(ledger, kind, id);
  ledger.tx(() => ledger.sqlite.prepare(`DELETE FROM ${TABLES[kind].table} WHERE id = ?`).run(id));
  return listAttachments(ledger, kind, row.ownerId);
}
