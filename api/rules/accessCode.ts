// The 接入码 a street gives a community (issue 31): its shape only, zod- and node-free so 系统设置
// and the street's pages can check what is typed. Signing lives in excel/package/signature.ts.

/** Crockford base32 without I, L, O, U: nothing a secretary can misread when typing it. */
export const ACCESS_CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const ACCESS_CODE_LENGTH = 20;

/** The code as typed or pasted: case, spaces and dashes do not matter. Null when it is not a 接入码. */
export function normalizeAccessCode(typed: string | null | undefined): string | null {
  if (!typed) return null;
  const plain = typed.toUpperCase().replace(/[\s\-－—_]/g, '');
  if (plain.length !== ACCESS_CODE_LENGTH || [...plain].some((c) => !ACCESS_CODE_ALPHABET.includes(c))) return null;
  return plain;
}

/** 'K7QD3M9X…' → 'K7QD-3M9X-…', as the street shows it. */
export const groupAccessCode = (plain: string): string => plain.match(/.{1,4}/g)!.join('-');
