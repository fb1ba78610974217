import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * What a year's 党内统计 said when it was reported: the first 上报包 of the whole year made as of its
 * 12-31, or the 年度封账 (docs/census.md, "A reported year does not move"). Never updated: later
 * edits dated into the year are shown against it, and the next year's 年初 is its 年末.
 */
export const censusReports = sqliteTable(
  'census_reports',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    year: integer('year').notNull(),
    asOf: text('as_of').notNull(),
    source: text('source', { enum: ['上报包', '封账'] }).notNull(),
    /** The CensusReport as it was reported (JSON). */
    report: text('report').notNull(),
    /** The ids of the members counted in its 年末党员总数 (JSON array), to name who a later 差 is about. */
    counted: text('counted').notNull(),
    madeAt: text('made_at').notNull(),
    operator: text('operator'),
  },
  (t) => [index('census_reports_year_idx').on(t.year, t.id), check('census_reports_source_ck', sql`source IN ('上报包', '封账')`)],
);

/** The reason typed for a year's 实有数与应有数之差 (its 年初 against last year's reported 年末). Append-only: the latest row of a year is in force. */
export const censusDiffReasons = sqliteTable(
  'census_diff_reasons',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** The year whose 年初 differs. */
    year: integer('year').notNull(),
    /** The 差 the reason was given for: a later, different 差 asks again. */
    difference: integer('difference').notNull(),
    reason: text('reason').notNull(),
    operator: text('operator'),
    at: text('at').notNull(),
  },
  (t) => [index('census_diff_reasons_year_idx').on(t.year, t.id)],
);
