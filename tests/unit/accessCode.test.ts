// The 接入码 (issue 31): its shape as typed in 系统设置, and the HMAC a package carries — it holds
// for the manifest it was made over with the code it was made with, and for nothing else.
import { describe, expect, it } from 'vitest';
import { normalizeAccessCode } from '../../api/rules/accessCode';
import type { PackageManifest } from '../../api/schemas/reportPackage';
import { settingsInput } from '../../api/schemas/settings';
import { accessKeyId, newAccessCode } from '../../db/street/accessCode';
import { manifestSha256 } from '../../excel/package/checksum';
import { signatureHolds, signManifest } from '../../excel/package/signature';

const body = {
  kind: '社区党务台账上报包',
  format: 2,
  appVersion: 'test',
  community: '幸福里社区',
  street: '和平街道',
  period: { year: 2026, quarter: null },
  createdAt: '2026-11-20 10:00:00',
  fullIdNumbers: false,
  files: [{ name: 'data.json', bytes: 10, sha256: 'a'.repeat(64) }],
  communityUid: '123e4567-e89b-12d3-a456-426614174000',
} as const;

function signed(code: string, change: Partial<typeof body> = {}): PackageManifest {
  const b = { ...body, ...change } as unknown as Omit<PackageManifest, 'sha256'>;
  const s = { ...b, signature: signManifest(code, b) };
  return { ...s, sha256: manifestSha256(s) };
}

describe('接入码', () => {
  it('is 20 characters of Crockford base32 in groups of four, each new one different', () => {
    const a = newAccessCode();
    expect(a).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}$/);
    expect(newAccessCode()).not.toBe(a);
  });

  it('as typed: case, spaces and dashes do not matter; a wrong length or a misreadable letter is not a code', () => {
    expect(normalizeAccessCode('k7qd 3m9x-abcd－efgh 1234')).toBe('K7QD3M9XABCDEFGH1234');
    expect(normalizeAccessCode('K7QD-3M9X-ABCD-EFGH-123')).toBeNull();
    expect(normalizeAccessCode('K7QD-3M9X-ABCD-EFGH-123I')).toBeNull();
    expect(normalizeAccessCode('')).toBeNull();
  });

  it('系统设置 refuses a malformed code with a Chinese message naming the field', () => {
    const r = settingsInput.safeParse({ accessCode: '12345' });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues[0].message).toContain('接入码');
    expect(settingsInput.parse({ accessCode: ' k7qd-3m9x-abcd-efgh-1234 ' }).accessCode).toBe('k7qd-3m9x-abcd-efgh-1234');
    expect(settingsInput.parse({ accessCode: '' }).accessCode).toBeNull();
  });

  it('the HMAC holds with its own code over its own manifest, and fails for another code or any changed field', () => {
    const code = newAccessCode();
    const m = signed(code);
    expect(m.signature!.keyId).toBe(accessKeyId(code));
    expect(signatureHolds(code, m)).toBe(true);
    // Typed differently, the same code.
    expect(signatureHolds(code.toLowerCase().replace(/-/g, ' '), m)).toBe(true);
    expect(signatureHolds(newAccessCode(), m)).toBe(false);
    // A file's checksum rewritten (the content edited and re-hashed), the manifest's own SHA-256 redone: the HMAC fails.
    const forged = { ...m, files: [{ ...m.files[0], sha256: 'b'.repeat(64) }] };
    expect(signatureHolds(code, { ...forged, sha256: manifestSha256(forged) })).toBe(false);
    expect(signatureHolds(code, { ...m, community: '别的社区' })).toBe(false);
    expect(signatureHolds(code, { ...m, signature: undefined })).toBe(false);
  });
});
