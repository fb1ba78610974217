import { memoUntilWrite } from '../../db/memo';
import { listCenters, saveCenter } from '../../db/care/centers';
import { flowHome, saveFlowHome } from '../../db/care/flowHome';
import { listFlowIns, saveFlowIn } from '../../db/care/flowIns';
import { addFlowContact, listFlows, saveFlowOut, voidFlowOut } from '../../db/care/flows';
import { honorList, honorPage, saveMedal } from '../../db/care/honor';
import { listLost, saveLost } from '../../db/care/lost';
import { memberCare } from '../../db/care/member';
import { careRules, saveCareRules } from '../../db/care/rules';
import { listVisits, notVisited, saveVisit, voidVisit } from '../../db/care/visits';
import { exportCareVisits, exportCenterHouseholds, exportFlowRegister, exportHonor50 } from '../../excel/exportCare';
import { todayOf } from '../context';
import type { HandlersOf } from '../handlerTypes';
import type { careCalls } from '../../api/contract/care';

export const care: HandlersOf<typeof careCalls> = {
  'care.flows': (ctx, { asOf, includeEnded, memberId }) => listFlows(ctx.ledger, { asOf: asOf ?? todayOf(ctx), includeEnded, memberId }),
  'care.flowIns': (ctx, { asOf, includeEnded }) => listFlowIns(ctx.ledger, { asOf: asOf ?? todayOf(ctx), includeEnded }),
  'care.lost': (ctx, { asOf, includeFound }) => listLost(ctx.ledger, { asOf: asOf ?? todayOf(ctx), includeFound }),
  'care.visits': (ctx, input) => listVisits(ctx.ledger, input),
  'care.notVisited': (ctx, { year }) => notVisited(ctx.ledger, year),
  // A street-wide read of everyone who joined 50 years before (~30–45 ms at 43,000): kept until its tables change.
  'care.honor50': (ctx, { year, page, pageSize }) =>
    honorPage(
      memoUntilWrite(ctx.ledger, `care.honor50:${year}`, () => honorList(ctx.ledger, year)),
      page,
      pageSize,
    ),
  'care.centers': (ctx, { asOf, includeEnded }) => listCenters(ctx.ledger, { asOf: asOf ?? todayOf(ctx), includeEnded }),
  'care.member': (ctx, { memberId }) => memberCare(ctx.ledger, memberId, todayOf(ctx)),
  'care.rules': (ctx) => careRules(ctx.ledger),
  'care.flowHome': (ctx) => flowHome(ctx.ledger),
  'care.saveFlowOut': (ctx, input) => saveFlowOut(ctx.ledger, input, todayOf(ctx)),
  'care.voidFlowOut': (ctx, input) => voidFlowOut(ctx.ledger, input, todayOf(ctx)),
  'care.addFlowContact': (ctx, input) => addFlowContact(ctx.ledger, input, todayOf(ctx)),
  'care.saveFlowIn': (ctx, input) => saveFlowIn(ctx.ledger, input, todayOf(ctx)),
  'care.saveLost': (ctx, input) => saveLost(ctx.ledger, input, todayOf(ctx)),
  'care.saveVisit': (ctx, input) => saveVisit(ctx.ledger, input, todayOf(ctx)),
  'care.voidVisit': (ctx, input) => voidVisit(ctx.ledger, input),
  'care.saveMedal': (ctx, input) => saveMedal(ctx.ledger, input, todayOf(ctx)),
  'care.saveCenter': (ctx, input) => saveCenter(ctx.ledger, input, todayOf(ctx)),
  'care.saveRules': (ctx, input) => saveCareRules(ctx.ledger, input),
  'care.saveFlowHome': (ctx, input) => saveFlowHome(ctx.ledger, input),
  'reports.flowRegister': (ctx, input) => exportFlowRegister(ctx.ledger, ctx.exportsDir, input, todayOf(ctx)),
  'reports.careVisits': (ctx, input) => exportCareVisits(ctx.ledger, ctx.exportsDir, input, todayOf(ctx)),
  'reports.honor50': (ctx, input) => exportHonor50(ctx.ledger, ctx.exportsDir, input, todayOf(ctx)),
  'reports.centerHouseholds': (ctx, input) => exportCenterHouseholds(ctx.ledger, ctx.exportsDir, input, todayOf(ctx)),
};
