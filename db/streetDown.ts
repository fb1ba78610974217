// What a community keeps of its street's 下发文件 (issue 30, docs/street.md "Down"), all in settings: the year's
// 发展计划 quota (发展党员 also as the year's dev_plans row, which 发展党员 → 发展计划 shows and edits), the 报送
// deadlines, and when each period's 上报包 was made, so 首页 can say whether the next one is done.
import type { DevQuota, NextDeadline, StreetFileDeadline } from '../api/schemas/streetPlan';
import { daysBetween } from '../api/rules/dates';
import { nowStamp } from './clock';
import type { Ledger } from './open';
import { getSetting, getSettingValues, putSettings } from './settings';

export const STREET_FILE_AT_KEY = 'streetFileCreatedAt';
export const DEADLINES_KEY = 'streetDeadlines';
export const quotaKey = (year: number): string => `streetDevQuota:${year}`;
const madeKey = (p: { year: number; quarter: number | null }): string => `packageMade:${p.year}-${p.quarter ?? 'Y'}`;

/** The community's own 发展计划 of the year: the street's four figures, with 发展党员 as 发展计划 now says (it may have been edited). */
export function communityQuota(ledger: Ledger, year: number): DevQuota | null {
  const kept = getSetting(ledger, quotaKey(year));
  const plan = ledger.prepare('SELECT quota FROM dev_plans WHERE year = ? AND org_id IS NULL').get(year) as { quota: number } | undefined;
  const branches = ledger.prepare('SELECT sum(quota) AS n, count(*) AS c FROM dev_plans WHERE year = ? AND org_id IS NOT NULL').get(year) as {
    n: number | null;
    c: number;
  };
  const admitted = plan ? plan.quota : branches.c > 0 ? (branches.n ?? 0) : null;
  if (!kept && admitted === null) return null;
  const street = kept ? (JSON.parse(kept) as DevQuota) : { applied: 0, activists: 0, candidates: 0, admitted: 0 };
  return { ...street, admitted: admitted ?? street.admitted };
}

export function keptDeadlines(ledger: Ledger): StreetFileDeadline[] {
  const text = getSetting(ledger, DEADLINES_KEY);
  return text ? (JSON.parse(text) as StreetFileDeadline[]) : [];
}

/** Written when a 上报包 is made: 首页's 已生成. */
export function recordPackageMade(ledger: Ledger, period: { year: number; quarter: number | null }, stamp: string): void {
  putSettings(ledger, { [madeKey(period)]: stamp });
}

/**
 * The deadline 首页 shows: the earliest one passed whose package was never made (overdue comes first),
 * else the earliest still ahead; null when the street gave none or all are past and done.
 */
export function nextDeadline(ledger: Ledger, today: string): NextDeadline | null {
  const all = [...keptDeadlines(ledger)].sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0));
  const made = getSettingValues(ledger, all.map(madeKey));
  const pick = all.find((d) => d.dueOn < today && !made[madeKey(d)]) ?? all.find((d) => d.dueOn >= today);
  if (!pick) return null;
  return { ...pick, daysLeft: daysBetween(today, pick.dueOn), madeAt: made[madeKey(pick)] ?? null, street: getSetting(ledger, 'streetName') };
}

/** The street's 发展党员 quota becomes the year's whole-community 发展计划 row (inside the import's transaction). */
export function takeStreetQuota(ledger: Ledger, year: number, admitted: number, note: string): void {
  const existing = ledger.prepare('SELECT id FROM dev_plans WHERE year = ? AND org_id IS NULL').get(year) as { id: number } | undefined;
  if (existing) ledger.prepare('UPDATE dev_plans SET quota = ?, note = ?, updated_at = ? WHERE id = ?').run(admitted, note, nowStamp(), existing.id);
  else ledger.prepare('INSERT INTO dev_plans (year, org_id, quota, note, updated_at) VALUES (?, NULL, ?, ?, ?)').run(year, admitted, note, nowStamp());
}
