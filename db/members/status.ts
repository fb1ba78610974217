// Dated status changes. Each is one transaction that changes the member's dated facts on
// that day (and the cache on the member row), and appends the event to their history;
// nothing is deleted, leaving moves the member to 历史党员.
import { paidThrough } from '../dues/memberMonths';
import { monthIndex } from '../dues/months';
import { eq } from 'drizzle-orm';
import type { StatusChange } from '../../api/enums';
import type { PartyExitKind } from '../../api/rules/census';
import { todayIso } from '../../api/rules/dates';
import { extensionProblem, fullMembershipProblem, type RuleProblem } from '../../api/rules/probation';
import { nowStamp } from '../clock';
import { notFound, refuse } from '../ledgerError';
import type { Ledger } from '../open';
import { memberEvents, members } from '../schema';
import { followRosterChange } from '../development/follow';
import { setFacts, type FactValues } from './facts';
import { refuseInClosedYear } from '../closedDay';

export interface StatusChangeInput {
  change: StatusChange;
  occurredOn: string;
  place: string | null;
  letterNo: string | null;
  reason: string | null;
  extendedTo: string | null;
  /** 转正: the 支部大会's date and the 上级党委's approval date, recorded beside the 转正日期 (required, api/rules/probation.ts). */
  decidedOn?: string | null;
  approvedOn?: string | null;
  /** 出党: written first in the event's reason ('除名；…'), where 党内统计 reads it (api/rules/census.ts). */
  exitKind?: PartyExitKind | null;
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

const failOn = (problem: RuleProblem | null) => {
  if (problem) throw refuse(problem.message, problem.field);
};

/** What each change requires of the member, and what it sets. Throws a Chinese refusal. */
function planChange(m: MemberRecord, input: StatusChangeInput, today: string): Plan {
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
      // 停止党籍 is for 正式党员 out of contact (党员教育管理工作条例 第二十四条); a 预备党员 who cannot be
      // reached is handled by 取消预备党员资格 (《中国共产党发展党员工作细则》, 预备党员的教育、考察和转正).
      if (input.change === '停止党籍' && m.category === '预备党员')
        throw refuse(`${m.name}是预备党员，不能停止党籍；无法取得联系的预备党员应办理“取消预备党员资格”`);
      if (m.partyStatus === input.change) throw refuse(`${m.name}目前已是${input.change}`);
      return { patch: { partyStatusOn: on }, facts: { party_status: input.change } };
    case '恢复':
      requireActive();
      if (m.partyStatus !== '停止党籍' && m.partyStatus !== '保留党籍') {
        throw refuse(`${m.name}的党籍状态为${m.partyStatus}，无需恢复`);
      }
      return { patch: { partyStatusOn: on }, facts: { party_status: '正常' } };
    case '转正': {
      requireActive();
      if (m.category !== '预备党员') throw refuse(`${m.name}已是正式党员`);
      failOn(fullMembershipProblem(m, on, input.decidedOn ?? null, input.approvedOn ?? null, today));
      return { patch: { fullMemberOn: on }, facts: { category: '正式党员' } };
    }
    case '延长预备期':
      requireActive();
      if (m.category !== '预备党员') throw refuse(`${m.name}是正式党员，没有预备期`);
      failOn(extensionProblem(m, input.extendedTo as string));
      return { patch: { probationExtendedTo: input.extendedTo }, facts: {} };
    case '取消预备党员资格':
      requireActive();
      if (m.category !== '预备党员') throw refuse(`${m.name}是正式党员，不能取消预备党员资格`);
      // Leaves the roster like 出党 and stays in history; from that day they hold no 人员类别.
      return { patch: { leftOn: on, leftReason: '取消预备党员资格' }, facts: { ...OFF_ROSTER, category: null }, leaving: true };
  }
}

/** The 转出 record states 党费交纳至 (derived from the payments), as the 介绍信 does. */
function transferOutNote(ledger: Ledger, id: number, reason: string | null, today: string): string | null {
  const through = paidThrough(ledger, id, monthIndex(today.slice(0, 7)));
  return [reason, through ? `党费交纳至${through}` : null].filter((x) => x !== null).join('；') || null;
}

function eventReason(ledger: Ledger, id: number, input: StatusChangeInput, today: string): string | null {
  if (input.change === '延长预备期') return `延长至${input.extendedTo}；${input.reason ?? ''}`;
  if (input.change === '转出') return transferOutNote(ledger, id, input.reason, today);
  if (input.change === '出党' && input.exitKind) return [input.exitKind, input.reason].filter((x) => x).join('；');
  return input.reason;
}

export function changeMemberStatus(ledger: Ledger, id: number, input: StatusChangeInput, today = todayIso()): void {
  ledger.tx(() => {
    const m = ledger.db.select().from(members).where(eq(members.id, id)).get();
    if (!m) throw notFound('党员');
    if (input.occurredOn > today) throw refuse('日期不能晚于今天', 'occurredOn');
    if (input.occurredOn < m.joinedOn) throw refuse(`日期不能早于入党日期${m.joinedOn}`, 'occurredOn');
    refuseInClosedYear(ledger, input.occurredOn, `${m.name}的${input.change}记录`, 'occurredOn');
    const { patch, facts, leaving } = planChange(m, input, today);
    const at = nowStamp();
    setFacts(ledger, id, facts, input.occurredOn, { field: 'occurredOn', leaving });
    ledger.db
      .update(members)
      .set({ ...patch, updatedAt: at })
      .where(eq(members.id, id))
      .run();
    ledger.db
      .insert(memberEvents)
      .values({
        memberId: id,
        kind: input.change,
        occurredOn: input.occurredOn,
        place: input.place,
        letterNo: input.letterNo,
        reason: eventReason(ledger, id, input, today),
        decidedOn: input.change === '转正' ? (input.decidedOn ?? null) : null,
        approvedOn: input.change === '转正' ? (input.approvedOn ?? null) : null,
        createdAt: at,
      })
      .run();
    // The person's 发展 file follows in the same transaction (one story, development/follow.ts).
    followRosterChange(ledger, id, input);
  });
}
