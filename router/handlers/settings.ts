import { declineLedgerStart, ledgerStartInfo, setLedgerStart } from '../../db/ledgerStart';
import { getSettings, saveSettings } from '../../db/settings';
import { todayOf } from '../context';
import type { HandlersFor } from '../handlerTypes';

export const settings: HandlersFor<'settings'> = {
  'settings.get': (ctx) => getSettings(ctx.ledger),
  'settings.save': (ctx, input) => saveSettings(ctx.ledger, input),
  'settings.ledgerStart': (ctx) => ledgerStartInfo(ctx.ledger, todayOf(ctx)),
  'settings.setLedgerStart': (ctx, input) => setLedgerStart(ctx.ledger, input, todayOf(ctx)),
  'settings.declineLedgerStart': (ctx) => declineLedgerStart(ctx.ledger, todayOf(ctx)),
};
