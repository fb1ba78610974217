/** Full-width ASCII (！-～) to half-width, ideographic space to space. */
export function toHalfWidth(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ');
}

/** What people type around a value: surrounding spaces, full-width digits, stray line breaks. */
export function cleanText(text: string): string {
  return toHalfWidth(text).replace(/[\r\n\t]+/g, ' ').replace(/ {2,}/g, ' ').trim();
}
