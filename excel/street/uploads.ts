// Package files wait here between street.upload and preview/import (the user looks at the
// preview, then imports). Kept in memory: a restart asks for the files again. A street takes
// up to 30 communities' files at once, so more are kept than excel/import/uploads.ts keeps.
import { randomUUID } from 'node:crypto';
import type { StreetUpload } from '../../api/schemas/street';

interface Upload {
  fileName: string;
  bytes: Buffer;
}

const MAX_KEPT = 200;
const MAX_BYTES = 400 * 1024 * 1024;
const uploads = new Map<string, Upload>();

export function keepPackageUpload(fileName: string, base64: string): StreetUpload {
  const bytes = Buffer.from(base64, 'base64');
  const uploadId = randomUUID();
  uploads.set(uploadId, { fileName: fileName.split(/[\\/]/).pop() ?? fileName, bytes });
  let kept = [...uploads.values()].reduce((s, u) => s + u.bytes.length, 0);
  while (uploads.size > MAX_KEPT || kept > MAX_BYTES) {
    const oldest = uploads.keys().next().value as string;
    kept -= uploads.get(oldest)!.bytes.length;
    uploads.delete(oldest);
  }
  return { uploadId, fileName, bytes: bytes.length };
}

export function findPackageUpload(id: string): Upload | undefined {
  return uploads.get(id);
}
