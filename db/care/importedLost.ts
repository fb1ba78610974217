// 失联 from an imported roster (全国党员管理信息系统's 是否失联 / 失联日期): a record of the 失联 register,
// unless the member already has an open one (the register holds one open 失联 per member).
import { nowStamp } from '../clock';
import type { Ledger } from '../open';
import { refreshMemberCareCache } from './memberCache';

export const IMPORTED_LOST_NOTE = '花名册导入：原表“是否失联”为是';

/** Records the member as 失联 since `lostOn`; false when an open 失联 record was already there. */
export function recordImportedLost(ledger: Ledger, memberId: number, lostOn: string, today: string): boolean {
  const open = ledger.prepare('SELECT 1 FROM lost_contacts WHERE member_id = ? AND found_on IS NULL').get(memberId);
  if (open) return false;
  const at = nowStamp();
  ledger
    .prepare('INSERT INTO lost_contacts (member_id, lost_on, note, created_at, updated_at) VALUES (?, ?, ?, ?, ?)')
    .run(memberId, lostOn, IMPORTED_LOST_NOTE, at, at);
  refreshMemberCareCache(ledger, memberId, today);
  return true;
}
