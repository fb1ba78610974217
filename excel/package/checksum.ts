// The checksums of a 上报包: SHA-256 of each file, and of the manifest in a canonical form so
// the community that writes it and the street that reads it hash exactly the same bytes.
import { createHash } from 'node:crypto';
import type { PackageManifest } from '../../api/schemas/reportPackage';

export const sha256Hex = (bytes: Uint8Array | string): string => createHash('sha256').update(bytes).digest('hex');

/** JSON with every object's keys sorted and no whitespace: one text per value, whoever writes it. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The manifest's own checksum: over every field but `sha256`. */
export function manifestSha256(manifest: Omit<PackageManifest, 'sha256'> & { sha256?: string }): string {
  const { sha256: _ignored, ...rest } = manifest;
  return sha256Hex(canonicalJson(rest));
}
