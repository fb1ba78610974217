// 公民身份号码 per GB 11643: 17 digits + a check character (mod 11, ISO 7064).
// 15-digit numbers from before 1999 carry no check character and a 2-digit year.
import { isRealDate, todayIso, formatIsoDate } from './dates';
import { toHalfWidth } from './text';
import { ID_NUMBER_NEEDED } from '../vocab/messages';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

export type IdNumberCheck = { ok: true; id: string; birthDate: string; gender: '男' | '女'; legacy: boolean } | { ok: false; id: string; message: string };

/** Full-width digits to half-width, spaces dropped, x upper-cased. */
export function normalizeIdNumber(raw: string): string {
  if (/^[0-9Xx]*$/.test(raw)) return raw.toUpperCase(); // as typed, nearly always: no replaces
  return toHalfWidth(raw).replace(/\s+/g, '').toUpperCase();
}

export function idCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK_CHARS[sum % 11];
}

export function checkIdNumber(raw: string, today: string = todayIso()): IdNumberCheck {
  const id = normalizeIdNumber(raw);
  const fail = (message: string): IdNumberCheck => ({ ok: false, id, message });
  if (id.length === 0) return fail(ID_NUMBER_NEEDED);
  if (id.length !== 18 && id.length !== 15) {
    return fail(`公民身份号码应为18位（旧号码为15位），现在是${id.length}位`);
  }
  const body = id.length === 18 ? id.slice(0, 17) : id;
  let badAt = 0;
  while (badAt < body.length && body[badAt] >= '0' && body[badAt] <= '9') badAt++;
  if (badAt < body.length) return fail(`公民身份号码第${badAt + 1}位应为数字，现在是“${body[badAt]}”`);

  const legacy = id.length === 15;
  const year = legacy ? 1900 + Number(id.slice(6, 8)) : Number(id.slice(6, 10));
  const month = Number(legacy ? id.slice(8, 10) : id.slice(10, 12));
  const day = Number(legacy ? id.slice(10, 12) : id.slice(12, 14));
  if (!isRealDate(year, month, day)) {
    return fail(`公民身份号码中的出生日期（${legacy ? id.slice(6, 12) : id.slice(6, 14)}）不是有效日期`);
  }
  const birthDate = formatIsoDate({ year, month, day });
  if (birthDate > today) return fail('公民身份号码中的出生日期晚于今天，请核对');

  if (!legacy) {
    const last = id[17];
    if (!/[0-9X]/.test(last)) return fail('公民身份号码最后一位应为数字或X');
    if (idCheckChar(body) !== last) return fail('公民身份号码校验位不符，请逐位核对是否有输错的数字');
  }
  if (year < MIN_BIRTH_YEAR) return fail(`公民身份号码中的出生年份${year}早于${MIN_BIRTH_YEAR}年，请核对`);
  const genderDigit = Number(legacy ? id[14] : id[16]);
  return { ok: true, id, birthDate, gender: genderDigit % 2 === 1 ? '男' : '女', legacy };
}

/** No member was born before this year: an earlier one is a typing error (ID and 出生日期 alike). */
export const MIN_BIRTH_YEAR = 1900;

/**
 * The 18-digit form of a 15-digit number (GB 11643-1999 replaced 15-digit numbers): '19'
 * inserted before the 2-digit birth year, and the check character computed. Other input is
 * returned as it is.
 */
export function upgradeIdNumber(id: string): string {
  if (id.length !== 15 || !/^\d{15}$/.test(id)) return id;
  const first17 = `${id.slice(0, 6)}19${id.slice(6)}`;
  return first17 + idCheckChar(first17);
}

/**
 * Every form under which one person's number may be stored: a 15-digit number and its
 * 18-digit form are the same person, so duplicate checks look for both.
 */
export function idNumberForms(id: string): string[] {
  if (id.length === 15) {
    const full = upgradeIdNumber(id);
    return full === id ? [id] : [id, full];
  }
  // An 18-digit number of someone born in the 1900s may be stored in its old 15-digit form.
  if (id.length === 18 && id.slice(6, 8) === '19' && /^\d{17}/.test(id)) {
    const legacy = id.slice(0, 6) + id.slice(8, 17);
    return upgradeIdNumber(legacy) === id ? [id, legacy] : [id];
  }
  return [id];
}

/** One key per person: the 18-digit form of a 15-digit number, anything else as it is. */
export const idNumberKey = (id: string): string => upgradeIdNumber(id);

/** Keeps the first 6 and last 4 characters: 110105********002X. */
export function maskIdNumber(id: string): string {
  if (id.length <= 10) return id;
  return id.slice(0, 6) + '*'.repeat(id.length - 10) + id.slice(-4);
}

/** Keeps the first 3 and last 4 digits of a phone number. */
export function maskPhone(phone: string): string {
  if (phone.length <= 7) return phone;
  return phone.slice(0, 3) + '*'.repeat(phone.length - 7) + phone.slice(-4);
}
