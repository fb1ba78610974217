// Handlers of the street's register calls (api/contract/streetRegisters.ts), spread into street.ts.
import type { streetRegisterCalls } from '../../api/contract/streetRegisters';
import { streetCare, streetFlows, streetHonor, streetLost, streetTerms } from '../../db/street/registers';
import { exportStreetRegister } from '../../excel/street/exportRegister';
import { todayOf } from '../context';
import type { HandlersFor } from '../handlerTypes';

export const streetRegisterHandlers: Pick<HandlersFor<'street'>, keyof typeof streetRegisterCalls> = {
  'street.honor': (ctx, { year, quarter }) => streetHonor(ctx.ledger, year, quarter),
  'street.care': (ctx, { year, quarter }) => streetCare(ctx.ledger, year, quarter),
  'street.lost': (ctx, { year, quarter }) => streetLost(ctx.ledger, year, quarter),
  'street.flows': (ctx, { year, quarter }) => streetFlows(ctx.ledger, year, quarter),
  'street.terms': (ctx, { year, quarter }) => streetTerms(ctx.ledger, year, quarter),
  'street.exportRegister': (ctx, input) => exportStreetRegister(ctx.ledger, ctx.exportsDir, input, todayOf(ctx)),
};
