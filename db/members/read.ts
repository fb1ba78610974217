// Roster queries. Filtering, sorting and paging happen here, in SQL, so a list of
// 20,000 members costs the UI one page of rows.
import { paidThrough } from '../dues/memberMonths';
import { monthIndex } from '../dues/months';
import { and, asc, count, desc, eq, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import { alias, type SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { idNumberForms } from '../../api/rules/idNumber';
import { fullYearsBetween, todayIso } from '../../api/rules/dates';
import { probationDueOn } from '../../api/rules/member';
import type { MemberDetail, MemberListQuery, MemberRow } from '../../api/schemas/members';
import { notFound } from '../ledgerError';
import type { Ledger } from '../open';
import { members, orgs } from '../schema';
import { eventsOf } from './history';

const branch = alias(orgs, 'branch');
const group = alias(orgs, 'grp');

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}

function whereFor(query: MemberListQuery): SQL | undefined {
  const conditions: (SQL | undefined)[] = [query.view === 'history' ? isNotNull(members.leftOn) : isNull(members.leftOn)];
  if (query.branchId !== null) conditions.push(eq(members.branchId, query.branchId));
  if (query.groupId !== null) conditions.push(eq(members.groupId, query.groupId));
  if (query.category !== null) conditions.push(eq(members.category, query.category));
  if (query.partyStatus !== null) conditions.push(eq(members.partyStatus, query.partyStatus));
  if (query.communityClass !== null) conditions.push(eq(members.communityClass, query.communityClass));
  if (query.keyword) {
    // SQLite's LIKE ignores ASCII case, so a typed lower-case x still finds ...002X.
    const pattern = `%${escapeLike(query.keyword)}%`;
    const likeEsc = (col: SQLiteColumn) => sql`${col} LIKE ${pattern} ESCAPE '\\'`;
    conditions.push(or(likeEsc(members.name), likeEsc(members.idNumber), likeEsc(members.phone)));
  }
  return and(...conditions);
}

const SORT_COLUMNS = {
  id: [members.id],
  name: [members.name, members.id],
  birthDate: [members.birthDate, members.id],
  joinedOn: [members.joinedOn, members.id],
  fullMemberOn: [members.fullMemberOn, members.id],
  branch: [members.branchId, members.groupId, members.id],
} as const;

const rowColumns = {
  member: members,
  branchName: branch.name,
  groupName: group.name,
};

type RawRow = { member: typeof members.$inferSelect; branchName: string | null; groupName: string | null };

function toRow({ member, branchName, groupName }: RawRow, today: string): MemberRow {
  const { createdAt: _c, updatedAt: _u, ...fields } = member;
  return {
    ...fields,
    branchName: branchName ?? '',
    groupName,
    age: fullYearsBetween(member.birthDate, today),
    partyYears: fullYearsBetween(member.fullMemberOn, today),
  };
}

function baseSelect(ledger: Ledger) {
  return ledger.db.select(rowColumns).from(members).leftJoin(branch, eq(branch.id, members.branchId)).leftJoin(group, eq(group.id, members.groupId));
}

export function listMembers(ledger: Ledger, query: MemberListQuery, today = todayIso()): { rows: MemberRow[]; total: number } {
  const where = whereFor(query);
  const direction = query.sortOrder === 'desc' ? desc : asc;
  const order = SORT_COLUMNS[query.sortBy].map((col, i) => (i === 0 ? direction(col) : asc(col)));
  const rows = baseSelect(ledger)
    .where(where)
    .orderBy(...order)
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .all();
  const total = ledger.db.select({ n: count() }).from(members).where(where).get()?.n ?? 0;
  return { rows: rows.map((r) => toRow(r, today)), total };
}

export function getMember(ledger: Ledger, id: number, today = todayIso()): MemberDetail {
  const raw = baseSelect(ledger).where(eq(members.id, id)).get();
  if (!raw) throw notFound('党员');
  const row = toRow(raw, today);
  const events = eventsOf(ledger, id);
  const due = row.category === '预备党员' && !row.leftOn ? probationDueOn(row.joinedOn, row.probationExtendedTo) : null;
  return { ...row, events, probationDueOn: due, duesPaidThroughDerived: paidThrough(ledger, id, monthIndex(today.slice(0, 7))) };
}

/** Another member holding this 身份证号 under its 15- or 18-digit form (the same person). */
export function findMemberByIdNumber(
  ledger: Ledger,
  idNumber: string,
  exceptId: number | null = null,
): { id: number; name: string; leftOn: string | null } | undefined {
  return ledger
    .prepare(
      'SELECT id, name, left_on AS leftOn FROM members WHERE id_number IN (SELECT value FROM json_each(@forms)) AND id IS NOT @exceptId ORDER BY id LIMIT 1',
    )
    .get({ forms: JSON.stringify(idNumberForms(idNumber)), exceptId }) as { id: number; name: string; leftOn: string | null } | undefined;
}

/**
 * The members holding any of these 身份证号 or their 15/18-digit forms, in one statement (an
 * import's 10,000 rows). `idNumber` is the form stored.
 */
export function findMembersByIdNumbers(ledger: Ledger, idNumbers: string[]): { id: number; name: string; leftOn: string | null; idNumber: string }[] {
  return ledger
    .prepare('SELECT id, name, left_on AS leftOn, id_number AS idNumber FROM members WHERE id_number IN (SELECT value FROM json_each(?))')
    .all(JSON.stringify(idNumbers.flatMap(idNumberForms))) as { id: number; name: string; leftOn: string | null; idNumber: string }[];
}
