// Manual points (表彰, 一票否决, …), reversals and 不参加积分: every change is a new row.
import { and, eq } from 'drizzle-orm';
import { nowStamp } from '../clock';
import { LedgerError, notFound, refuse } from '../ledgerError';
import type { Ledger } from '../open';
import { refreshTotals } from './totals';
import { members, pointEntries, pointExclusions, pointRules } from '../schema';
import { recomputePoints } from './recompute';

export interface ManualEntryInput {
  memberId: number;
  ruleId: number;
  occurredOn: string;
  /** For rules without a fixed value; defaults to the rule's points. */
  points: number | null;
  reason: string;
  operator: string;
}

function memberInYear(ledger: Ledger, memberId: number, year: number) {
  const m = ledger.db.select().from(members).where(eq(members.id, memberId)).get();
  if (!m) throw notFound('党员');
  if (m.joinedOn > `${year}-12-31` || (m.leftOn && m.leftOn < `${year}-01-01`)) throw refuse(`${m.name}${year}年不在党员名册中`, 'memberId');
  const excluded = ledger.db
    .select()
    .from(pointExclusions)
    .where(and(eq(pointExclusions.memberId, memberId), eq(pointExclusions.year, year)))
    .get();
  if (excluded) throw refuse(`${m.name}${year}年不参加积分（${excluded.reason}）`, 'memberId');
  return m;
}

export function addManualEntry(ledger: Ledger, input: ManualEntryInput, today: string): number {
  return ledger.tx(() => {
    if (input.occurredOn > today) throw refuse('日期不能晚于今天', 'occurredOn');
    const year = Number(input.occurredOn.slice(0, 4));
    const rule = ledger.db.select().from(pointRules).where(eq(pointRules.id, input.ruleId)).get();
    if (!rule) throw notFound('积分规则');
    if (rule.source !== 'manual') throw refuse(`“${rule.name}”由系统根据来源记录自动计算，不能手工登记`, 'ruleId');
    if (rule.year !== year) throw refuse(`所选规则属于${rule.year}年，日期却在${year}年`, 'occurredOn');
    if (!rule.active) throw refuse(`“${rule.name}”已停用`, 'ruleId');
    memberInYear(ledger, input.memberId, year);
    const points = rule.category === '一票否决' ? 0 : (input.points ?? rule.points);
    if (rule.category === '扣分' && points > 0) throw refuse('扣分应为负数', 'points');
    if (rule.category === '加分' && points < 0) throw refuse('加分应为正数', 'points');
    if (rule.cap !== null) {
      const used = ledger.sqlite
        .prepare('SELECT coalesce(sum(points), 0) AS s FROM point_entries WHERE member_id = ? AND rule_id = ?')
        .get(input.memberId, rule.id) as { s: number };
      if (Math.abs(used.s) + Math.abs(points) > rule.cap + 1e-9)
        throw refuse(`超过“${rule.name}”的年度上限 ${rule.cap} 分（已登记 ${Math.abs(used.s)} 分）`, 'points');
    }
    const id = ledger.db
      .insert(pointEntries)
      .values({
        year,
        memberId: input.memberId,
        ruleId: rule.id,
        points,
        occurredOn: input.occurredOn,
        sourceKind: 'manual',
        sourceId: null,
        auto: false,
        reason: input.reason,
        operator: input.operator,
        createdAt: nowStamp(),
      })
      .returning({ id: pointEntries.id })
      .get().id;
    refreshTotals(ledger, year, [input.memberId]);
    return id;
  });
}

/** A correction: the opposite entry, linked to the one it cancels. The original stays. */
export function reverseEntry(ledger: Ledger, input: { id: number; reason: string; operator: string }, today: string): number {
  return ledger.tx(() => {
    const entry = ledger.db.select().from(pointEntries).where(eq(pointEntries.id, input.id)).get();
    if (!entry) throw notFound('积分记录');
    if (entry.auto) throw refuse('自动积分随来源记录变化：请修改对应的会议、活动或微心愿记录，不能直接冲销');
    if (entry.reversesId) throw refuse('这是一条冲销记录，不能再冲销');
    const done = ledger.db.select({ id: pointEntries.id }).from(pointEntries).where(eq(pointEntries.reversesId, entry.id)).get();
    if (done) throw new LedgerError('CONFLICT', '该记录已经冲销过');
    const occurredOn = today.slice(0, 4) === String(entry.year) ? today : `${entry.year}-12-31`;
    const id = ledger.db
      .insert(pointEntries)
      .values({
        ...entry,
        id: undefined,
        points: -entry.points,
        occurredOn,
        reversesId: entry.id,
        reason: input.reason,
        operator: input.operator,
        createdAt: nowStamp(),
      })
      .returning({ id: pointEntries.id })
      .get().id;
    refreshTotals(ledger, entry.year, [entry.memberId]);
    return id;
  });
}

export function setExclusion(ledger: Ledger, input: { memberId: number; year: number; reason: string | null }): void {
  ledger.tx(() => {
    const m = ledger.db.select({ id: members.id }).from(members).where(eq(members.id, input.memberId)).get();
    if (!m) throw notFound('党员');
    const where = and(eq(pointExclusions.memberId, input.memberId), eq(pointExclusions.year, input.year));
    if (input.reason === null) ledger.db.delete(pointExclusions).where(where).run();
    else
      ledger.db
        .insert(pointExclusions)
        .values({ memberId: input.memberId, year: input.year, reason: input.reason, createdAt: nowStamp() })
        .onConflictDoUpdate({ target: [pointExclusions.memberId, pointExclusions.year], set: { reason: input.reason } })
        .run();
    recomputePoints(ledger, input.year, [input.memberId]);
  });
}
