// Year figures of 双报到: per unit and the community totals the street asks for; the
// secretary's 社区评价. The per-person rows are yearPeople.ts.
import { eq } from 'drizzle-orm';
import type { CommunityGrade } from '../../api/dualReg';
import type { YearFigures } from '../../api/schemas/dualReg';
import { nowStamp } from '../clock';
import { notFound, refuse } from '../ledgerError';
import type { Ledger } from '../open';
import { onjobEvaluations, onjobMembers } from '../schema';
import { roundHours } from './yearPeople';

export function yearFigures(ledger: Ledger, year: number): YearFigures {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const db = ledger.sqlite;
  const units = db
    .prepare(`SELECT id AS unitId, name FROM units WHERE registered_on <= ? AND (cancelled_on IS NULL OR cancelled_on >= ?) ORDER BY id`)
    .all(to, from) as { unitId: number; name: string }[];
  // One read of the year's unit and 在职党员 participations feeds every per-unit figure: three
  // aggregates over them (per person, per unit, distinct per unit) cost three times as much.
  const taken = db
    .prepare(
      `SELECT p.activity_id, p.kind = 'unit', p.ref_id, p.hours FROM activities a CROSS JOIN activity_participants p ON p.activity_id = a.id
       WHERE a.held_on BETWEEN ? AND ? AND p.kind != 'member'`,
    )
    .raw()
    .all(from, to) as [number, 0 | 1, number, number][];
  const people = db
    .prepare('SELECT id, unit_id, registered_on <= @to AND (revoked_on IS NULL OR revoked_on >= @from) FROM onjob_members')
    .raw()
    .all({ from, to }) as [number, number | null, 0 | 1][];
  const unitOf = new Map(people.map(([id, unitId]) => [id, unitId]));
  const hoursOf = new Map<number, number>();
  // A unit's activities: those it took part in itself or through one of its 在职党员, each once.
  const activitiesOf = new Map<number, Set<number>>();
  for (const [activityId, isUnit, refId, hours] of taken) {
    if (!isUnit) hoursOf.set(refId, (hoursOf.get(refId) ?? 0) + hours);
    const unitId = isUnit ? refId : unitOf.get(refId);
    if (unitId == null) continue;
    const set = activitiesOf.get(unitId) ?? new Set<number>();
    set.add(activityId);
    activitiesOf.set(unitId, set);
  }
  // Registered and hours count the people registered during the year, each rounded as listed.
  const byUnit = new Map<number, { registered: number; hours: number }>();
  for (const [id, unitId, inYear] of people) {
    if (!inYear || unitId === null) continue;
    const u = byUnit.get(unitId) ?? { registered: 0, hours: 0 };
    u.registered++;
    u.hours += roundHours(hoursOf.get(id) ?? 0);
    byUnit.set(unitId, u);
  }
  const unitRows = units.map((u) => ({
    ...u,
    registered: byUnit.get(u.unitId)?.registered ?? 0,
    activities: activitiesOf.get(u.unitId)?.size ?? 0,
    hours: roundHours(byUnit.get(u.unitId)?.hours ?? 0),
  }));
  return { year, units: unitRows, totals: yearTotals(ledger, year) };
}

/** The street's totals for a year, without the per-person rows (what 首页 shows). */
export const yearTotals = (ledger: Ledger, year: number): YearFigures['totals'] => totalsBetween(ledger, `${year}-01-01`, `${year}-12-31`);

/** The same totals for any span of days (a quarter's 上报包), counted as a year's are. */
export function totalsBetween(ledger: Ledger, from: string, to: string): YearFigures['totals'] {
  const t = ledger.sqlite
    .prepare(
      `SELECT (SELECT count(*) FROM units WHERE registered_on <= @to AND (cancelled_on IS NULL OR cancelled_on >= @from)) AS units,
              (SELECT count(*) FROM onjob_members WHERE registered_on <= @to AND (revoked_on IS NULL OR revoked_on >= @from)) AS members,
              (SELECT count(*) FROM activities WHERE held_on BETWEEN @from AND @to) AS activities,
              taken.participations, taken.hours,
              (SELECT count(*) FROM demand_steps WHERE step = '党群评单' AND done_on BETWEEN @from AND @to) AS demandsCompleted
       FROM (SELECT count(*) AS participations, coalesce(sum(p.hours), 0) AS hours FROM activity_participants p JOIN activities a ON a.id = p.activity_id
             WHERE a.held_on BETWEEN @from AND @to AND p.kind != 'unit') AS taken`,
    )
    .get({ from, to }) as YearFigures['totals'];
  return { ...t, hours: roundHours(t.hours) };
}

export function setEvaluation(ledger: Ledger, onjobId: number, year: number, grade: CommunityGrade, reason: string): void {
  ledger.tx(() => {
    const person = ledger.db
      .select({ registeredOn: onjobMembers.registeredOn, revokedOn: onjobMembers.revokedOn })
      .from(onjobMembers)
      .where(eq(onjobMembers.id, onjobId))
      .get();
    if (!person) throw notFound('在职党员');
    if (person.registeredOn > `${year}-12-31` || (person.revokedOn !== null && person.revokedOn < `${year}-01-01`)) {
      throw refuse(`该在职党员${year}年不在报到期内，不能评价`, 'year');
    }
    if (!reason.trim()) throw refuse('请填写调整理由', 'reason');
    ledger.db
      .insert(onjobEvaluations)
      .values({ onjobId, year, grade, reason, createdAt: nowStamp() })
      .onConflictDoUpdate({ target: [onjobEvaluations.onjobId, onjobEvaluations.year], set: { grade, reason, createdAt: nowStamp() } })
      .run();
  });
}
