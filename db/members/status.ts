// Dated status changes. Each is one transaction that changes the member's dated facts on
// that day (and the cache on the member row), and appends the event to their history;
// nothing is deleted, leaving moves the member to 历史党员.
import { eq } from 'drizzle-orm';
import type { StatusChange } from '../../api/enums';
import { addYears, todayIso } from '../../api/rules/dates';
import { nowStamp } from '../clock';
import { notFound, refuse } from '../ledgerError';
import type { Ledger } from '../open';
import { memberEvents, members } from '../schema';
import { setFacts, type FactValues } from './facts';

export interface StatusChangeInput {
  change: StatusChange;
  occurredOn: string;
  place: string | null;
  letterNo: string | null;
  reason: string | null;
  extendedTo: string | null;
}

type MemberRecord = typeof members.$inferSelect;
type Patch = Partial<typeof members.$inferInsert>;
/** Columns of the member row besides the cached facts, the facts that change, and whether the member leaves the roster. */
interface Plan {
  patch: Patch;
  facts: FactValues;
  leaving?: boolean;
}

/** Off the roster from that day: no 支部, no 党小组 (the row keeps the last ones for 历史党员). */
const OFF_ROSTER: FactValues = { branch: null, group: null };

/** What each change requires of the member, and what it sets. Throws a Chinese refusal. */
function planChange(m: MemberRecord, input: StatusChangeInput): Plan {
  const active = m.leftOn === null;
  const requireActive = () => {
    if (!active) throw refuse(`${m.name}已于${m.leftOn}${m.leftReason}，不在册，不能办理${input.change}`);
  };
  const on = input.occurredOn;
  switch (input.change) {
    case '转出':
      requireActive();
      return { patch: { leftOn: on, leftReason: '转出' }, facts: OFF_ROSTER, leaving: true };
    case '出党':
    case '死亡':
      requireActive();
      return { patch: { leftOn: on, leftReason: input.change, partyStatusOn: on }, facts: { party_status: input.change, ...OFF_ROSTER }, leaving: true };
    case '转入':
      if (active) throw refuse(`${m.name}目前在册，无需办理转入`);
      if (m.leftReason !== '转出') throw refuse(`${m.name}已${m.leftReason}，不能办理转入`);
      if (on < (m.leftOn ?? on)) throw refuse('转入日期不能早于转出日期', 'occurredOn');
      // Back in the branch and 党小组 they left from; a move is then a dated change in the form.
      return { patch: { leftOn: null, leftReason: null }, facts: { branch: m.branchId, group: m.groupId } };
    case '停止党籍':
    case '保留党籍':
      requireActive();
      if (m.partyStatus === input.change) throw refuse(`${m.name}目前已是${input.change}`);
      return { patch: { partyStatusOn: on }, facts: { party_status: input.change } };
    case '恢复':
      requireActive();
      if (m.partyStatus !== '停止党籍' && m.partyStatus !== '保留党籍') {
        throw refuse(`${m.name}的党籍状态为${m.partyStatus}，无需恢复`);
      }
      return { patch: { partyStatusOn: on }, facts: { party_status: '正常' } };
    case '转正':
      requireActive();
      if (m.category !== '预备党员') throw refuse(`${m.name}已是正式党员`);
      return { patch: { fullMemberOn: on, probationExtendedTo: null }, facts: { category: '正式党员' } };
    case '延长预备期': {
      requireActive();
      if (m.category !== '预备党员') throw refuse(`${m.name}是正式党员，没有预备期`);
      const to = input.extendedTo as string;
      const normalEnd = addYears(m.joinedOn, 1);
      // 党章第七条: 预备期可延长，但不能超过一年。
      if (to <= normalEnd) throw refuse(`延长后的期满日期应晚于原期满日期${normalEnd}`, 'extendedTo');
      if (to > addYears(m.joinedOn, 2)) throw refuse('延长预备期不能超过一年', 'extendedTo');
      return { patch: { probationExtendedTo: to }, facts: {} };
    }
  }
}

export function changeMemberStatus(ledger: Ledger, id: number, input: StatusChangeInput, today = todayIso()): void {
  ledger.tx(() => {
    const m = ledger.db.select().from(members).where(eq(members.id, id)).get();
    if (!m) throw notFound('党员');
    if (input.occurredOn > today) throw refuse('日期不能晚于今天', 'occurredOn');
    if (input.occurredOn < m.joinedOn) throw refuse(`日期不能早于入党日期${m.joinedOn}`, 'occurredOn');
    const { patch, facts, leaving } = planChange(m, input);
    const at = nowStamp();
    setFacts(ledger, id, facts, input.occurredOn, { field: 'occurredOn', leaving });
    ledger.db.update(members).set({ ...patch, updatedAt: at }).where(eq(members.id, id)).run();
    ledger.db
      .insert(memberEvents)
      .values({
        memberId: id,
        kind: input.change,
        occurredOn: input.occurredOn,
        place: input.place,
        letterNo: input.letterNo,
        reason: input.change === '延长预备期' ? `延长至${input.extendedTo}；${input.reason ?? ''}` : input.reason,
        createdAt: at,
      })
      .run();
  });
}
