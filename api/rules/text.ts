/** Full-width ASCII (！-～) to half-width, ideographic space to space. */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/**
 * Full-width digits, Latin letters and the separators of numbers (．－／＋) to half-width;
 * Chinese punctuation such as ：，（） is left as the writer meant it.
 */
export function toHalfWidthAlnum(text: string): string {
  return text
    .replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\uFF0E\uFF0D\uFF0F\uFF0B]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ');
}

/** Anything cleanText would change inside a value (full-width forms, breaks, double spaces). */
const NEEDS_CLEANING = /[\uFF0B-\uFF5A\u3000\r\n\t]| {2}/;

/** What people type around a value: surrounding spaces, full-width digits, stray line breaks. */
export function cleanText(text: string): string {
  // Most cells need only the trim: one test instead of four replaces, for every cell of an import.
  if (!NEEDS_CLEANING.test(text)) return text.trim();
  return toHalfWidthAlnum(text)
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

const HAN = /[\u3400-\u9FFF]/;

/**
 * A person's name as the ledger keeps it. Word and Excel rosters pad two-character names to line
 * up with three-character ones ("王\u3000芳", "王 芳"): in a Chinese name every space is padding.
 * A name in Latin letters keeps its single spaces.
 */
export function personName(text: string): string {
  const cleaned = cleanText(text);
  return HAN.test(cleaned) ? cleaned.replace(/\s+/g, '') : cleaned;
}
