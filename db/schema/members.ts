import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { COMMUNITY_CLASSES, EDUCATIONS, LEAVE_REASONS, MEMBER_CATEGORIES, MEMBER_FACTS, PARTY_STATUSES } from '../../api/enums';
// orgs and members reference each other; drizzle reads these references through callbacks,
// after both modules have loaded, so the cycle is safe.
// eslint-disable-next-line import-x/no-cycle -- see above
import { orgs } from './orgs';

// branch_id, group_id, category, party_status and community_class below are a cache of
// today's values for the hot pages (roster list, 首页): member_facts holds every value with
// its dates, and each writer sets both in one transaction. A question about a past day
// reads member_facts, never these columns (docs/database.md, "Dated facts").
export const members = sqliteTable(
  'members',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    gender: text('gender', { enum: ['男', '女'] }).notNull(),
    ethnicity: text('ethnicity'),
    birthDate: text('birth_date').notNull(),
    // Text, always: an 18-digit number does not fit a double.
    idNumber: text('id_number').notNull(),
    education: text('education', { enum: EDUCATIONS }),
    joinedOn: text('joined_on').notNull(),
    fullMemberOn: text('full_member_on'),
    category: text('category', { enum: MEMBER_CATEGORIES }).notNull(),
    probationExtendedTo: text('probation_extended_to'),
    partyStatus: text('party_status', { enum: PARTY_STATUSES }).notNull().default('正常'),
    partyStatusOn: text('party_status_on'),
    communityClass: text('community_class', { enum: COMMUNITY_CLASSES }).notNull(),
    branchId: integer('branch_id')
      .notNull()
      .references((): AnySQLiteColumn => orgs.id, { onDelete: 'restrict' }),
    groupId: integer('group_id').references((): AnySQLiteColumn => orgs.id, { onDelete: 'restrict' }),
    partyPost: text('party_post'),
    workUnit: text('work_unit'),
    residenceCommunity: text('residence_community'),
    building: text('building'),
    room: text('room'),
    phone: text('phone'),
    flowDestination: text('flow_destination'),
    lostContactOn: text('lost_contact_on'),
    isCenterHousehold: integer('is_center_household', { mode: 'boolean' }).notNull().default(false),
    isInDifficulty: integer('is_in_difficulty', { mode: 'boolean' }).notNull().default(false),
    isVeteran: integer('is_veteran', { mode: 'boolean' }).notNull().default(false),
    isFrail: integer('is_frail', { mode: 'boolean' }).notNull().default(false),
    duesPaidThrough: text('dues_paid_through'),
    note: text('note'),
    // Leaving the roster is a dated status; the row stays for history and past forms.
    leftOn: text('left_on'),
    leftReason: text('left_reason', { enum: LEAVE_REASONS }),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('members_id_number_uq').on(t.idNumber),
    index('members_branch_idx').on(t.branchId, t.leftOn),
    index('members_group_idx').on(t.groupId),
    // Covering for 首页's census (class × age band × 党龄 band of who is on the roster); its
    // first column serves every "left_on IS NULL" as members_left_idx did. 党龄 counts from
    // 转正日期 (党章 art. 7), so the index holds full_member_on, not joined_on.
    index('members_census_idx').on(t.leftOn, t.communityClass, t.birthDate, t.fullMemberOn),
    index('members_joined_idx').on(t.joinedOn),
    // Covering for the 正式党员 per branch that decide who owes a 支委会 (db/members/fullMembers.ts):
    // one pass over the index instead of a table visit per member.
    index('members_full_idx').on(t.category, t.branchId, t.joinedOn, t.fullMemberOn, t.leftOn),
    // The roster in its default order (branch, group) without sorting 20,000 rows, and the
    // keyword search (name, 身份证号, phone LIKE '%…%') filtering inside the index instead of
    // reading the table: roster page 16 → 1.2 ms, keyword search 25 → 6 ms at street scale.
    index('members_roster_idx').on(t.leftOn, t.branchId, t.groupId, t.name, t.idNumber, t.phone),
    // 首页's reminders: the 预备党员 on the roster (250 of 20,000). This month's 政治生日 use
    // members_birthday_idx on substr(joined_on, 6), written by hand in migration 0011 and
    // remade on open by db/handIndexes.ts: drizzle-kit cannot write an index on an expression.
    index('members_probation_idx')
      .on(t.category)
      .where(sql`left_on IS NULL`),
  ],
);

/**
 * The values a member's dated facts held, one row per value and span: the fact held `value`
 * from `valid_from` (inclusive) until `valid_to` (exclusive; NULL while it still holds).
 * "As of D" is `valid_from <= D AND (valid_to IS NULL OR valid_to > D)`.
 *
 * One table for the five facts, not one per fact: closing, opening, correcting and reading
 * "as of D" is one piece of code, a correction names one row by its id, and a member's
 * timeline is one index range. `value` is text: an organisation's id for branch and group
 * (decimal, compared with the integer by SQLite's affinity rules), the Chinese word otherwise.
 * Organisations are never deleted (they close with a date), so the lost foreign key guards
 * nothing that can happen.
 *
 * The branch intervals are the roster itself: a member is on the roster on D exactly when a
 * branch interval covers D (入党 or 转入 opens one; 转出, 出党, 死亡, 取消资格 close it).
 */
export const memberFacts = sqliteTable(
  'member_facts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    memberId: integer('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'restrict' }),
    fact: text('fact', { enum: MEMBER_FACTS }).notNull(),
    value: text('value').notNull(),
    validFrom: text('valid_from').notNull(),
    validTo: text('valid_to'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    // "Who belonged to organisation X on D" (a roster, a meeting's 应到, an appraisal): the
    // organisation's intervals that began by D, read from the index alone.
    index('member_facts_value_idx').on(t.fact, t.value, t.validFrom, t.validTo, t.memberId),
    // "What was member M's category / 党籍 on D", and M's timeline.
    index('member_facts_member_idx').on(t.memberId, t.fact, t.validFrom, t.validTo, t.value),
    // At most one open interval per fact, and no two starting on the same day.
    uniqueIndex('member_facts_open_uq')
      .on(t.memberId, t.fact)
      .where(sql`valid_to IS NULL`),
    uniqueIndex('member_facts_from_uq').on(t.memberId, t.fact, t.validFrom),
    check('member_facts_span_ck', sql`valid_to IS NULL OR valid_to > valid_from`),
  ],
);

/** A member's dated history: status changes, 组织关系转接, branch moves, corrections. Append-only. */
export const memberEvents = sqliteTable(
  'member_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    memberId: integer('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'restrict' }),
    kind: text('kind').notNull(),
    occurredOn: text('occurred_on').notNull(),
    place: text('place'),
    letterNo: text('letter_no'),
    reason: text('reason'),
    /** 转正: the day the 支部大会 discussed it and the day the 上级党委 approved it. */
    decidedOn: text('decided_on'),
    approvedOn: text('approved_on'),
    /** 更正: the interval whose boundary moved, from which date to which. */
    factId: integer('fact_id').references(() => memberFacts.id, { onDelete: 'restrict' }),
    oldOn: text('old_on'),
    newOn: text('new_on'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    index('member_events_member_idx').on(t.memberId, t.occurredOn),
    // Who arrived by 转入 after a day (db/members/fullMembers.ts), without reading every event.
    index('member_events_kind_idx').on(t.kind, t.occurredOn, t.memberId),
  ],
);
