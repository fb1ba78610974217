import { streetCare, streetFlows, streetHonor, streetLost, streetTerms } from '../../db/street/registers';
import { exportStreetRegister } from '../../excel/street/exportRegister';
import { todayOf } from '../context';
import type { HandlersOf } from '../handlerTypes';
import type { streetRegisterCalls } from '../../api/contract/streetRegisters';

export const streetRegisters: HandlersOf<typeof streetRegisterCalls> = {
  // The registers the packages carry (issue 30, api/contract/streetRegisters.ts).
  'street.honor': (ctx, { year, quarter }) => streetHonor(ctx.ledger, year, quarter),
  'street.care': (ctx, { year, quarter }) => streetCare(ctx.ledger, year, quarter),
  'street.lost': (ctx, { year, quarter }) => streetLost(ctx.ledger, year, quarter),
  'street.flows': (ctx, { year, quarter }) => streetFlows(ctx.ledger, year, quarter),
  'street.terms': (ctx, { year, quarter }) => streetTerms(ctx.ledger, year, quarter),
  'street.exportRegister': (ctx, input) => exportStreetRegister(ctx.ledger, ctx.exportsDir, input, todayOf(ctx)),
};
