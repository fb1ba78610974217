// A year's points scheme: rules and star thresholds, as rows. The shipped default lives in
// resources/pointsScheme.json; a year starts from it or from a copy of another year.
import { and, asc, eq } from 'drizzle-orm';
import scheme from '../../resources/pointsScheme.json';
import type { RuleCategory, RuleSource, StarLevel } from '../../api/points';
import type { PointRule, PointRuleInput } from '../../api/schemas/points';
import { LedgerError, notFound, refuse } from '../ledgerError';
import type { Ledger } from '../open';
import { pointEntries, pointRules, pointStars } from '../schema';
import { recomputePoints } from './recompute';
import { refreshTotals } from './totals';

interface SchemeRule {
  code: string;
  name: string;
  category: string;
  points: number;
  perHours?: number | null;
  cap?: number | null;
  source: string;
  meetingTypes?: string[] | null;
  appliesTo?: string;
}

const toRule = (r: typeof pointRules.$inferSelect): PointRule => ({
  id: r.id,
  year: r.year,
  code: r.code,
  name: r.name,
  category: r.category,
  points: r.points,
  perHours: r.perHours,
  cap: r.cap,
  source: r.source,
  meetingTypes: r.meetingTypes ? (JSON.parse(r.meetingTypes) as string[]) : [],
  appliesTo: r.appliesTo,
  active: r.active,
});

export function listRules(ledger: Ledger, year: number): PointRule[] {
  return ledger.db.select().from(pointRules).where(eq(pointRules.year, year)).orderBy(asc(pointRules.sortOrder), asc(pointRules.id)).all().map(toRule);
}

export function starLevels(ledger: Ledger, year: number): StarLevel[] {
  const rows = ledger.db.select().from(pointStars).where(eq(pointStars.year, year)).all();
  return (rows.length ? rows : scheme.stars).map((r) => ({ stars: r.stars, minPoints: r.minPoints })).sort((a, b) => b.stars - a.stars);
}

function insertScheme(ledger: Ledger, year: number, rules: SchemeRule[], stars: StarLevel[]) {
  const stmt = ledger.sqlite.prepare(
    `INSERT INTO point_rules (year, code, name, category, points, per_hours, cap, source, meeting_types, applies_to, active, sort_order)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)`,
  );
  rules.forEach((r, i) =>
    stmt.run(
      year,
      r.code,
      r.name,
      r.category,
      r.points,
      r.perHours ?? null,
      r.cap ?? null,
      r.source,
      r.meetingTypes?.length ? JSON.stringify(r.meetingTypes) : null,
      r.appliesTo ?? '党员',
      i,
    ),
  );
  ledger.db.delete(pointStars).where(eq(pointStars.year, year)).run();
  for (const s of stars) ledger.db.insert(pointStars).values({ year, stars: s.stars, minPoints: s.minPoints }).run();
}

function assertNoRules(ledger: Ledger, year: number) {
  if (listRules(ledger, year).length > 0) throw refuse(`${year}年已有积分规则，请直接修改`, 'year');
}

/** Starts a year from the shipped default scheme, then derives its entries. */
export function adoptDefaultScheme(ledger: Ledger, year: number): PointRule[] {
  return ledger.tx(() => {
    assertNoRules(ledger, year);
    insertScheme(ledger, year, scheme.rules, scheme.stars);
    recomputePoints(ledger, year);
    return listRules(ledger, year);
  });
}

/** Copies a year's rules and star table to another year that has none yet. */
export function copyScheme(ledger: Ledger, from: number, to: number): PointRule[] {
  return ledger.tx(() => {
    const source = listRules(ledger, from);
    if (source.length === 0) throw refuse(`${from}年没有积分规则可复制`, 'from');
    assertNoRules(ledger, to);
    insertScheme(ledger, to, source, starLevels(ledger, from));
    recomputePoints(ledger, to);
    return listRules(ledger, to);
  });
}

function checkRule(input: PointRuleInput) {
  const sign = (category: RuleCategory, points: number) => {
    if (category === '扣分' && points > 0) throw refuse('扣分规则的分值应为负数，例如 -2', 'points');
    if ((category === '加分' || category === '基础分') && points < 0) throw refuse(`${category}规则的分值不能为负数`, 'points');
  };
  sign(input.category, input.points);
  if (input.category === '一票否决' && input.source !== 'manual') throw refuse('一票否决只能手工登记', 'source');
  if (input.source === 'meeting' && input.meetingTypes.length === 0) throw refuse('“出席会议”规则请至少选择一种会议类型', 'meetingTypes');
  if (input.source === 'activityHours' && !input.perHours) throw refuse('按服务时长计分的规则请填写“每多少小时”', 'perHours');
  if (input.source === 'base' && input.category !== '基础分') throw refuse('年度基础分规则的类别应为“基础分”', 'category');
}

/** Adds or changes a rule, then re-derives the year (a rule change moves every automatic entry). */
export function saveRule(ledger: Ledger, input: PointRuleInput): PointRule[] {
  return ledger.tx(() => {
    checkRule(input);
    const clash = ledger.db
      .select({ id: pointRules.id })
      .from(pointRules)
      .where(and(eq(pointRules.year, input.year), eq(pointRules.code, input.code)))
      .get();
    if (clash && clash.id !== input.id) throw new LedgerError('CONFLICT', `编码“${input.code}”在${input.year}年已被其他规则使用`, 'code');
    const values = {
      year: input.year,
      code: input.code,
      name: input.name,
      category: input.category,
      points: input.points,
      perHours: input.source === 'activityHours' ? input.perHours : null,
      cap: input.cap,
      source: input.source as RuleSource,
      meetingTypes: input.source === 'meeting' ? JSON.stringify(input.meetingTypes) : null,
      appliesTo: input.appliesTo,
      active: input.active,
    };
    if (input.id) {
      const old = ledger.db.select().from(pointRules).where(eq(pointRules.id, input.id)).get();
      if (!old || old.year !== input.year) throw notFound('积分规则');
      const used = ledger.db
        .select({ id: pointEntries.id })
        .from(pointEntries)
        .where(and(eq(pointEntries.ruleId, input.id), eq(pointEntries.auto, false)))
        .get();
      if (used && old.source !== input.source) throw refuse('该规则已有手工登记的积分，不能改变其来源；可停用后新建规则', 'source');
      ledger.db.update(pointRules).set(values).where(eq(pointRules.id, input.id)).run();
    } else {
      const order = listRules(ledger, input.year).length;
      ledger.db
        .insert(pointRules)
        .values({ ...values, sortOrder: order })
        .run();
    }
    recomputePoints(ledger, input.year);
    // A changed category moves manual entries between 加分 and 扣分 without appending any.
    refreshTotals(ledger, input.year);
    return listRules(ledger, input.year);
  });
}

export function saveStars(ledger: Ledger, year: number, levels: StarLevel[]): StarLevel[] {
  return ledger.tx(() => {
    const sorted = [...levels].sort((a, b) => b.stars - a.stars);
    for (let i = 1; i < sorted.length; i++) {
      if (sorted[i].minPoints >= sorted[i - 1].minPoints) throw refuse(`${sorted[i - 1].stars}星的分数线应高于${sorted[i].stars}星`, 'stars');
    }
    ledger.db.delete(pointStars).where(eq(pointStars.year, year)).run();
    for (const s of sorted) ledger.db.insert(pointStars).values({ year, stars: s.stars, minPoints: s.minPoints }).run();
    return starLevels(ledger, year);
  });
}
