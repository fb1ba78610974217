// Meeting frequency rules: DOMAIN.md's defaults, with the community's own changes
// stored as overrides in settings (a missing override means the default).
import { DEFAULT_MEETING_RULES, type MeetingRule, type MeetingType, type PeriodKind } from '../../api/meetingTypes';
import type { Ledger } from '../open';
import { getSetting } from '../settings';
import { settings } from '../schema';

const KEY = 'meetingRules';
type Override = { type: MeetingType; period: PeriodKind; minCount: number };

export function meetingRules(ledger: Ledger): MeetingRule[] {
  const raw = getSetting(ledger, KEY) ?? undefined;
  let overrides: Override[] = [];
  try {
    overrides = raw ? JSON.parse(raw) : [];
  } catch {
    overrides = [];
  }
  return DEFAULT_MEETING_RULES.map((rule) => {
    const o = overrides.find((x) => x.type === rule.type);
    return o
      ? { ...rule, period: o.period, minCount: o.minCount, basis: o.period === rule.period && o.minCount === rule.minCount ? rule.basis : '本社区设置' }
      : rule;
  });
}

export function saveMeetingRules(ledger: Ledger, rules: Override[]): MeetingRule[] {
  const value = JSON.stringify(rules);
  ledger.db.insert(settings).values({ key: KEY, value }).onConflictDoUpdate({ target: settings.key, set: { value } }).run();
  return meetingRules(ledger);
}
