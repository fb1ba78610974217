import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { streetCommunities } from './street';

// What a street sends down and what it receives (issue 30, docs/street.md "Down"): each community's yearly
// 发展计划 quota, the 报送 deadlines, and the 党费 the street received from each community. A quota or a deadline
// is set again in place (the audit log keeps each call); money received is never edited: a correction is a new
// record that names the one it corrects.

export const streetDevQuotas = sqliteTable(
  'street_dev_quotas',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    communityId: integer('community_id')
      .notNull()
      .references(() => streetCommunities.id, { onDelete: 'restrict' }),
    year: integer('year').notNull(),
    /** 入党申请人, 入党积极分子, 发展对象 and 发展党员 the community is to have in the year. */
    applied: integer('applied').notNull(),
    activists: integer('activists').notNull(),
    candidates: integer('candidates').notNull(),
    admitted: integer('admitted').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('street_dev_quotas_uq').on(t.communityId, t.year),
    check('street_dev_quotas_ck', sql`applied >= 0 AND activists >= 0 AND candidates >= 0 AND admitted >= 0`),
  ],
);

export const streetDeadlines = sqliteTable(
  'street_deadlines',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    year: integer('year').notNull(),
    /** 0 = the year's package, 1..4 a quarter's (not NULL, so the unique index holds one row per period). */
    quarter: integer('quarter').notNull(),
    /** The last day the period's 上报包 is due at the street. */
    dueOn: text('due_on').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [uniqueIndex('street_deadlines_uq').on(t.year, t.quarter), check('street_deadlines_quarter_ck', sql`quarter BETWEEN 0 AND 4`)],
);

export const streetDuesReceived = sqliteTable(
  'street_dues_received',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    communityId: integer('community_id')
      .notNull()
      .references(() => streetCommunities.id, { onDelete: 'restrict' }),
    /** The day the money arrived: the period it counts in. */
    receivedOn: text('received_on').notNull(),
    /** 分; a correction may be negative (it is added to what it corrects). */
    amountFen: integer('amount_fen').notNull(),
    note: text('note'),
    /** The record this one corrects (its amount is the difference), or NULL. */
    corrects: integer('corrects'),
    createdAt: text('created_at').notNull(),
    operator: text('operator'),
  },
  (t) => [index('street_dues_received_idx').on(t.communityId, t.receivedOn)],
);
