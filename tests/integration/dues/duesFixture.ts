// A community with two branches and helpers that enter dues the way the calls do.
import type { MemberInput } from '../../../api/schemas/members';
import { payInput, saveBaseInput, type PayInput, type SaveBaseInput } from '../../../api/schemas/dues';
import { saveBase } from '../../../db/dues/baseWrites';
import { pay } from '../../../db/dues/pay';
import { createMember } from '../../../db/members/write';
import type { Ledger } from '../../../db/open';
import { basicTree, memberInput, memoryLedger, TODAY } from '../../support/testLedger';

export function duesLedger() {
  const ledger = memoryLedger();
  const tree = basicTree(ledger);
  const add = (name: string, extra: Partial<MemberInput> = {}, branchId = tree.branchA.id) =>
    createMember(ledger, memberInput(branchId, { name, ...extra }), null, TODAY).id;
  return { ledger, tree, add };
}

export const base = (ledger: Ledger, memberId: number, fields: Partial<SaveBaseInput> & { baseFen?: number | null }) =>
  saveBase(ledger, saveBaseInput.parse({ memberId, fromMonth: '2026-01', kind: '在职', ...fields }));

export const payMonths = (ledger: Ledger, memberId: number, fromMonth: string, toMonth = fromMonth, extra: Partial<PayInput> = {}) =>
  pay(ledger, payInput.parse({ memberId, fromMonth, toMonth, paidOn: '2026-11-01', method: '现金', collector: '李书记', ...extra }), TODAY);

/** The month page's row for a member. */
export const rowOf = <R extends { memberId: number }>(rows: R[], memberId: number): R | undefined => rows.find((r) => r.memberId === memberId);
