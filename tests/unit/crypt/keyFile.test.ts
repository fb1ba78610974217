import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { makeKeyFile, unwrapKey } from '../../../db/crypt/keyFile';
import { looksLikeRecoveryCode, newRecoveryCode } from '../../../db/crypt/recoveryCode';

describe('the key file', () => {
  const key = randomBytes(32);
  const code = newRecoveryCode();
  const file = makeKeyFile(key, '党务2026', code, 15);

  it('gives the data key back for the password or the recovery code, and for nothing else', () => {
    expect(unwrapKey(file, '党务2026')).toEqual({ key, by: 'password' });
    expect(unwrapKey(file, code.toLowerCase().replaceAll('-', ' '))).toEqual({ key, by: 'recovery' });
    expect(unwrapKey(file, '党务2027')).toBeNull();
    expect(unwrapKey(file, code, 'password')).toBeNull();
    expect(unwrapKey(file, '党务2026', 'recovery')).toBeNull();
  });

  it('holds neither the key nor the secrets, and a changed byte of a wrap is refused, not misread', () => {
    const text = JSON.stringify(file);
    for (const s of [key.toString('hex'), '党务2026', code, code.replaceAll('-', '')]) expect(text).not.toContain(s);
    const data = file.wraps.password.data;
    const tampered = { ...file, wraps: { ...file.wraps, password: { ...file.wraps.password, data: (data[0] === '0' ? '1' : '0') + data.slice(1) } } };
    expect(unwrapKey(tampered, '党务2026', 'password')).toBeNull();
  });

  it('recovery codes are 6 groups of 4 from an alphabet without look-alikes, and differ each time', () => {
    expect(code).toMatch(/^[2-9A-HJKMNP-TV-Z]{4}(-[2-9A-HJKMNP-TV-Z]{4}){5}$/);
    expect(looksLikeRecoveryCode(code)).toBe(true);
    expect(new Set(Array.from({ length: 50 }, newRecoveryCode)).size).toBe(50);
  });
});
