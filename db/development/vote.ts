import type { DevVoteProposal } from '../../api/schemas/development';
import { notFound } from '../ledgerError';
import type { Ledger } from '../open';
import { readPerson } from './read';
import { fullMembersOfBranch } from './roster';

/**
 * The 支部大会's 应到 from the dated facts: the branch's 正式党员 with 党籍 正常 that day, like a
 * meeting's voters. Both figures start equal; the secretary corrects them (e.g. a member under
 * 留党察看 has no vote).
 */
export function proposeVote(ledger: Ledger, personId: number, on: string): DevVoteProposal {
  const p = readPerson(ledger, personId);
  if (!p) throw notFound('发展党员');
  const due = fullMembersOfBranch(ledger, p.orgId, on);
  return { on, orgId: p.orgId, dueFull: due, dueVoting: due };
}
