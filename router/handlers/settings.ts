import { getSettings, saveSettings } from '../../db/settings';
import type { HandlersFor } from '../handlerTypes';

export const settings: HandlersFor<'settings'> = {
  'settings.get': (ctx) => getSettings(ctx.ledger),
  'settings.save': (ctx, input) => saveSettings(ctx.ledger, input),
};
