// What the 首页 reminds a secretary of: 预备期满 (转正 due), this month's 政治生日,
// and 换届 due. Each reads only the few rows it needs.
import { and, count, isNull, sql } from 'drizzle-orm';
import { addDays, addMonths, daysBetween, fullYearsBetween } from '../api/rules/dates';
import { probationDueOn } from '../api/rules/member';
import type { HomeReminders } from '../api/schemas/home';
import type { Ledger } from './open';
import { members, orgs } from './schema';
import { complianceMatrix } from './meetings/compliance';
import { termsDue } from './termsDue';
import type { MeetingReminder } from '../api/schemas/home';

/** 'YYYY-MM' of a period's last month ("2026-Q2" → "2026-06", "2026" → "2026-12"), so months, quarters and years sort together. */
function periodEnd(key: string): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(key);
  if (quarter) return `${quarter[1]}-${String(Number(quarter[2]) * 3).padStart(2, '0')}`;
  return /^\d{4}$/.test(key) ? `${key}-12` : key;
}

/** How many of each long list 首页 receives; the totals are always sent. */
export const REMINDER_LIMITS = { meetings: 12, birthdays: 120 };

export function homeReminders(ledger: Ledger, today: string, limits: { meetings: number; birthdays: number } = REMINDER_LIMITS): HomeReminders {
  const probationary = ledger
    .prepare(
      `SELECT m.id, m.name, m.joined_on AS joinedOn, m.probation_extended_to AS extendedTo, b.name AS branchName
       FROM members m JOIN orgs b ON b.id = m.branch_id WHERE m.left_on IS NULL AND m.category = '预备党员'`,
    )
    .all() as { id: number; name: string; joinedOn: string; extendedTo: string | null; branchName: string }[];
  const horizon = addDays(today, 30);
  const probation = probationary
    .map((m) => {
      const dueOn = probationDueOn(m.joinedOn, m.extendedTo);
      return {
        memberId: m.id,
        name: m.name,
        branchName: m.branchName,
        joinedOn: m.joinedOn,
        dueOn,
        daysLeft: daysBetween(today, dueOn),
        extended: m.extendedTo !== null,
      };
    })
    .filter((p) => p.dueOn <= horizon)
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn));

  const month = today.slice(5, 7);
  // This month's 政治生日 by day of the month; only the first `limits.birthdays` leave SQLite.
  // Named index (migration 0011, on substr(joined_on, 6) for who is on the roster): left to
  // itself the planner scanned every member through left_on (count 4.7 → 0.5 ms).
  const birthdayWhere = `FROM members m INDEXED BY members_birthday_idx JOIN orgs b ON b.id = m.branch_id
    WHERE substr(m.joined_on, 6) BETWEEN @first AND @last AND m.left_on IS NULL`;
  const days = { first: `${month}-00`, last: `${month}-99` };
  const birthdaysTotal = (ledger.prepare(`SELECT count(*) AS n ${birthdayWhere}`).get(days) as { n: number }).n;
  const birthdays = (
    ledger
      .prepare(
        `SELECT m.id AS memberId, m.name, m.joined_on AS joinedOn, b.name AS branchName ${birthdayWhere} ORDER BY substr(m.joined_on, 6), m.id LIMIT @limit`,
      )
      .all({ ...days, limit: limits.birthdays }) as { memberId: number; name: string; joinedOn: string; branchName: string }[]
  ).map((b) => ({ ...b, years: fullYearsBetween(b.joinedOn, `${today.slice(0, 4)}-${b.joinedOn.slice(5)}`.replace('-02-29', '-02-28')) ?? 0 }));

  const urgentBy = addMonths(today, 1);
  const terms = termsDue(ledger, today).map((t) => ({ ...t, daysLeft: daysBetween(today, t.termEndsOn), urgent: t.termEndsOn <= urgentBy }));

  const memberCount = ledger.db.select({ n: count() }).from(members).where(isNull(members.leftOn)).get()?.n ?? 0;
  const orgCount = (kinds: string[]) =>
    ledger.db
      .select({ n: count() })
      .from(orgs)
      .where(
        and(
          isNull(orgs.closedOn),
          sql`${orgs.kind} IN (${sql.join(
            kinds.map((k) => sql`${k}`),
            sql`, `,
          )})`,
        ),
      )
      .get()?.n ?? 0;
  const matrix = complianceMatrix(ledger, Number(today.slice(0, 4)), today);
  const cellsWith = (status: string) =>
    matrix.rows.flatMap((r) => r.cells.filter((c) => c.status === status).map((c) => ({ row: r, cell: c, end: periodEnd(c.period) })));
  const reminder = ({ row, cell }: ReturnType<typeof cellsWith>[number]): MeetingReminder => ({
    orgId: row.orgId,
    orgName: row.orgName,
    type: row.type,
    period: cell.period,
    label: cell.label,
  });
  // Most recent first: last month's gap matters more than January's (stable: org order within a period).
  const overdue = cellsWith('missing').sort((a, b) => (a.end < b.end ? 1 : a.end > b.end ? -1 : 0));
  const due = cellsWith('due');
  return {
    today,
    meetings: {
      overdue: overdue.slice(0, limits.meetings).map(reminder),
      overdueTotal: overdue.length,
      due: due.slice(0, limits.meetings).map(reminder),
      dueTotal: due.length,
    },
    probation,
    birthdays,
    birthdaysTotal,
    terms,
    counts: { members: memberCount, probationary: probationary.length, branches: orgCount(['党支部', '联合党支部']), groups: orgCount(['党小组']) },
  };
}
