import { eq, inArray } from 'drizzle-orm';
import { NUMBER_SETTING_KEYS, SETTING_KEYS, type Settings } from '../api/schemas/settings';
import type { Ledger } from './open';
import { noteReads, unrecorded } from './readTables';
import { settings } from './schema';
import { settingName } from './tableChanges';

// Each reader names the keys it read (not the whole table), so a kept view stands across a
// write of a key it never looked at (memo.ts).

export function getSettings(ledger: Ledger): Settings {
  noteReads(SETTING_KEYS.map(settingName));
  const rows = unrecorded(() => ledger.db.select().from(settings).all());
  const byKey = new Map(rows.map((r) => [r.key, r.value]));
  const valueOf = (k: string) => {
    const v = byKey.get(k) ?? null;
    return v !== null && NUMBER_SETTING_KEYS.includes(k) ? Number(v) : v;
  };
  return Object.fromEntries(SETTING_KEYS.map((k) => [k, valueOf(k)])) as Settings;
}

/** A caller that predates a key (devPublicityDays, accessCode) leaves it as it is. */
export type SettingsSave = Omit<Settings, 'devPublicityDays' | 'accessCode'> & Partial<Pick<Settings, 'devPublicityDays' | 'accessCode'>>;

export function saveSettings(ledger: Ledger, input: SettingsSave): Settings {
  ledger.tx(() => {
    for (const key of SETTING_KEYS) {
      if (input[key] === undefined) continue;
      const value = input[key] === null ? null : String(input[key]);
      ledger.db.insert(settings).values({ key, value }).onConflictDoUpdate({ target: settings.key, set: { value } }).run();
    }
  });
  return getSettings(ledger);
}

// Keys outside the 系统设置 form (the start password, remembered import mappings, the sample
// marker) live in the same table; their owners read and write them through these.

/** One key's value, null when it was never set. */
export function getSetting(ledger: Ledger, key: string): string | null {
  noteReads([settingName(key)]);
  return unrecorded(() => ledger.db.select().from(settings).where(eq(settings.key, key)).get()?.value ?? null);
}

/** Several keys in one query (the lock is read before every call), null for each one unset. */
export function getSettingValues<K extends string>(ledger: Ledger, keys: readonly K[]): Record<K, string | null> {
  noteReads(keys.map(settingName));
  const rows = unrecorded(() =>
    ledger.db
      .select()
      .from(settings)
      .where(inArray(settings.key, [...keys]))
      .all(),
  );
  const byKey = new Map(rows.map((r) => [r.key, r.value]));
  return Object.fromEntries(keys.map((k) => [k, byKey.get(k) ?? null])) as Record<K, string | null>;
}

/** Writes each key (insert or replace) in one transaction, or inside the caller's. */
export function putSettings(ledger: Ledger, values: Record<string, string>): void {
  ledger.tx(() => {
    for (const [key, value] of Object.entries(values)) {
      ledger.db.insert(settings).values({ key, value }).onConflictDoUpdate({ target: settings.key, set: { value } }).run();
    }
  });
}

export function removeSettings(ledger: Ledger, keys: readonly string[]): void {
  ledger.db
    .delete(settings)
    .where(inArray(settings.key, [...keys]))
    .run();
}
