import { declineLedgerStart, ledgerStartInfo, setLedgerStart } from '../../db/ledgerStart';
import { todayOf } from '../context';
import type { HandlersOf } from '../handlerTypes';
import type { ledgerStartCalls } from '../../api/contract/ledgerStart';

export const ledgerStart: HandlersOf<typeof ledgerStartCalls> = {
  'settings.ledgerStart': (ctx) => ledgerStartInfo(ctx.ledger, todayOf(ctx)),
  'settings.setLedgerStart': (ctx, input) => setLedgerStart(ctx.ledger, input, todayOf(ctx)),
  'settings.declineLedgerStart': (ctx) => declineLedgerStart(ctx.ledger, todayOf(ctx)),
};
