// Age and 党龄 bands for the 首页 charts: whole years completed on `today` (counted in SQL by
// db/homeFigures.ts: a birthday today counts, 29 February counts from 1 March).
export const AGE_BANDS = [
  { label: '35岁以下', max: 34 },
  { label: '35–44岁', max: 44 },
  { label: '45–54岁', max: 54 },
  { label: '55–64岁', max: 64 },
  { label: '65–74岁', max: 74 },
  { label: '75岁及以上', max: Infinity },
];

export const PARTY_YEAR_BANDS = [
  { label: '不满5年', max: 4 },
  { label: '5–9年', max: 9 },
  { label: '10–19年', max: 19 },
  { label: '20–29年', max: 29 },
  { label: '30–49年', max: 49 },
  { label: '50年及以上', max: Infinity },
];
