import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * One row per write, export or reveal: who, when, which call, which record. Only ids and
 * years are kept — never a name, an ID number or a phone. Never updated or deleted.
 */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull(),
    operator: text('operator'),
    call: text('call').notNull(),
    /** e.g. "id=12 year=2026": the numeric fields of the input and the id of what was made. */
    target: text('target'),
  },
  (t) => [index('audit_log_at_idx').on(t.at), index('audit_log_call_idx').on(t.call, t.at)],
);
