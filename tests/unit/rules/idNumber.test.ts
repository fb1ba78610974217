import { describe, expect, it } from 'vitest';
import {
  checkIdNumber,
  idCheckChar,
  idNumberForms,
  idNumberKey,
  maskIdNumber,
  maskPhone,
  normalizeIdNumber,
  upgradeIdNumber,
} from '../../../api/rules/idNumber';
import { memberProblems } from '../../../api/rules/member';
import { formatIsoDate } from '../../../api/rules/dates';

const GOLDEN = [
  { id: '11010519491231002X', birthDate: '1949-12-31', gender: '女' },
  { id: '440524190001010017', birthDate: '1900-01-01', gender: '男' },
] as const;

describe('公民身份号码 (GB 11643)', () => {
  it.each(GOLDEN)('accepts $id and derives birth date and sex', ({ id, birthDate, gender }) => {
    expect(checkIdNumber(id)).toEqual({ ok: true, id, birthDate, gender, legacy: false });
  });

  it.each(GOLDEN)('rejects every single-character change of $id', ({ id }) => {
    const alphabet = '0123456789X';
    let tried = 0;
    for (let i = 0; i < id.length; i++) {
      for (const ch of alphabet) {
        if (ch === id[i]) continue;
        const changed = id.slice(0, i) + ch + id.slice(i + 1);
        expect(checkIdNumber(changed).ok, changed).toBe(false);
        tried++;
      }
    }
    expect(tried).toBe(18 * 10);
  });

  it('accepts a lower-case x, full-width digits and spaces, and stores the normal form', () => {
    expect(checkIdNumber('11010519491231002x')).toMatchObject({ ok: true, id: '11010519491231002X' });
    expect(normalizeIdNumber('１１０１０５ １９４９１２３１００２Ｘ')).toBe('11010519491231002X');
    expect(checkIdNumber('１１０１０５１９４９１２３１００２ｘ').ok).toBe(true);
  });

  it('names the problem in Chinese', () => {
    expect(checkIdNumber('1101051949123100')).toMatchObject({ ok: false, message: expect.stringContaining('现在是16位') });
    expect(checkIdNumber('110105194902300021')).toMatchObject({ ok: false, message: expect.stringContaining('出生日期') });
    expect(checkIdNumber('11010519491231A02X')).toMatchObject({ ok: false, message: expect.stringContaining('第15位') });
    expect(checkIdNumber('110105194912310021')).toMatchObject({ ok: false, message: expect.stringContaining('校验位') });
    expect(checkIdNumber('')).toMatchObject({ ok: false, message: '请填写公民身份号码' });
  });

  it('refuses a birth date after today', () => {
    const first17 = '11010520300101001';
    expect(checkIdNumber(first17 + idCheckChar(first17), '2026-11-24')).toMatchObject({ ok: false, message: expect.stringContaining('晚于今天') });
  });

  it('accepts a 15-digit legacy number with a 19xx birth date', () => {
    expect(checkIdNumber('110105491231002')).toEqual({ ok: true, id: '110105491231002', birthDate: '1949-12-31', gender: '女', legacy: true });
  });

  it('accepts 2,000 random valid numbers and derives the same birth date', () => {
    let seed = 42;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let i = 0; i < 2000; i++) {
      const year = 1900 + rand(120);
      const month = 1 + rand(12);
      const day = 1 + rand(new Date(year, month, 0).getDate());
      const birth = formatIsoDate({ year, month, day });
      const region = String(110000 + rand(540000)).padStart(6, '0');
      const first17 = region + birth.replaceAll('-', '') + String(rand(1000)).padStart(3, '0');
      const result = checkIdNumber(first17 + idCheckChar(first17));
      expect(result).toMatchObject({ ok: true, birthDate: birth, gender: Number(first17[16]) % 2 ? '男' : '女' });
    }
  });

  it('masks keeping the first 6 and last 4', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('110105********002X');
    expect(maskPhone('13800138000')).toBe('138****8000');
  });
});

describe('15-digit numbers and their 18-digit form', () => {
  // GB 11643-1999: the 15-digit number with '19' before its 2-digit year and a check character.
  it('converts 15 → 18 by inserting 19 after the sixth digit and computing the check character', () => {
    expect(upgradeIdNumber('110105491231002')).toBe('11010519491231002X');
    expect(checkIdNumber(upgradeIdNumber('110105491231002')).ok).toBe(true);
    expect(upgradeIdNumber('11010519491231002X')).toBe('11010519491231002X');
  });

  it('gives both forms of one person for the duplicate check, and one key', () => {
    expect(idNumberForms('110105491231002')).toEqual(['110105491231002', '11010519491231002X']);
    expect(idNumberForms('11010519491231002X')).toEqual(['11010519491231002X', '110105491231002']);
    expect(idNumberKey('110105491231002')).toBe(idNumberKey('11010519491231002X'));
    // Born in 2001: no 15-digit form exists.
    const young = '11010520010101001' + idCheckChar('11010520010101001');
    expect(idNumberForms(young)).toEqual([young]);
  });
});

describe('birth years before 1900', () => {
  it('refuses an ID whose checksum is right but whose birth year is before 1900', () => {
    // The standard's own example number: valid checksum, born 1880.
    expect(checkIdNumber('440524188001010014')).toMatchObject({ ok: false, message: '公民身份号码中的出生年份1880早于1900年，请核对' });
    expect(checkIdNumber(`44052418991231001${idCheckChar('44052418991231001')}`).ok).toBe(false);
    expect(checkIdNumber('440524190001010017').ok).toBe(true);
  });

  it('refuses an 出生日期 before 1900 and accepts 1900-01-01', () => {
    const birth = (birthDate: string) =>
      memberProblems({ birthDate, joinedOn: '1950-07-01', fullMemberOn: '1951-07-01', category: '正式党员' }, '2026-11-24').filter(
        (p) => p.field === 'birthDate' && p.level === 'error',
      );
    expect(birth('1899-12-31').map((p) => p.message)).toEqual(['出生日期不能早于1900年，请核对']);
    expect(birth('1900-01-01')).toEqual([]);
  });
});
