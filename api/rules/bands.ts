// Age and 党龄 bands for the 首页 charts: whole years completed on `today` (counted in SQL by
// db/homeFigures.ts: a birthday today counts, 29 February counts from 1 March).
import { PARTY_AGE_BANDS } from './census';

export const AGE_BANDS = [
  { label: '35岁以下', max: 34 },
  { label: '35–44岁', max: 44 },
  { label: '45–54岁', max: 54 },
  { label: '55–64岁', max: 64 },
  { label: '65–74岁', max: 74 },
  { label: '75岁及以上', max: Infinity },
];

/**
 * 党龄 bands: the 党内统计's own (api/rules/census.ts PARTY_AGE_BANDS), so 首页 and the 年报 band
 * alike — one definition. Each band's max is the next band's lowest 党龄 less one.
 */
export const PARTY_YEAR_BANDS: { label: string; max: number }[] = PARTY_AGE_BANDS.map(([, label], i) => ({
  label,
  max: i + 1 < PARTY_AGE_BANDS.length ? PARTY_AGE_BANDS[i + 1]![2] - 1 : Infinity,
}));
