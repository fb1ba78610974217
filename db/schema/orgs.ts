import { index, integer, sqliteTable, text, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { ORG_KINDS } from '../../api/enums';
// A committee post names a member, who belongs to an org: the cycle with members.ts is
// drizzle's way for two tables that reference each other (the references are callbacks).
// eslint-disable-next-line import-x/no-cycle -- see above
import { members } from './members';

export const orgs = sqliteTable(
  'orgs',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    kind: text('kind', { enum: ORG_KINDS }).notNull(),
    branchType: text('branch_type'),
    parentId: integer('parent_id').references((): AnySQLiteColumn => orgs.id, { onDelete: 'restrict' }),
    secretary: text('secretary'),
    contactName: text('contact_name'),
    contactPhone: text('contact_phone'),
    foundedOn: text('founded_on'),
    // 换届: 本届选举日期 + 任期 (years) give 届满日期, kept in term_ends_on for the reminders;
    // without an election date term_ends_on is the date as entered.
    electedOn: text('elected_on'),
    termYears: integer('term_years'),
    termEndsOn: text('term_ends_on'),
    note: text('note'),
    // Closing is a dated status: the organisation stays for past years' records.
    closedOn: text('closed_on'),
    closedReason: text('closed_reason'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('orgs_parent_idx').on(t.parentId)],
);

/** 支委 and other office holders of an organisation, with their terms. */
export const orgCommittee = sqliteTable(
  'org_committee',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    orgId: integer('org_id')
      .notNull()
      .references(() => orgs.id, { onDelete: 'restrict' }),
    memberId: integer('member_id').references((): AnySQLiteColumn => members.id, { onDelete: 'restrict' }),
    name: text('name').notNull(),
    role: text('role').notNull(),
    startOn: text('start_on').notNull(),
    endOn: text('end_on'),
    note: text('note'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('org_committee_org_idx').on(t.orgId)],
);
