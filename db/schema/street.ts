import { sql } from 'drizzle-orm';
import { blob, check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

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
    /** The community ledger's stable id (settings communityUid), from its first package that carries one: a rename stays one row. */
    uid: text('uid'),
    /** Names it had before a package renamed it, JSON array of { name, until } (shown as 曾用名). */
    formerNames: text('former_names'),
    /** The 接入码 the street gave it: packages signed with it (HMAC-SHA256) are known to be its, unchanged. */
    accessCode: text('access_code'),
    /** Merged into another record (a duplicate): its packages moved there, it is closed on the merge day. */
    mergedInto: integer('merged_into'),
  },
  (t) => [uniqueIndex('street_communities_name_uq').on(t.name), uniqueIndex('street_communities_uid_uq').on(t.uid)],
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
    /** Voided by the street with a reason: kept, listed, out of every view. */
    voidedAt: text('voided_at'),
    voidReason: text('void_reason'),
    /** The package file as received, so the community's own forms (报表/*.xlsx) can be opened; NULL for packages stored before. */
    bytes: blob('bytes', { mode: 'buffer' }),
    /** 1 when its HMAC with the community's 接入码 held; 0 = 未签名. */
    signed: integer('signed').notNull().default(0),
    /** The community record it was stored under before a merge moved it. */
    movedFrom: integer('moved_from'),
  },
  (t) => [
    index('street_packages_period_idx').on(t.year, t.quarter, t.replacedAt, t.communityId),
    index('street_packages_community_idx').on(t.communityId, t.year, t.quarter),
    check('street_packages_quarter_ck', sql`quarter IS NULL OR quarter BETWEEN 1 AND 4`),
  ],
);
