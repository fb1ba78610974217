import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { ATTENDANCE_STATUSES } from '../../api/meetingTypes';
import { members } from './members';
import { orgs } from './orgs';

/** One record of organisational life; it may count for several types (meeting_types). */
export const meetings = sqliteTable(
  'meetings',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    orgId: integer('org_id')
      .notNull()
      .references(() => orgs.id, { onDelete: 'restrict' }),
    seq: integer('seq'),
    plannedOn: text('planned_on'),
    heldOn: text('held_on').notNull(),
    startTime: text('start_time'),
    durationMinutes: integer('duration_minutes'),
    place: text('place'),
    host: text('host'),
    recorder: text('recorder'),
    lecturer: text('lecturer'),
    lectureTitle: text('lecture_title'),
    agenda: text('agenda'),
    content: text('content'),
    dissent: text('dissent'),
    resolution: text('resolution'),
    observers: text('observers'),
    isElection: integer('is_election', { mode: 'boolean' }).notNull().default(false),
    /** 补开: held late for an earlier period, named here ("2026-Q1", "2026-03"). */
    makeUpFor: text('make_up_for'),
    /**
     * Nothing is deleted: a wrong record is voided with a reason, kept and shown as 作废, counted
     * nowhere. Both are set together by voidMeeting (no CHECK: adding one would rebuild the table
     * and its year-closing triggers).
     */
    voidedAt: text('voided_at'),
    voidReason: text('void_reason'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    index('meetings_org_held_idx').on(t.orgId, t.heldOn),
    index('meetings_held_idx').on(t.heldOn),
    // The few 补开 meetings, found by the period they make up without reading every meeting.
    index('meetings_make_up_idx')
      .on(t.makeUpFor)
      .where(sql`${t.makeUpFor} IS NOT NULL`),
  ],
);

export const meetingTypes = sqliteTable(
  'meeting_types',
  {
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    type: text('type').notNull(),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.type] }), index('meeting_types_type_idx').on(t.type, t.meetingId)],
);

export const attendance = sqliteTable(
  'attendance',
  {
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    memberId: integer('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'restrict' }),
    // The enum is TypeScript's only (no CHECK in SQLite): 不计应到 came without a migration.
    status: text('status', { enum: ATTENDANCE_STATUSES }).notNull(),
    /** For 不计应到 at an election, the 上级党组织's consent is a suffix here (db/meetings/excluded.ts). */
    reason: text('reason'),
    /** 不计应到 at an election: the 上级党组织 consented (选举工作条例); otherwise the person counts back in. */
    higherApproved: integer('higher_approved', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.memberId] }), index('attendance_member_idx').on(t.memberId)],
);

/** A branch excused from a type (e.g. too few members for a 支委会), for a year or for good. */
export const meetingExemptions = sqliteTable(
  'meeting_exemptions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    orgId: integer('org_id')
      .notNull()
      .references(() => orgs.id, { onDelete: 'restrict' }),
    type: text('type').notNull(),
    year: integer('year'),
    reason: text('reason').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('meeting_exemptions_org_idx').on(t.orgId)],
);

/** Photos and scanned sign-in sheets; the bytes live in <data>/attachments/<sha256>. */
export const meetingAttachments = sqliteTable(
  'meeting_attachments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    sha256: text('sha256').notNull(),
    fileName: text('file_name').notNull(),
    size: integer('size').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('meeting_attachments_meeting_idx').on(t.meetingId)],
);
