// A community with two branches, its router, and a typed way to make calls the way the UI does.
import type { CallInput, CallName } from '../../../api/contract';
import type { MemberInput } from '../../../api/schemas/members';
import { createMember } from '../../../db/members/write';
import { basicTree, memberInput, memoryLedger, routerFor, TODAY } from '../../support/testLedger';
import { callerFor } from '../../support/callRouter';

export function careLedger(today = TODAY) {
  const ledger = memoryLedger();
  const tree = basicTree(ledger);
  const add = (name: string, extra: Partial<MemberInput> = {}, branchId = tree.branchA.id) =>
    createMember(ledger, memberInput(branchId, { name, ...extra }), null, today).id;
  const { router, exportsDir } = routerFor(ledger, today);
  const { call } = callerFor(router);
  /** The refusal's message and field, for a call expected to fail. */
  const refusal = async <K extends CallName>(name: K, input: CallInput<K>) => {
    const answer = await router.handle(name, input);
    if (answer.ok) throw new Error(`${name} was expected to be refused`);
    return answer.error;
  };
  return { ledger, tree, add, call, refusal, exportsDir };
}

export const flowOut = (memberId: number, extra: Record<string, unknown> = {}) => ({
  memberId,
  leftOn: '2026-01-10',
  place: '广东省深圳市',
  unit: '某电子厂',
  contact: '13800000001',
  cardNo: 'LD-001',
  joinsLifeThere: true,
  ...extra,
});
