// A new member typed with 流动去向, 失联日期 or 党员中心户 (the fields the member form had
// before the registers): each becomes its register's record, dated today when no date was typed.
import type { MemberInput } from '../../api/schemas/members';
import { nowStamp } from '../clock';
import type { Ledger } from '../open';
import { refreshMemberCareCache } from './memberCache';

export function recordCareFlags(
  ledger: Ledger,
  memberId: number,
  input: Pick<MemberInput, 'flowDestination' | 'lostContactOn' | 'isCenterHousehold' | 'building' | 'joinedOn'>,
  today: string,
): void {
  if (!input.flowDestination && !input.lostContactOn && !input.isCenterHousehold) return;
  const at = nowStamp();
  const from = input.joinedOn > today ? input.joinedOn : today;
  if (input.flowDestination) {
    ledger
      .prepare('INSERT INTO flow_outs (member_id, left_on, place, created_at, updated_at) VALUES (?, ?, ?, ?, ?)')
      .run(memberId, from, input.flowDestination, at, at);
  }
  if (input.lostContactOn) {
    ledger.prepare('INSERT INTO lost_contacts (member_id, lost_on, created_at, updated_at) VALUES (?, ?, ?, ?)').run(memberId, input.lostContactOn, at, at);
  }
  if (input.isCenterHousehold) {
    ledger
      .prepare('INSERT INTO center_households (member_id, building, households, from_on, created_at, updated_at) VALUES (?, ?, 0, ?, ?, ?)')
      .run(memberId, input.building ?? '未填写', from, at, at);
  }
  refreshMemberCareCache(ledger, memberId, today);
}
