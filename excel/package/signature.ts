// The 接入码 signature of a 上报包 (issue 31; docs/package.md "Signature"). The street gives each
// community a 接入码 once; the community types it into 系统设置; every package then carries an
// HMAC-SHA256 keyed by it over the canonical manifest, which already lists every file's SHA-256,
// so one small HMAC covers every byte of content without a second pass over the files. A file
// edited and re-checksummed by hand fails it: whoever edits it does not know the code.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { normalizeAccessCode } from '../../api/rules/accessCode';
import type { PackageManifest } from '../../api/schemas/reportPackage';
import { accessKeyId } from '../../db/street/accessCode';
import { canonicalJson } from './checksum';

type Unsigned = Omit<PackageManifest, 'sha256' | 'signature'> & { sha256?: string; signature?: unknown };

function mac(code: string, manifest: Unsigned): string {
  const { sha256: _s, signature: _g, ...body } = manifest;
  return createHmac('sha256', normalizeAccessCode(code) ?? code)
    .update(canonicalJson(body))
    .digest('hex');
}

export function signManifest(code: string, manifest: Unsigned): NonNullable<PackageManifest['signature']> {
  return { keyId: accessKeyId(code), hmac: mac(code, manifest) };
}

/** Whether the manifest's signature was made with this code over this very manifest. */
export function signatureHolds(code: string, manifest: PackageManifest): boolean {
  if (!manifest.signature) return false;
  const expected = Buffer.from(mac(code, manifest), 'hex');
  const given = Buffer.from(manifest.signature.hmac, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
