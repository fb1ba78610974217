import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { DUES_KINDS, DUES_METHODS, DUES_RELIEFS, DUES_ROUNDINGS } from '../../api/dues';
import { members } from './members';
import { orgs } from './orgs';

// 党费 (shared/DOMAIN.md "党费"). Money is integer 分 in every column; months are 'YYYY-MM'.
// Every table here is year-owned (closing triggers in migration 0015): a closed year's dues
// never change. Nothing is deleted: a wrong payment or 上缴 is undone by a reversing row,
// a wrong base by voiding it and entering the right one.

/** A year's scheme: its rounding rule; the bands are dues_bands rows of the same year. */
export const duesSchemes = sqliteTable('dues_schemes', {
  year: integer('year').primaryKey(),
  rounding: text('rounding', { enum: DUES_ROUNDINGS }).notNull().default('分'),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
});

export const duesBands = sqliteTable(
  'dues_bands',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    year: integer('year')
      .notNull()
      .references(() => duesSchemes.year, { onDelete: 'restrict' }),
    kind: text('kind', { enum: DUES_KINDS }).notNull(),
    /** Inclusive upper bound of the base for this band, in 分; null = every base above the previous band. */
    upToFen: integer('up_to_fen'),
    /** Rate on the WHOLE base in 万分之 (0.5% = 50); not progressive. */
    rateBp: integer('rate_bp'),
    /** A fixed amount a month, for kinds without a base. */
    fixedFen: integer('fixed_fen'),
  },
  (t) => [
    index('dues_bands_year_idx').on(t.year, t.kind, t.upToFen),
    check('dues_bands_one_ck', sql`(rate_bp IS NULL) <> (fixed_fen IS NULL)`),
    check('dues_bands_sign_ck', sql`coalesce(rate_bp, 0) >= 0 AND coalesce(fixed_fen, 0) >= 0 AND coalesce(up_to_fen, 0) >= 0`),
  ],
);

/** A member's kind and base from a month (每年核定一次; a mid-year change is a later row). */
export const duesBases = sqliteTable(
  'dues_bases',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    memberId: integer('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'restrict' }),
    fromMonth: text('from_month').notNull(),
    kind: text('kind', { enum: DUES_KINDS }).notNull(),
    /** Monthly base in 分 for 在职/离退休; null for the fixed kinds. */
    baseFen: integer('base_fen'),
    relief: text('relief', { enum: DUES_RELIEFS }),
    /** For 减交: the amount owed a month instead. */
    reliefFen: integer('relief_fen'),
    reliefReason: text('relief_reason'),
    reliefApprover: text('relief_approver'),
    source: text('source', { enum: ['录入', '导入', '复制'] })
      .notNull()
      .default('录入'),
    voidedAt: text('voided_at'),
    voidReason: text('void_reason'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    index('dues_bases_member_idx').on(t.memberId, t.fromMonth),
    uniqueIndex('dues_bases_live_uq')
      .on(t.memberId, t.fromMonth)
      .where(sql`voided_at IS NULL`),
    check('dues_bases_money_ck', sql`coalesce(base_fen, 0) >= 0 AND coalesce(relief_fen, 0) >= 0`),
  ],
);

/** One payment (or the reversal of one: negative amount, `reversesId` set), covering whole months. */
export const duesPayments = sqliteTable(
  'dues_payments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    memberId: integer('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'restrict' }),
    paidOn: text('paid_on').notNull(),
    amountFen: integer('amount_fen').notNull(),
    method: text('method', { enum: DUES_METHODS }).notNull(),
    collector: text('collector'),
    receiptNo: text('receipt_no'),
    note: text('note'),
    reversesId: integer('reverses_id').references((): AnySQLiteColumn => duesPayments.id, { onDelete: 'restrict' }),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('dues_payments_member_idx').on(t.memberId, t.paidOn), uniqueIndex('dues_payments_reverses_uq').on(t.reversesId)],
);

/** How a payment splits over the months it covers, with the branch that owed each month. */
export const duesPaymentMonths = sqliteTable(
  'dues_payment_months',
  {
    paymentId: integer('payment_id')
      .notNull()
      .references(() => duesPayments.id, { onDelete: 'restrict' }),
    month: text('month').notNull(),
    memberId: integer('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'restrict' }),
    orgId: integer('org_id')
      .notNull()
      .references(() => orgs.id, { onDelete: 'restrict' }),
    amountFen: integer('amount_fen').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.paymentId, t.month] }),
    index('dues_payment_months_org_idx').on(t.orgId, t.month, t.memberId, t.amountFen),
    index('dues_payment_months_member_idx').on(t.memberId, t.month, t.amountFen),
  ],
);

/** 上缴: a branch to the 社区党委, or the 社区党委 to the street (toOrgId null). Reversed, never edited. */
export const duesHandovers = sqliteTable(
  'dues_handovers',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    fromOrgId: integer('from_org_id')
      .notNull()
      .references(() => orgs.id, { onDelete: 'restrict' }),
    toOrgId: integer('to_org_id').references(() => orgs.id, { onDelete: 'restrict' }),
    handedOn: text('handed_on').notNull(),
    periodFrom: text('period_from').notNull(),
    periodTo: text('period_to').notNull(),
    amountFen: integer('amount_fen').notNull(),
    receiptNo: text('receipt_no'),
    note: text('note'),
    reversesId: integer('reverses_id').references((): AnySQLiteColumn => duesHandovers.id, { onDelete: 'restrict' }),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    index('dues_handovers_from_idx').on(t.fromOrgId, t.periodTo),
    index('dues_handovers_to_idx').on(t.toOrgId, t.periodTo),
    uniqueIndex('dues_handovers_reverses_uq').on(t.reversesId),
    check('dues_handovers_period_ck', sql`period_to >= period_from`),
  ],
);
