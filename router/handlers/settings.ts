import { getSettings, saveSettings } from '../../db/settings';
import type { HandlersOf } from '../handlerTypes';
import type { settingsCalls } from '../../api/contract/settings';

export const settings: HandlersOf<typeof settingsCalls> = {
  'settings.get': (ctx) => getSettings(ctx.ledger),
  'settings.save': (ctx, input) => saveSettings(ctx.ledger, input),
};
