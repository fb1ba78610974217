// The 下发文件's seal (docs/street.md "Down"): the 上报包's approach on one JSON file. `sha256` is over the canonical
// JSON of the file without it and catches damage; `signature` is an HMAC-SHA256 keyed by the community's 接入码 over
// the file without both, and catches an edit with a recomputed checksum — once the community holds its code, a file
// must be signed with that code (the first file brings the code; trust on first use).
import { createHmac, timingSafeEqual } from 'node:crypto';
import { normalizeAccessCode } from '../../api/rules/accessCode';
import type { StreetFile } from '../../api/schemas/streetPlan';
import { accessKeyId } from '../../db/street/accessCode';
import { canonicalJson, sha256Hex } from '../package/checksum';

export type StreetFileBody = Omit<StreetFile, 'sha256' | 'signature'>;

function mac(code: string, body: StreetFileBody): string {
  const { sha256: _s, signature: _g, ...rest } = body as StreetFile;
  return createHmac('sha256', normalizeAccessCode(code) ?? code)
    .update(canonicalJson(rest))
    .digest('hex');
}

/** The file's text: canonical JSON with its signature and checksum. */
export function sealStreetFile(code: string, body: StreetFileBody): string {
  const signed = { ...body, signature: { keyId: accessKeyId(code), hmac: mac(code, body) } };
  return canonicalJson({ ...signed, sha256: sha256Hex(canonicalJson(signed)) });
}

export function checksumHolds(file: StreetFile): boolean {
  const { sha256, ...rest } = file;
  return sha256Hex(canonicalJson(rest)) === sha256;
}

export function streetSignatureHolds(code: string, file: StreetFile): boolean {
  const expected = Buffer.from(mac(code, file), 'hex');
  const given = Buffer.from(file.signature.hmac, 'hex');
  return file.signature.keyId === accessKeyId(code) && given.length === expected.length && timingSafeEqual(given, expected);
}
