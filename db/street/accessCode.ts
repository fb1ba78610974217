// Making and naming 接入码 (issue 31). The street keeps each community's code; a package names the
// code it was signed with by a key id (a hash of the code), so the street finds which code to
// check without the package revealing it. The signing itself is excel/package/signature.ts.
import { createHash, randomBytes } from 'node:crypto';
import { ACCESS_CODE_ALPHABET, ACCESS_CODE_LENGTH, groupAccessCode, normalizeAccessCode } from '../../api/rules/accessCode';

/** A new 接入码: 20 characters (100 bits) in groups of four, e.g. 'K7QD-3M9X-…'. */
export function newAccessCode(): string {
  const chars = [...randomBytes(ACCESS_CODE_LENGTH)].map((b) => ACCESS_CODE_ALPHABET[b % 32]);
  return groupAccessCode(chars.join(''));
}

/** Names the code without revealing it. */
export const accessKeyId = (code: string): string =>
  createHash('sha256')
    .update(`社区党务台账接入码:${normalizeAccessCode(code) ?? code}`)
    .digest('hex')
    .slice(0, 16);
