// One member's records in every register (the member drawer's section).
import { honorYear, partyAgeFrom } from '../../api/rules/care';
import type { MemberCare } from '../../api/schemas/care';
import type { Ledger } from '../open';
import { listCenters } from './centers';
import { listFlows } from './flows';
import { listLost } from './lost';
import { requireMember } from './memberCache';

export function memberCare(ledger: Ledger, memberId: number, today: string): MemberCare {
  requireMember(ledger, memberId);
  const m = ledger.prepare('SELECT joined_on AS joinedOn, full_member_on AS fullMemberOn FROM members WHERE id = ?').get(memberId) as {
    joinedOn: string;
    fullMemberOn: string | null;
  };
  const partyFrom = partyAgeFrom(m);
  const medal = ledger.prepare('SELECT year, presented_on AS presentedOn FROM honor_medals WHERE member_id = ?').get(memberId) as
    { year: number; presentedOn: string } | undefined;
  const visits = ledger.sqlite
    .prepare(
      `SELECT v.id, v.member_id AS memberId, m.name, o.name AS branchName, v.visited_on AS visitedOn, v.occasion, v.visitors, v.money_fen AS moneyFen,
              v.goods, v.fund_source AS fundSource, v.note, v.voided_at AS voidedAt, v.void_reason AS voidReason
       FROM care_visits v JOIN members m ON m.id = v.member_id JOIN orgs o ON o.id = m.branch_id WHERE v.member_id = ? ORDER BY v.visited_on DESC, v.id DESC`,
    )
    .all(memberId) as MemberCare['visits'];
  return {
    memberId,
    flows: listFlows(ledger, { asOf: today, includeEnded: true, memberId }).rows,
    lost: listLost(ledger, { asOf: today, includeFound: true, memberId }).rows,
    visits,
    medal: medal ?? null,
    honorYear: partyFrom ? honorYear(partyFrom) : null,
    centers: listCenters(ledger, { asOf: today, includeEnded: true, memberId }).rows,
  };
}
