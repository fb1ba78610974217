import { personFile } from '../../db/development/file';
import { listPeople } from '../../db/development/list';
import { createPerson, leavePerson, updatePerson } from '../../db/development/people';
import { readPlan, savePlan } from '../../db/development/plan';
import { recordStep, voidRecord } from '../../db/development/record';
import { listSteps, saveStepName } from '../../db/development/steps';
import { proposeVote } from '../../db/development/vote';
import { exportDevProgress, exportDevRecord, exportDevRoster, exportDevStats } from '../../excel/exportDevelopment';
import { todayOf } from '../context';
import type { HandlersOf } from '../handlerTypes';
import type { developmentCalls } from '../../api/contract/development';

export const development: HandlersOf<typeof developmentCalls> = {
  'development.steps': (ctx) => listSteps(ctx.ledger),
  'development.list': (ctx, input) => listPeople(ctx.ledger, input, todayOf(ctx)),
  'development.person': (ctx, { id }) => personFile(ctx.ledger, id, todayOf(ctx)),
  'development.plan': (ctx, { year }) => readPlan(ctx.ledger, year, todayOf(ctx)),
  'development.proposeVote': (ctx, { personId, on }) => proposeVote(ctx.ledger, personId, on),
  'development.create': (ctx, input) => createPerson(ctx.ledger, input, todayOf(ctx)),
  'development.update': (ctx, { id, ...input }) => updatePerson(ctx.ledger, id, input, todayOf(ctx)),
  'development.record': (ctx, input) => recordStep(ctx.ledger, input, todayOf(ctx)),
  'development.voidRecord': (ctx, { id, reason }) => voidRecord(ctx.ledger, id, reason, todayOf(ctx)),
  'development.leave': (ctx, input) => leavePerson(ctx.ledger, input, todayOf(ctx)),
  'development.savePlan': (ctx, input) => savePlan(ctx.ledger, input, todayOf(ctx)),
  'development.saveStepName': (ctx, { code, name }) => saveStepName(ctx.ledger, code, name),
  'reports.devRoster': (ctx, input) => exportDevRoster(ctx.ledger, ctx.exportsDir, input, todayOf(ctx)),
  'reports.devProgress': (ctx, input) => exportDevProgress(ctx.ledger, ctx.exportsDir, input, todayOf(ctx)),
  'reports.devStats': (ctx, input) => exportDevStats(ctx.ledger, ctx.exportsDir, input, todayOf(ctx)),
  'reports.devRecord': (ctx, input) => exportDevRecord(ctx.ledger, ctx.exportsDir, input, todayOf(ctx)),
};
