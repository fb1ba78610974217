import { eq } from 'drizzle-orm';
import type { ActivityInput, ActivityRow } from '../../api/schemas/dualReg';
import { nowStamp } from '../clock';
import { notFound, refuse } from '../ledgerError';
import type { Ledger } from '../open';
import { activities, activityParticipants, demands } from '../schema';
import { activityTouches, followSources } from '../points/follow';

const NAME_SQL: Record<string, string> = {
  onjob: 'SELECT name FROM onjob_members WHERE id = ?',
  member: 'SELECT name FROM members WHERE id = ?',
  unit: 'SELECT name FROM units WHERE id = ?',
};

export function saveActivity(ledger: Ledger, input: ActivityInput, today: string): number {
  return ledger.tx(() => {
    if (input.heldOn > today) throw refuse('活动日期不能晚于今天', 'heldOn');
    const { id: existing, participants, ...fields } = input;
    for (const p of participants) {
      if (!ledger.sqlite.prepare(NAME_SQL[p.kind]).get(p.refId)) throw refuse('参加者中有找不到的人员或单位，请重新选择', 'participants');
    }
    if (fields.demandId && !ledger.db.select({ id: demands.id }).from(demands).where(eq(demands.id, fields.demandId)).get()) throw notFound('需求');
    const at = nowStamp();
    const before = existing ? activityTouches(ledger, existing) : [];
    let id: number;
    if (existing) {
      if (!ledger.db.select({ id: activities.id }).from(activities).where(eq(activities.id, existing)).get()) throw notFound('活动');
      ledger.db
        .update(activities)
        .set({ ...fields, updatedAt: at })
        .where(eq(activities.id, existing))
        .run();
      ledger.db.delete(activityParticipants).where(eq(activityParticipants.activityId, existing)).run();
      id = existing;
    } else
      id = ledger.db
        .insert(activities)
        .values({ ...fields, createdAt: at, updatedAt: at })
        .returning({ id: activities.id })
        .get().id;
    const ins = ledger.sqlite.prepare('INSERT INTO activity_participants (activity_id, kind, ref_id, hours) VALUES (?, ?, ?, ?)');
    const seen = new Set<string>();
    for (const p of participants) {
      const key = `${p.kind}:${p.refId}`;
      if (seen.has(key)) throw refuse('参加者中有重复', 'participants');
      seen.add(key);
      ins.run(id, p.kind, p.refId, p.hours);
    }
    followSources(ledger, [...before, ...activityTouches(ledger, id)]);
    return id;
  });
}

export function listActivities(ledger: Ledger, year: number): ActivityRow[] {
  const rows = ledger.db
    .select()
    .from(activities)
    .all()
    .filter((a) => a.heldOn.startsWith(String(year)))
    .sort((a, b) => b.heldOn.localeCompare(a.heldOn));
  const parts = ledger.sqlite.prepare('SELECT kind, ref_id AS refId, hours FROM activity_participants WHERE activity_id = ?');
  return rows.map(({ createdAt: _c, updatedAt: _u, ...a }) => {
    const participants = (parts.all(a.id) as { kind: 'onjob' | 'member' | 'unit'; refId: number; hours: number }[]).map((p) => ({
      ...p,
      name: (ledger.sqlite.prepare(NAME_SQL[p.kind]).get(p.refId) as { name: string }).name,
    }));
    const people = participants.filter((p) => p.kind !== 'unit');
    return {
      ...a,
      category: a.category as ActivityRow['category'],
      participants,
      people: people.length,
      hours: people.reduce((s, p) => s + p.hours, 0),
      unitNames: participants.filter((p) => p.kind === 'unit').map((p) => p.name),
    };
  });
}
