// Year figures of 双报到: per 在职党员 (count, hours, suggested and final 社区评价), per unit,
// and the community totals the street asks for.
import { eq } from 'drizzle-orm';
import { DEFAULT_THRESHOLDS, suggestGrade, type CommunityGrade, type EvaluationThresholds } from '../../api/dualReg';
import type { YearFigures } from '../../api/schemas/dualReg';
import { nowStamp } from '../clock';
import { notFound, refuse } from '../ledgerError';
import type { Ledger } from '../open';
import { onjobEvaluations, onjobMembers, settings } from '../schema';

const KEY = 'dualReg.thresholds';

export function evaluationThresholds(ledger: Ledger): EvaluationThresholds {
  const raw = ledger.db.select().from(settings).where(eq(settings.key, KEY)).get()?.value;
  try {
    return raw ? { ...DEFAULT_THRESHOLDS, ...JSON.parse(raw) } : DEFAULT_THRESHOLDS;
  } catch {
    return DEFAULT_THRESHOLDS;
  }
}

export function saveThresholds(ledger: Ledger, t: EvaluationThresholds): EvaluationThresholds {
  const value = JSON.stringify(t);
  ledger.db.insert(settings).values({ key: KEY, value }).onConflictDoUpdate({ target: settings.key, set: { value } }).run();
  return t;
}

export function yearFigures(ledger: Ledger, year: number): YearFigures {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const thresholds = evaluationThresholds(ledger);
  const db = ledger.sqlite;
  const people = db
    .prepare(
      // Aggregate the year's participations first, driven by the activities held that year
      // (CROSS JOIN keeps that order), then attach them to the people: about 10 ms at street scale,
      // where joining per person probed every activity of the year for each of 3,000 people.
      `WITH agg AS (
         SELECT p.ref_id, count(*) AS n, sum(p.hours) AS h, group_concat(a.theme) AS s
         FROM activities a CROSS JOIN activity_participants p ON p.activity_id = a.id AND p.kind = 'onjob'
         WHERE a.held_on BETWEEN @from AND @to GROUP BY p.ref_id)
       SELECT o.id AS onjobId, o.name, u.name AS unitName, o.unit_id AS unitId, o.registered_on AS registeredOn,
              coalesce(agg.n, 0) AS activities, coalesce(agg.h, 0) AS hours, agg.s AS services, e.grade AS override, e.reason
       FROM onjob_members o
       LEFT JOIN units u ON u.id = o.unit_id
       LEFT JOIN agg ON agg.ref_id = o.id
       LEFT JOIN onjob_evaluations e ON e.onjob_id = o.id AND e.year = @year
       WHERE o.registered_on <= @to AND (o.revoked_on IS NULL OR o.revoked_on >= @from)
       ORDER BY u.id, o.id`,
    )
    .all({ from, to, year }) as { onjobId: number; name: string; unitName: string | null; unitId: number | null; registeredOn: string; activities: number; hours: number; services: string | null; override: CommunityGrade | null; reason: string | null }[];

  const rows = people.map((p) => {
    const suggested = suggestGrade(thresholds, p.activities, p.hours);
    return {
      onjobId: p.onjobId,
      name: p.name,
      unitName: p.unitName,
      registeredOn: p.registeredOn,
      activities: p.activities,
      hours: Math.round(p.hours * 10) / 10,
      services: [...new Set((p.services ?? '').split(',').filter(Boolean))].slice(0, 5).join('、'),
      suggested,
      grade: p.override ?? suggested,
      reason: p.reason,
    };
  });

  const units = db
    .prepare(`SELECT id AS unitId, name FROM units WHERE registered_on <= ? AND (cancelled_on IS NULL OR cancelled_on >= ?) ORDER BY id`)
    .all(to, from) as { unitId: number; name: string }[];
  // A unit's activities: those it took part in itself or through one of its 在职党员, each once.
  const unitActivities = new Map(
    (
      db
        .prepare(
          `SELECT unit_id AS unitId, count(DISTINCT activity_id) AS n FROM (
             SELECT p.ref_id AS unit_id, p.activity_id FROM activity_participants p WHERE p.kind = 'unit'
             UNION ALL
             SELECT o.unit_id, p.activity_id FROM activity_participants p JOIN onjob_members o ON o.id = p.ref_id WHERE p.kind = 'onjob' AND o.unit_id IS NOT NULL
           ) x WHERE x.activity_id IN (SELECT id FROM activities WHERE held_on BETWEEN ? AND ?) GROUP BY unit_id`,
        )
        .all(from, to) as { unitId: number; n: number }[]
    ).map((r) => [r.unitId, r.n]),
  );
  const hoursByUnit = new Map<number, { registered: number; hours: number }>();
  people.forEach((p, i) => {
    if (p.unitId === null) return;
    const u = hoursByUnit.get(p.unitId) ?? { registered: 0, hours: 0 };
    u.registered++;
    u.hours += rows[i].hours;
    hoursByUnit.set(p.unitId, u);
  });
  const unitRows = units.map((u) => ({
    ...u,
    registered: hoursByUnit.get(u.unitId)?.registered ?? 0,
    activities: unitActivities.get(u.unitId) ?? 0,
    hours: Math.round((hoursByUnit.get(u.unitId)?.hours ?? 0) * 10) / 10,
  }));
  return { year, people: rows, units: unitRows, totals: yearTotals(ledger, year) };
}

/** The street's totals for a year, without the per-person rows (what 首页 shows). */
export function yearTotals(ledger: Ledger, year: number): YearFigures['totals'] {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
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
  return { ...t, hours: Math.round(t.hours * 10) / 10 };
}

export function setEvaluation(ledger: Ledger, onjobId: number, year: number, grade: CommunityGrade, reason: string): void {
  ledger.tx(() => {
    if (!ledger.db.select({ id: onjobMembers.id }).from(onjobMembers).where(eq(onjobMembers.id, onjobId)).get()) throw notFound('在职党员');
    if (!reason.trim()) throw refuse('请填写调整理由', 'reason');
    ledger.db
      .insert(onjobEvaluations)
      .values({ onjobId, year, grade, reason, createdAt: nowStamp() })
      .onConflictDoUpdate({ target: [onjobEvaluations.onjobId, onjobEvaluations.year], set: { grade, reason, createdAt: nowStamp() } })
      .run();
  });
}
