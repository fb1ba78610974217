// The period a 补开 meeting makes up for. The ledger keeps it as a key ("2026-Q1", "2026-03",
// "2026": the keys of periods.ts); people read and type it in Chinese ("2026年第1季度", "2026年3月").

const QUARTERS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 1: 1, 2: 2, 3: 3, 4: 4 };
const pad = (n: number) => String(n).padStart(2, '0');

/** "2026-Q1" → "2026年第1季度", "2026-03" → "2026年3月", "2026" → "2026年"; anything else as it is. */
export function makeUpPeriodLabel(key: string): string {
  let m = /^(\d{4})-Q([1-4])$/.exec(key);
  if (m) return `${m[1]}年第${m[2]}季度`;
  m = /^(\d{4})-(\d{2})$/.exec(key);
  if (m) return `${m[1]}年${Number(m[2])}月`;
  return /^\d{4}$/.test(key) ? `${key}年` : key;
}

/**
 * The key of what a person typed: "2026年第1季度", "2026年一季度", "2026年3月", "2026年", or a key
 * itself ("2026-Q1", "2026-03", "2026-3"). Null when it names no period (the caller says so).
 */
export function parseMakeUpPeriod(text: string): string | null {
  const t = text.replace(/\s+/g, '').toUpperCase();
  let m = /^(\d{4})(?:年第?|-Q|Q)([1-4一二三四])(?:季度)?$/.exec(t);
  if (m && (t.includes('季度') || t.includes('Q'))) return `${m[1]}-Q${QUARTERS[m[2]!]}`;
  m = /^(\d{4})(?:年|-|\.|\/)(\d{1,2})月?$/.exec(t);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return `${m[1]}-${pad(Number(m[2]))}`;
  m = /^(\d{4})年?$/.exec(t);
  return m ? m[1]! : null;
}
