// 首页's care panel: its own call, like 党费's. Reminders only; nothing here changes a status.
import { contactDueOn } from '../../api/rules/care';
import type { CareReminders } from '../../api/schemas/care';
import type { Ledger } from '../open';
import { listFlows } from './flows';
import { honorList } from './honor';
import { listLost } from './lost';
import { notVisited } from './visits';

export const CARE_REMINDER_LIMIT = 12;

export function careReminders(ledger: Ledger, today: string, limit = CARE_REMINDER_LIMIT): CareReminders {
  const overdue = listFlows(ledger, { asOf: today, includeEnded: false, memberId: null })
    .rows.filter((r) => r.contactOverdue)
    .map((r) => ({
      memberId: r.memberId,
      name: r.name,
      branchName: r.branchName,
      flowOutId: r.id,
      place: r.place,
      lastContactOn: r.lastContactOn,
      since: contactDueOn(r.leftOn, r.lastContactOn),
    }))
    .sort((a, b) => a.since.localeCompare(b.since) || a.memberId - b.memberId);
  const lost = listLost(ledger, { asOf: today, includeFound: false })
    // Something to decide: 停止党籍 (or 取消预备党员资格) due, or 自行脱党 handling due; a 停止党籍
    // already recorded waits out its 2 years without a reminder.
    .rows.filter((r) => r.stage !== '失联' && r.stage !== '已停止党籍')
    .map((r) => ({ memberId: r.memberId, name: r.name, branchName: r.branchName, lostId: r.id, lostOn: r.lostOn, stage: r.stage }));
  const year = Number(today.slice(0, 4));
  return {
    today,
    uncontacted: overdue.slice(0, limit),
    uncontactedTotal: overdue.length,
    lost: lost.slice(0, limit),
    lostTotal: lost.length,
    honorPending: honorList(ledger, year).rows.filter((r) => r.presentedOn === null).length,
    notVisited: notVisited(ledger, year).rows.length,
  };
}
