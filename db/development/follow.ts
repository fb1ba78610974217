// The file and the roster are one story (shared/DOMAIN.md "发展党员"): a 转正, 取消预备党员资格,
// 转出 (or 出党, 死亡) recorded on the roster moves the person's 发展 file on in the same
// transaction, and a 转入 back reopens a file that the 转出 closed. The other direction
// (上级党委审批转正 recorded in the file performs the roster's 转正) is admit.ts.
import { nowStamp } from '../clock';
import type { Ledger } from '../open';

export interface RosterChange {
  change: string;
  occurredOn: string;
  decidedOn?: string | null;
  approvedOn?: string | null;
}

/** Records written for the file from the roster carry this source, beside 录入 and 导入. */
export const FROM_ROSTER = '党员管理';

const LEAVING = ['转出', '出党', '死亡', '取消预备党员资格'];

interface FileRow {
  id: number;
  leftOn: string | null;
  leftReason: string | null;
}

const liveStep = (ledger: Ledger, personId: number, code: string): boolean =>
  ledger.prepare('SELECT 1 FROM dev_records WHERE person_id = ? AND step_code = ? AND voided_at IS NULL LIMIT 1').get(personId, code) !== undefined;

export function followRosterChange(ledger: Ledger, memberId: number, input: RosterChange): void {
  const file = ledger
    .prepare('SELECT id, left_on AS leftOn, left_reason AS leftReason FROM dev_people WHERE member_id = ? ORDER BY id DESC LIMIT 1')
    .get(memberId) as FileRow | undefined;
  if (!file) return;
  const at = nowStamp();
  const insert = ledger.prepare('INSERT INTO dev_records (person_id, step_code, done_on, note, source, created_at) VALUES (?, ?, ?, ?, ?, ?)');
  // A finished file (转正审批 recorded) is the past: leaving the roster later does not touch it.
  const finished = liveStep(ledger, file.id, 'regularApprove');
  if (input.change === '转正') {
    // Recorded from the file, the 转正审批 record is already there (record.ts writes it first).
    if (finished || file.leftOn) return;
    const decided = input.decidedOn ?? input.occurredOn;
    if (!liveStep(ledger, file.id, 'regularMeeting'))
      insert.run(file.id, 'regularMeeting', decided, '据党员名册的转正记录补记（支部大会讨论日期）', FROM_ROSTER, at);
    insert.run(file.id, 'regularApprove', input.approvedOn ?? decided, `据党员名册的转正记录补记，转正日期${input.occurredOn}`, FROM_ROSTER, at);
    return;
  }
  if (LEAVING.includes(input.change)) {
    if (finished || file.leftOn) return;
    ledger
      .prepare('UPDATE dev_people SET left_on = ?, left_reason = ?, left_note = ?, updated_at = ? WHERE id = ?')
      .run(input.occurredOn, input.change, '党员名册中办理', at, file.id);
    return;
  }
  if (input.change === '转入' && file.leftReason === '转出') {
    ledger.prepare('UPDATE dev_people SET left_on = NULL, left_reason = NULL, left_note = NULL, updated_at = ? WHERE id = ?').run(at, file.id);
  }
}
