// What the 转正 / 延长预备期 dialog proposes for a 预备党员: the 转正日期 is the day the 预备期
// ends (api/rules/probation.ts), and an extension's allowed range, if one is still allowed.
import { extensionBounds, normalProbationEnd, probationEnd } from '../../api/rules/probation';
import type { ProbationProposal } from '../../api/schemas/members';
import { notFound, refuse } from '../ledgerError';
import type { Ledger } from '../open';

export function probationProposal(ledger: Ledger, memberId: number, today: string): ProbationProposal {
  const m = ledger
    .prepare('SELECT id, name, category, joined_on AS joinedOn, probation_extended_to AS probationExtendedTo, left_on AS leftOn FROM members WHERE id = ?')
    .get(memberId) as { id: number; name: string; category: string; joinedOn: string; probationExtendedTo: string | null; leftOn: string | null } | undefined;
  if (!m) throw notFound('党员');
  if (m.category !== '预备党员' || m.leftOn) throw refuse(`${m.name}不是在册的预备党员`);
  const dueOn = probationEnd(m);
  const bounds = extensionBounds(m.joinedOn);
  return {
    memberId,
    joinedOn: m.joinedOn,
    normalEnd: normalProbationEnd(m.joinedOn),
    extendedTo: m.probationExtendedTo,
    fullMemberOn: dueOn,
    canConvertNow: dueOn <= today,
    extension: m.probationExtendedTo ? null : bounds,
  };
}
