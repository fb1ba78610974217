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
      `SELECT o.id AS onjobId, o.name, u.name AS unitName, o.unit_id AS unitId, o.registered_on AS registeredOn,
              count(DISTINCT a.id) AS activities, coalesce(sum(p.hours), 0) AS hours,
              group_concat(DISTINCT a.theme) AS services, e.grade AS override, e.reason
       FROM onjob_members o
       LEFT JOIN units u ON u.id = o.unit_id
       LEFT JOIN activity_participants p ON p.kind = 'onjob' AND p.ref_id = o.id
         AND p.activity_id IN (SELECT id FROM activities WHERE held_on BETWEEN @from AND @to)
       LEFT JOIN activities a ON a.id = p.activity_id
       LEFT JOIN onjob_evaluations e ON e.onjob_id = o.id AND e.year = @year
       WHERE o.registered_on <= @to AND (o.revoked_on IS NULL OR o.revoked_on >= @from)
       GROUP BY o.id ORDER BY u.id, o.id`,
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
      services: (p.services ?? '').split(',').filter(Boolean).slice(0, 5).join('、'),
      suggested,
      grade: p.override ?? suggested,
      reason: p.reason,
    };
  });

  const units = db
    .prepare(`SELECT id AS unitId, name FROM units WHERE registered_on <= ? AND (cancelled_on IS NULL OR cancelled_on >= ?) ORDER BY id`)
    .all(to, from) as { unitId: number; name: string }[];
  const unitActivities = db.prepare(
    `SELECT count(DISTINCT a.id) AS n FROM activities a JOIN activity_participants p ON p.activity_id = a.id
     WHERE a.held_on BETWEEN ? AND ? AND ((p.kind = 'unit' AND p.ref_id = ?) OR (p.kind = 'onjob' AND p.ref_id IN (SELECT id FROM onjob_members WHERE unit_id = ?)))`,
  );
  const unitRows = units.map((u) => {
    const mine = rows.filter((r) => people.find((p) => p.onjobId === r.onjobId)?.unitId === u.unitId);
    return {
      ...u,
      registered: mine.length,
      activities: (unitActivities.get(from, to, u.unitId, u.unitId) as { n: number }).n,
      hours: Math.round(mine.reduce((s, r) => s + r.hours, 0) * 10) / 10,
    };
  });

  const t = db
    .prepare(
      `SELECT (SELECT count(*) FROM activities WHERE held_on BETWEEN @from AND @to) AS activities,
              (SELECT count(*) FROM activity_participants p JOIN activities a ON a.id = p.activity_id WHERE a.held_on BETWEEN @from AND @to AND p.kind != 'unit') AS participations,
              (SELECT coalesce(sum(p.hours), 0) FROM activity_participants p JOIN activities a ON a.id = p.activity_id WHERE a.held_on BETWEEN @from AND @to AND p.kind != 'unit') AS hours,
              (SELECT count(*) FROM demand_steps WHERE step = '党群评单' AND done_on BETWEEN @from AND @to) AS demandsCompleted`,
    )
    .get({ from, to }) as { activities: number; participations: number; hours: number; demandsCompleted: number };
  return {
    year,
    people: rows,
    units: unitRows,
    totals: { units: units.length, members: rows.length, ...t, hours: Math.round(t.hours * 10) / 10 },
  };
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
