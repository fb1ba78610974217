import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

// 街道 mode (docs/street.md): the communities a street oversees and the 上报包 they sent.
// Nothing is deleted: a community closes with a date; a package a later one replaced stays,
// marked with when and by which.

export const streetCommunities = sqliteTable(
  'street_communities',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    contact: text('contact'),
    phone: text('phone'),
    note: text('note'),
    createdAt: text('created_at').notNull(),
    closedOn: text('closed_on'),
  },
  (t) => [uniqueIndex('street_communities_name_uq').on(t.name)],
);

export const streetPackages = sqliteTable(
  'street_packages',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    communityId: integer('community_id')
      .notNull()
      .references(() => streetCommunities.id, { onDelete: 'restrict' }),
    year: integer('year').notNull(),
    /** NULL = the whole year. */
    quarter: integer('quarter'),
    fileName: text('file_name').notNull(),
    /** manifest.sha256: the same package imported twice is the same package. */
    sha256: text('sha256').notNull(),
    /** manifest.json and data.json as verified (text; parsed and memoized by db/street/live.ts). */
    manifest: text('manifest').notNull(),
    data: text('data').notNull(),
    importedAt: text('imported_at').notNull(),
    replacedAt: text('replaced_at'),
    replacedBy: integer('replaced_by'),
  },
  (t) => [
    index('street_packages_period_idx').on(t.year, t.quarter, t.replacedAt, t.communityId),
    index('street_packages_community_idx').on(t.communityId, t.year, t.quarter),
    check('street_packages_quarter_ck', sql`quarter IS NULL OR quarter BETWEEN 1 AND 4`),
  ],
);
