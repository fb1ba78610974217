import { SETTING_KEYS, type Settings } from '../api/schemas/settings';
import type { Ledger } from './open';
import { settings } from './schema';

export function getSettings(ledger: Ledger): Settings {
  const rows = ledger.db.select().from(settings).all();
  const byKey = new Map(rows.map((r) => [r.key, r.value]));
  return Object.fromEntries(SETTING_KEYS.map((k) => [k, byKey.get(k) ?? null])) as Settings;
}

export function saveSettings(ledger: Ledger, input: Settings): Settings {
  ledger.tx(() => {
    for (const key of SETTING_KEYS) {
      ledger.db
        .insert(settings)
        .values({ key, value: input[key] })
        .onConflictDoUpdate({ target: settings.key, set: { value: input[key] } })
        .run();
    }
  });
  return getSettings(ledger);
}
