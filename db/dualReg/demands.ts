// 需求 and 微心愿 through the 五单: each step dated and signed, taken once, in order.
import { eq } from 'drizzle-orm';
import { DEMAND_STEPS, type DemandStep } from '../../api/dualReg';
import type { DemandRow } from '../../api/schemas/dualReg';
import { nowStamp } from '../clock';
import { LedgerError, notFound, refuse } from '../ledgerError';
import type { Ledger } from '../open';
import { demands, demandSteps, onjobMembers } from '../schema';
import { demandTouches, followSources } from '../points/follow';

export interface StepInput {
  demandId: number;
  step: DemandStep;
  doneOn: string;
  doneBy: string;
  note: string | null;
  onjobId: number | null;
}

export function listDemands(ledger: Ledger): DemandRow[] {
  const all = ledger.db.select().from(demands).orderBy(demands.id).all();
  const steps = ledger.db
    .select({ s: demandSteps, onjobName: onjobMembers.name })
    .from(demandSteps)
    .leftJoin(onjobMembers, eq(onjobMembers.id, demandSteps.onjobId))
    .all();
  return all.map((d) => {
    const mine = steps
      .filter((x) => x.s.demandId === d.id)
      .map((x) => ({ step: x.s.step as DemandStep, doneOn: x.s.doneOn, doneBy: x.s.doneBy, note: x.s.note, onjobName: x.onjobName }))
      .sort((a, b) => DEMAND_STEPS.indexOf(a.step) - DEMAND_STEPS.indexOf(b.step));
    return { id: d.id, kind: d.kind, title: d.title, content: d.content, requester: d.requester, steps: mine, next: DEMAND_STEPS[mine.length] ?? null };
  });
}

export function createDemand(
  ledger: Ledger,
  input: { kind: string; title: string; content: string | null; requester: string; requesterPhone: string | null; doneOn: string; doneBy: string },
  today: string,
): number {
  return ledger.tx(() => {
    if (input.doneOn > today) throw refuse('点单日期不能晚于今天', 'doneOn');
    const { doneOn, doneBy, ...fields } = input;
    const id = ledger.db
      .insert(demands)
      .values({ ...fields, createdAt: nowStamp() })
      .returning({ id: demands.id })
      .get().id;
    ledger.db.insert(demandSteps).values({ demandId: id, step: '居民点单', doneOn, doneBy, createdAt: nowStamp() }).run();
    return id;
  });
}

export function takeStep(ledger: Ledger, input: StepInput, today: string): void {
  ledger.tx(() => {
    const demand = ledger.db.select({ id: demands.id }).from(demands).where(eq(demands.id, input.demandId)).get();
    if (!demand) throw notFound('需求');
    const done = ledger.db.select().from(demandSteps).where(eq(demandSteps.demandId, input.demandId)).all();
    if (done.some((s) => s.step === input.step)) throw refuse(`“${input.step}”已经办理过，不能重复`, 'step');
    const expected = DEMAND_STEPS[done.length];
    if (!expected) throw refuse('该需求五个步骤已全部完成');
    if (input.step !== expected) throw refuse(`不能跳过步骤：下一步应为“${expected}”`, 'step');
    const last = done
      .map((s) => s.doneOn)
      .sort()
      .pop()!;
    if (input.doneOn < last) throw refuse(`日期不能早于上一步（${last}）`, 'doneOn');
    if (input.doneOn > today) throw refuse('日期不能晚于今天', 'doneOn');
    if (input.step === '党员接单' && !input.onjobId) throw new LedgerError('VALIDATION', '请选择接单的在职党员', 'onjobId');
    ledger.db
      .insert(demandSteps)
      .values({ ...input, onjobId: input.step === '党员接单' ? input.onjobId : null, createdAt: nowStamp() })
      .run();
    followSources(ledger, demandTouches(ledger, input.demandId));
  });
}
