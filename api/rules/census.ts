// 党内统计's bands and the kinds of 出党: pure rules shared by the community's report and the
// street that adds the same keys across communities (docs/census.md lists every key).

/** Age bands of the 党内统计 (full years on the day), as [key, label, lowest age]. */
export const AGE_BANDS = [
  ['age:0-30', '30岁及以下', 0],
  ['age:31-35', '31—35岁', 31],
  ['age:36-40', '36—40岁', 36],
  ['age:41-45', '41—45岁', 41],
  ['age:46-50', '46—50岁', 46],
  ['age:51-55', '51—55岁', 51],
  ['age:56-60', '56—60岁', 56],
  ['age:61-70', '61—70岁', 61],
  ['age:71-80', '71—80岁', 71],
  ['age:81+', '81岁及以上', 81],
] as const;

/** 党龄 bands, counted in full years from 转正日期 (党章 art. 7); 预备党员 have their own row. */
export const PARTY_AGE_BANDS = [
  ['partyAge:0-4', '5年以下', 0],
  ['partyAge:5-10', '5—10年', 5],
  ['partyAge:11-20', '11—20年', 11],
  ['partyAge:21-30', '21—30年', 21],
  ['partyAge:31-40', '31—40年', 31],
  ['partyAge:41-50', '41—50年', 41],
  ['partyAge:51+', '51年及以上', 51],
] as const;

/**
 * 党员入党时间 by the periods of the 中共中央组织部 党内统计 (as the 中国共产党党内统计公报 reports them:
 * 1949年10月以前, 1949年10月至1966年4月, 1966年5月至1976年10月, 1976年11月至1978年12月, 1979年1月至
 * 2002年10月, 2002年11月至2012年10月, 2012年11月以后), as [key, label, first day]; a 入党日期 falls in
 * the last period whose first day is not after it. The bounds are the founding of the PRC, the
 * 文化大革命, the 十一届三中全会, the 十六大 and the 十八大.
 */
export const JOIN_PERIODS = [
  ['joinPeriod:-1949-09', '1949年10月以前', '0000-01-01'],
  ['joinPeriod:1949-10', '1949年10月至1966年4月', '1949-10-01'],
  ['joinPeriod:1966-05', '1966年5月至1976年10月', '1966-05-01'],
  ['joinPeriod:1976-11', '1976年11月至1978年12月', '1976-11-01'],
  ['joinPeriod:1979-01', '1979年1月至2002年10月', '1979-01-01'],
  ['joinPeriod:2002-11', '2002年11月至2012年10月', '2002-11-01'],
  ['joinPeriod:2012-11', '2012年11月以后', '2012-11-01'],
] as const;

/** The key of the 入党时间 period of a 'YYYY-MM-DD' 入党日期; null when the date is missing or malformed. */
export function joinPeriodOf(joinedOn: string | null): string | null {
  if (!joinedOn || !/^\d{4}-\d{2}-\d{2}$/.test(joinedOn)) return null;
  let found: string | null = null;
  for (const [key, , first] of JOIN_PERIODS) if (joinedOn >= first) found = key;
  return found;
}

type Band = readonly [string, string, number];

/** The band holding `value` (bands ascend by their lowest value); null for an unknown value. */
export function bandOf(bands: readonly Band[], value: number | null): Band | null {
  if (value === null) return null;
  let found: Band | null = null;
  for (const b of bands) if (value >= b[2]) found = b;
  return found;
}

/** The four ways of leaving the Party counted under 出党 (党章 arts. 9, 39–40). */
export const PARTY_EXIT_KINDS = ['开除党籍', '除名', '劝退', '退党'] as const;
export type PartyExitKind = (typeof PARTY_EXIT_KINDS)[number];

export const EXIT_KEYS: Record<PartyExitKind, string> = { 开除党籍: 'out:expelled', 除名: 'out:removed', 劝退: 'out:persuaded', 退党: 'out:quit' };

/**
 * The kind of a 出党 event: the status change writes it first in the event's reason
 * ('除名；…'); older records without it read as null (counted 出党（未注明方式）).
 */
export function exitKindOf(reason: string | null): PartyExitKind | null {
  if (!reason) return null;
  return PARTY_EXIT_KINDS.find((k) => reason.startsWith(k)) ?? null;
}
