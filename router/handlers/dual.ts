import { listActivities, saveActivity } from '../../db/dualReg/activities';
import { createDemand, listDemands, takeStep } from '../../db/dualReg/demands';
import { setEvaluation, yearFigures } from '../../db/dualReg/figures';
import { cancelUnit, getOnjob, listOnjob, listUnits, revokeOnjob, saveOnjob, saveUnit } from '../../db/dualReg/registry';
import { evaluationThresholds, saveThresholds } from '../../db/dualReg/thresholds';
import { peoplePage, personYear } from '../../db/dualReg/yearPeople';
import { memoUntilWrite } from '../../db/memo';
import { exportActivityLedger, exportFeedback, exportRegistration } from '../../excel/exportDualReg';
import { todayOf } from '../context';
import type { HandlersOf } from '../handlerTypes';
import type { dualCalls } from '../../api/contract/dual';

// A write answers with the list it changed, so the page shows it without a second call.
export const dual: HandlersOf<typeof dualCalls> = {
  'dual.units': (ctx) => listUnits(ctx.ledger),
  'dual.saveUnit': (ctx, input) => {
    saveUnit(ctx.ledger, input);
    return listUnits(ctx.ledger);
  },
  'dual.cancelUnit': (ctx, { id, on, reason }) => {
    cancelUnit(ctx.ledger, id, on, reason);
    return listUnits(ctx.ledger);
  },
  'dual.onjob': (ctx) => listOnjob(ctx.ledger),
  'dual.saveOnjob': (ctx, input) => getOnjob(ctx.ledger, saveOnjob(ctx.ledger, input)),
  'dual.revokeOnjob': (ctx, { id, on, reason }) => {
    revokeOnjob(ctx.ledger, id, on, reason);
    return getOnjob(ctx.ledger, id);
  },
  'dual.demands': (ctx) => listDemands(ctx.ledger),
  'dual.createDemand': (ctx, input) => {
    createDemand(ctx.ledger, input, todayOf(ctx));
    return listDemands(ctx.ledger);
  },
  'dual.takeStep': (ctx, input) => {
    takeStep(ctx.ledger, input, todayOf(ctx));
    return listDemands(ctx.ledger);
  },
  'dual.activities': (ctx, { year }) => listActivities(ctx.ledger, year),
  'dual.saveActivity': (ctx, input) => ({ id: saveActivity(ctx.ledger, input, todayOf(ctx)) }),
  'dual.figures': (ctx, { year }) => memoUntilWrite(ctx.ledger, `dual.figures:${year}`, () => yearFigures(ctx.ledger, year)),
  'dual.people': (ctx, query) => peoplePage(ctx.ledger, query),
  'dual.setEvaluation': (ctx, { onjobId, year, grade, reason }) => {
    setEvaluation(ctx.ledger, onjobId, year, grade, reason);
    // setEvaluation refused anyone not registered during the year, so the row is there.
    return personYear(ctx.ledger, year, onjobId)!;
  },
  'dual.thresholds': (ctx) => evaluationThresholds(ctx.ledger),
  'dual.saveThresholds': (ctx, input) => saveThresholds(ctx.ledger, input),
  'reports.dualRegistration': (ctx, { year }) => exportRegistration(ctx.ledger, ctx.exportsDir, year, todayOf(ctx)),
  'reports.dualActivities': (ctx, { year }) => exportActivityLedger(ctx.ledger, ctx.exportsDir, year, todayOf(ctx)),
  'reports.dualFeedback': (ctx, { year }) => exportFeedback(ctx.ledger, ctx.exportsDir, year, todayOf(ctx)),
};
