import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { members } from './members';
import { orgs } from './orgs';

/** One rule of a year's local points scheme (shared/DOMAIN.md, "积分"); the scheme is data. */
export const pointRules = sqliteTable(
  'point_rules',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    year: integer('year').notNull(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    category: text('category', { enum: ['基础分', '加分', '扣分', '一票否决'] }).notNull(),
    /** Points per occurrence, or per `perHours` hours; negative for 扣分. */
    points: real('points').notNull(),
    perHours: real('per_hours'),
    /** Largest absolute yearly total of this rule for one person; null = no cap. */
    cap: real('cap'),
    source: text('source', { enum: ['base', 'meeting', 'absence', 'activity', 'activityHours', 'demand', 'dues', 'manual'] }).notNull(),
    /** For source 'meeting': JSON list of meeting types that earn this rule. */
    meetingTypes: text('meeting_types'),
    appliesTo: text('applies_to', { enum: ['党员', '在职党员', '全部'] })
      .notNull()
      .default('党员'),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [uniqueIndex('point_rules_year_code_uq').on(t.year, t.code)],
);

/**
 * The points ledger, append-only. Automatic entries (auto = 1) are derived from their
 * source record; when the source changes, recompute appends the difference.
 */
export const pointEntries = sqliteTable(
  'point_entries',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    year: integer('year').notNull(),
    memberId: integer('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'restrict' }),
    ruleId: integer('rule_id')
      .notNull()
      .references(() => pointRules.id, { onDelete: 'restrict' }),
    points: real('points').notNull(),
    occurredOn: text('occurred_on').notNull(),
    /** 'base' | 'meeting' | 'activity' | 'demand' | 'dues' | 'manual'. */
    sourceKind: text('source_kind').notNull(),
    sourceId: integer('source_id'),
    auto: integer('auto', { mode: 'boolean' }).notNull(),
    reversesId: integer('reverses_id').references((): AnySQLiteColumn => pointEntries.id, { onDelete: 'restrict' }),
    reason: text('reason'),
    operator: text('operator'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    // Covering for the sums by member and rule (point_totals, 积分明细) and for the recompute's
    // read of what it already holds, grouped by member, rule and source in index order
    // (migration 0011: that read 285 → 154 ms, no sort), from the index alone.
    index('point_entries_sums_idx').on(t.year, t.memberId, t.ruleId, t.sourceKind, t.sourceId, t.auto, t.points, t.occurredOn, t.reversesId),
    uniqueIndex('point_entries_reverses_uq').on(t.reversesId),
  ],
);

/**
 * Each member's sums for a year, so the ranking reads 20,000 rows instead of summing 190,000
 * entries after every write. Amounts are in millionths of a point (integers: sums stay exact).
 * Derived: only `refreshTotals` (db/points/totals.ts) writes it, in the transaction that wrote
 * the entries; `tests/integration/points/totals.test.ts` holds it to the entries.
 */
export const pointTotals = sqliteTable(
  'point_totals',
  {
    year: integer('year').notNull(),
    memberId: integer('member_id').notNull(),
    /** 基础分, 加分 and 扣分 (negative), in millionths. */
    base: integer('base').notNull(),
    bonus: integer('bonus').notNull(),
    deductions: integer('deductions').notNull(),
    /** 一票否决 entries not reversed; the year's total is 0 while above 0. */
    vetoes: integer('vetoes').notNull(),
  },
  (t) => [primaryKey({ columns: [t.year, t.memberId] })],
);

/** 不参加积分 for a year (年老体弱, 流出), with the reason. */
export const pointExclusions = sqliteTable(
  'point_exclusions',
  {
    memberId: integer('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'restrict' }),
    year: integer('year').notNull(),
    reason: text('reason').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.memberId, t.year] })],
);

/** 民主评议党员: one batch per branch and year. */
export const appraisals = sqliteTable(
  'appraisals',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    year: integer('year').notNull(),
    orgId: integer('org_id')
      .notNull()
      .references(() => orgs.id, { onDelete: 'restrict' }),
    heldOn: text('held_on'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [uniqueIndex('appraisals_year_org_uq').on(t.year, t.orgId)],
);

export const appraisalEntries = sqliteTable(
  'appraisal_entries',
  {
    appraisalId: integer('appraisal_id')
      .notNull()
      .references(() => appraisals.id, { onDelete: 'restrict' }),
    memberId: integer('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'restrict' }),
    /** Set when the member does not take part (未参评), with the reason. */
    absentReason: text('absent_reason'),
    selfResult: text('self_result'),
    peerResult: text('peer_result'),
    ratingResult: text('rating_result'),
    grade: text('grade', { enum: ['优秀', '合格', '基本合格', '不合格'] }),
    reason: text('reason'),
    disposal: text('disposal', { enum: ['限期改正', '劝退', '除名'] }),
    disposalNote: text('disposal_note'),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.appraisalId, t.memberId] })],
);

/** 年度封账: a closed year's records are read-only (enforced by triggers, see migration 0005). */
export const closedYears = sqliteTable('closed_years', {
  year: integer('year').primaryKey(),
  closedAt: text('closed_at').notNull(),
  operator: text('operator'),
});

/** Every closing and reopening, with who and why: never deleted. */
export const yearCloseEvents = sqliteTable('year_close_events', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  year: integer('year').notNull(),
  action: text('action', { enum: ['封账', '重新开启'] }).notNull(),
  reason: text('reason'),
  operator: text('operator'),
  at: text('at').notNull(),
});

/** 评星定级 thresholds of a year: the lowest total that earns each star count. */
export const pointStars = sqliteTable(
  'point_stars',
  {
    year: integer('year').notNull(),
    stars: integer('stars').notNull(),
    minPoints: real('min_points').notNull(),
  },
  (t) => [primaryKey({ columns: [t.year, t.stars] })],
);
