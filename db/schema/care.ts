import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { CARE_OCCASIONS, FLOW_CONTACT_METHODS, FLOW_DIRECTIONS } from '../../api/schemas/care';
import { GENDERS } from '../../api/enums';
import { meetings } from './meetings';
import { members } from './members';
import { orgs } from './orgs';

// The registers around the roster (shared/DOMAIN.md "流动党员, care and the people around the
// roster", docs/care.md). Dates are 'YYYY-MM-DD'; spans are [from, to) like the dated facts.
// Nothing is deleted: a wrong 流出 or visit is voided with a reason, an ended one gets its date.

/** A member working or living elsewhere: out on D ⇔ left_on ≤ D < returned_on. */
export const flowOuts = sqliteTable(
  'flow_outs',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    memberId: integer('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'restrict' }),
    leftOn: text('left_on').notNull(),
    place: text('place').notNull(),
    /** 市内 / 省内 / 省外 (the 党内统计's 流向); null on records made before it was asked. */
    direction: text('direction', { enum: FLOW_DIRECTIONS }),
    unit: text('unit'),
    contact: text('contact'),
    /** 流动党员活动证 number. */
    cardNo: text('card_no'),
    joinsLifeThere: integer('joins_life_there', { mode: 'boolean' }).notNull().default(false),
    returnedOn: text('returned_on'),
    note: text('note'),
    voidedAt: text('voided_at'),
    voidReason: text('void_reason'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    index('flow_outs_member_idx').on(t.memberId, t.leftOn),
    index('flow_outs_span_idx').on(t.leftOn, t.returnedOn),
    check('flow_outs_span_ck', sql`returned_on IS NULL OR returned_on >= left_on`),
  ],
);

/** The contact log of a 流出 record (首页 reminds after 6 months without one). */
export const flowContacts = sqliteTable(
  'flow_contacts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    flowOutId: integer('flow_out_id')
      .notNull()
      .references(() => flowOuts.id, { onDelete: 'restrict' }),
    contactedOn: text('contacted_on').notNull(),
    method: text('method', { enum: FLOW_CONTACT_METHODS }).notNull(),
    note: text('note'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('flow_contacts_flow_idx').on(t.flowOutId, t.contactedOn)],
);

/** Someone whose 组织关系 is elsewhere taking part here: not a roster member. */
export const flowIns = sqliteTable(
  'flow_ins',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    gender: text('gender', { enum: GENDERS }).notNull(),
    phone: text('phone'),
    fromPlace: text('from_place').notNull(),
    /** 组织关系所在党组织. */
    homeOrg: text('home_org').notNull(),
    /** The branch here they take part in. */
    orgId: integer('org_id')
      .notNull()
      .references(() => orgs.id, { onDelete: 'restrict' }),
    arrivedOn: text('arrived_on').notNull(),
    leftOn: text('left_on'),
    note: text('note'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('flow_ins_org_idx').on(t.orgId, t.arrivedOn), check('flow_ins_span_ck', sql`left_on IS NULL OR left_on >= arrived_on`)],
);

/** A 流入 person listed at a meeting: never in its 应到, 实到 or 出勤率 (attendance holds those). */
export const meetingGuests = sqliteTable(
  'meeting_guests',
  {
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    flowInId: integer('flow_in_id')
      .notNull()
      .references(() => flowIns.id, { onDelete: 'restrict' }),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.flowInId] }), index('meeting_guests_flow_in_idx').on(t.flowInId)],
);

/** A member the branch cannot reach, from lost_on until found_on. Reminders only: 党籍 changes stay the secretary's. */
export const lostContacts = sqliteTable(
  'lost_contacts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    memberId: integer('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'restrict' }),
    lostOn: text('lost_on').notNull(),
    searchMade: text('search_made'),
    foundOn: text('found_on'),
    note: text('note'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    index('lost_contacts_member_idx').on(t.memberId, t.lostOn),
    // One open 失联 per member.
    uniqueIndex('lost_contacts_open_uq')
      .on(t.memberId)
      .where(sql`found_on IS NULL`),
    check('lost_contacts_span_ck', sql`found_on IS NULL OR found_on >= lost_on`),
  ],
);

/** One visit is one row; its money (分) is summed once however many people visited. */
export const careVisits = sqliteTable(
  'care_visits',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    memberId: integer('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'restrict' }),
    visitedOn: text('visited_on').notNull(),
    occasion: text('occasion', { enum: CARE_OCCASIONS }).notNull(),
    visitors: text('visitors').notNull(),
    moneyFen: integer('money_fen').notNull().default(0),
    goods: text('goods'),
    fundSource: text('fund_source'),
    note: text('note'),
    voidedAt: text('voided_at'),
    voidReason: text('void_reason'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    index('care_visits_day_idx').on(t.visitedOn, t.memberId),
    index('care_visits_member_idx').on(t.memberId, t.visitedOn),
    check('care_visits_money_ck', sql`money_fen >= 0`),
  ],
);

/** 光荣在党50年 纪念章: presented once per member. */
export const honorMedals = sqliteTable(
  'honor_medals',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    memberId: integer('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'restrict' }),
    year: integer('year').notNull(),
    presentedOn: text('presented_on').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [uniqueIndex('honor_medals_member_uq').on(t.memberId), index('honor_medals_year_idx').on(t.year)],
);

/** A 党员中心户 and the households of its 楼栋 it looks after, from from_on until to_on. */
export const centerHouseholds = sqliteTable(
  'center_households',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    memberId: integer('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'restrict' }),
    building: text('building').notNull(),
    households: integer('households').notNull().default(0),
    householdNames: text('household_names'),
    fromOn: text('from_on').notNull(),
    toOn: text('to_on'),
    note: text('note'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    index('center_households_member_idx').on(t.memberId, t.fromOn),
    check('center_households_span_ck', sql`to_on IS NULL OR to_on >= from_on`),
    check('center_households_count_ck', sql`households >= 0`),
  ],
);
