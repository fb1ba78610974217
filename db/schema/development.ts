import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { DEV_ROLES, DEV_STEP_KINDS } from '../../api/development';
import { members } from './members';
import { orgs } from './orgs';

// 发展党员 (shared/DOMAIN.md "发展党员", docs/development.md). Nothing is deleted: a person who
// leaves the pipeline gets left_on/left_reason, a wrong step record is voided with a reason and
// recorded again. A person's stage is derived from their live records, never stored.

/** The 细则's steps as data: seeded by migration 0017, names editable; the rules are code keyed by `code`. */
export const devSteps = sqliteTable(
  'dev_steps',
  {
    code: text('code').primaryKey(),
    stage: integer('stage').notNull(),
    seq: integer('seq').notNull(),
    name: text('name').notNull(),
    kind: text('kind', { enum: DEV_STEP_KINDS }).notNull(),
  },
  () => [check('dev_steps_stage_ck', sql`stage BETWEEN 1 AND 5`)],
);

export const devPeople = sqliteTable(
  'dev_people',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    gender: text('gender').notNull(),
    ethnicity: text('ethnicity'),
    birthDate: text('birth_date'),
    idNumber: text('id_number'),
    education: text('education'),
    workUnit: text('work_unit'),
    phone: text('phone'),
    /** The branch that receives and trains the person. */
    orgId: integer('org_id')
      .notNull()
      .references(() => orgs.id, { onDelete: 'restrict' }),
    note: text('note'),
    /** Set by the 上级党委审批 step: the roster member the person became. */
    memberId: integer('member_id').references(() => members.id, { onDelete: 'restrict' }),
    leftOn: text('left_on'),
    leftReason: text('left_reason'),
    leftNote: text('left_note'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    index('dev_people_org_idx').on(t.orgId),
    uniqueIndex('dev_people_member_uq')
      .on(t.memberId)
      .where(sql`member_id IS NOT NULL`),
    check('dev_people_left_ck', sql`(left_on IS NULL) = (left_reason IS NULL)`),
  ],
);

/** One recorded step; a repeating step (考察) is several rows. */
export const devRecords = sqliteTable(
  'dev_records',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    personId: integer('person_id')
      .notNull()
      .references(() => devPeople.id, { onDelete: 'restrict' }),
    stepCode: text('step_code')
      .notNull()
      .references(() => devSteps.code, { onDelete: 'restrict' }),
    doneOn: text('done_on').notNull(),
    endOn: text('end_on'),
    hours: real('hours'),
    docNo: text('doc_no'),
    /** 延长审批原因 (审批 3 to 6 months after the 支部大会). */
    reason: text('reason'),
    warning: text('warning'),
    note: text('note'),
    /** 谈话人 typed by name, '、'-joined: often not on this roster (the 上级党委's 组织员, a street officer). */
    typedPeople: text('typed_people'),
    /** Imported rows skip the order rules (a register typed before the ledger kept them). */
    source: text('source', { enum: ['录入', '导入'] })
      .notNull()
      .default('录入'),
    voidedAt: text('voided_at'),
    voidReason: text('void_reason'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    index('dev_records_person_idx').on(t.personId, t.stepCode, t.doneOn),
    index('dev_records_step_idx').on(t.stepCode, t.doneOn),
    check('dev_records_void_ck', sql`(voided_at IS NULL) = (void_reason IS NULL)`),
    check('dev_records_range_ck', sql`end_on IS NULL OR end_on >= done_on`),
  ],
);

export const devRecordPeople = sqliteTable(
  'dev_record_people',
  {
    recordId: integer('record_id')
      .notNull()
      .references(() => devRecords.id, { onDelete: 'restrict' }),
    memberId: integer('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'restrict' }),
    role: text('role', { enum: DEV_ROLES }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.recordId, t.memberId, t.role] }), index('dev_record_people_member_idx').on(t.memberId)],
);

/** The 支部大会 tally on its record. */
export const devVotes = sqliteTable(
  'dev_votes',
  {
    recordId: integer('record_id')
      .primaryKey()
      .references(() => devRecords.id, { onDelete: 'restrict' }),
    dueFull: integer('due_full').notNull(),
    dueVoting: integer('due_voting').notNull(),
    presentVoting: integer('present_voting').notNull(),
    inFavour: integer('in_favour').notNull(),
    against: integer('against').notNull(),
    abstain: integer('abstain').notNull(),
  },
  () => [check('dev_votes_sum_ck', sql`in_favour + against + abstain <= present_voting AND present_voting <= due_voting`)],
);

/** 发展计划 from the street: a year's quota for the community (org_id NULL) or a branch. */
export const devPlans = sqliteTable(
  'dev_plans',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    year: integer('year').notNull(),
    orgId: integer('org_id').references(() => orgs.id, { onDelete: 'restrict' }),
    quota: integer('quota').notNull(),
    note: text('note'),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('dev_plans_year_uq')
      .on(t.year)
      .where(sql`org_id IS NULL`),
    uniqueIndex('dev_plans_year_org_uq')
      .on(t.year, t.orgId)
      .where(sql`org_id IS NOT NULL`),
    check('dev_plans_quota_ck', sql`quota >= 0`),
  ],
);

/** 申请书, 思想汇报, 志愿书 scans of a person; the bytes live in <data>/attachments/<sha256>. */
export const devAttachments = sqliteTable(
  'dev_attachments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    personId: integer('person_id')
      .notNull()
      .references(() => devPeople.id, { onDelete: 'restrict' }),
    sha256: text('sha256').notNull(),
    fileName: text('file_name').notNull(),
    size: integer('size').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('dev_attachments_person_idx').on(t.personId)],
);
