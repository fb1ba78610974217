// Inputs the member tests build again and again: a status change with the dialog's empty
// fields, and the member form as it stands (what updateMember is sent).
import type { MemberInput } from '../../api/schemas/members';
import { getMember } from '../../db/members/read';
import type { StatusChangeInput } from '../../db/members/status';
import type { Ledger } from '../../db/open';
import { TODAY } from './testLedger';

export const statusChange = (c: Partial<StatusChangeInput> & Pick<StatusChangeInput, 'change'>): StatusChangeInput => ({
  occurredOn: '2026-10-01',
  place: null,
  letterNo: null,
  reason: null,
  extendedTo: null,
  ...c,
});

export const formOf = (ledger: Ledger, id: number): MemberInput => {
  const {
    id: _id,
    partyStatus: _p,
    partyStatusOn: _po,
    probationExtendedTo: _e,
    leftOn: _l,
    leftReason: _r,
    branchName: _b,
    groupName: _g,
    age: _a,
    partyYears: _y,
    events: _ev,
    probationDueOn: _d,
    duesPaidThroughDerived: _dp,
    ...input
  } = getMember(ledger, id, TODAY);
  return input;
};
