// A community with two branches of 正式党员 and a router to take people through 发展党员 by
// the contract, as the page does.
import type { CallInput, CallName } from '../../../api/contract';
import type { DevPersonFile, DevRecordResult } from '../../../api/schemas/development';
import type { MemberInput } from '../../../api/schemas/members';
import { createMember } from '../../../db/members/write';
import { basicTree, makeId, memberInput, memoryLedger, routerFor, TODAY } from '../../support/testLedger';
import { callerFor } from '../../support/callRouter';

export function devLedger(today = TODAY) {
  const ledger = memoryLedger();
  const tree = basicTree(ledger);
  const add = (name: string, extra: Partial<MemberInput> = {}, branchId = tree.branchA.id) =>
    createMember(ledger, memberInput(branchId, { name, ...extra }), null, today).id;
  const { router } = routerFor(ledger, today);
  const { call } = callerFor(router);
  /** The refusal's message (and field) of a call that must fail. */
  const refusal = async <K extends CallName>(name: K, input: CallInput<K>): Promise<{ message: string; field?: string }> => {
    const answer = await router.handle(name, input);
    if (answer.ok) throw new Error(`${name} was expected to be refused`);
    return { message: answer.error.message, field: answer.error.field };
  };
  const applicant = (name: string, birthDate = '1998-04-05', orgId = tree.branchA.id): Promise<DevPersonFile> =>
    call('development.create', {
      name,
      gender: '女',
      ethnicity: '汉族',
      idNumber: makeId(birthDate, '女'),
      education: '大学本科',
      workUnit: '社区卫生服务站',
      phone: '13800000000',
      orgId,
    });
  const step = (personId: number, stepCode: string, doneOn: string, extra: Partial<CallInput<'development.record'>> = {}): Promise<DevRecordResult> =>
    call('development.record', { personId, stepCode, doneOn, ...extra } as CallInput<'development.record'>);
  return { ledger, tree, add, router, call, refusal, applicant, step };
}
