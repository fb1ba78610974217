// The data `npm run seed` and 示例数据 make: what a secretary sees in it must look like a
// community that keeps its 三会一课, with the odd miss, and every meeting's attendance must be
// the people the app itself expects at it.
import { describe, expect, it } from 'vitest';
import type { MeetingType } from '../../api/meetingTypes';
import { computeMatrix } from '../../db/meetings/compliance';
import { expectedAttendees } from '../../db/meetings/expected';
import { homeReminders } from '../../db/reminders';
import { careReminders } from '../../db/care/reminders';
import { listFlows } from '../../db/care/flows';
import { listVisits } from '../../db/care/visits';
import { cacheDisagreements } from '../../db/members/factsCache';
import { getSettings } from '../../db/settings';
import { addDays, todayIso } from '../../api/rules/dates';
import { SCALE_NAMES, scaleFor, seedLedger } from '../../db/sample/generate';
import { memoryLedger } from '../support/testLedger';

const TODAY = '2026-11-26';

describe('seeded data', () => {
  it('offers a street of 43,000 members in one ledger, with this year and last of meetings', () => {
    // The bench's 4.3万人台账 rows and `npm run seed -- --scale street43k` (seeding it takes minutes).
    expect(SCALE_NAMES).toEqual(['sample', 'community', 'street', 'street43k']);
    const shape = scaleFor('street43k', TODAY);
    expect(shape.branches * shape.membersPerBranch).toBe(43_000);
    expect(shape.years).toEqual([2025, 2026]);
    expect(scaleFor('street', TODAY).branches * scaleFor('street', TODAY).membersPerBranch).toBe(20_000);
  });

  it('keeps 三会一课 month by month in the sample, missing a few periods', () => {
    const ledger = memoryLedger();
    seedLedger(ledger, scaleFor('sample', TODAY), TODAY);
    const cells = computeMatrix(ledger, 2026, TODAY).rows.flatMap((r) => r.cells);
    const count = (status: string) => cells.filter((c) => c.status === status).length;
    const asked = count('held') + count('makeUp') + count('missing');
    // Every kind of meeting the rules ask for is there: 支委会, each 党小组's 党小组会, the quarter's 党课.
    expect(count('held') + count('makeUp')).toBeGreaterThan(asked * 0.9);
    expect(count('missing')).toBeGreaterThan(0);
    const types = ledger.sqlite.prepare('SELECT DISTINCT type FROM meeting_types ORDER BY type').pluck().all();
    expect(types).toEqual(expect.arrayContaining(['支部委员会', '党小组会', '支部党员大会', '党课', '主题党日']));
    const reminders = homeReminders(ledger, TODAY);
    expect(reminders.meetings.overdueTotal).toBe(count('missing'));
    expect(reminders.meetings.overdueTotal).toBeLessThan(asked * 0.1);
  });

  it('records at each meeting exactly the people the app expects there on that day', () => {
    const ledger = memoryLedger();
    seedLedger(ledger, scaleFor('sample', TODAY), TODAY);
    const meetings = ledger.sqlite
      .prepare(
        `SELECT m.id, m.org_id AS orgId, m.held_on AS heldOn, group_concat(t.type) AS types
         FROM meetings m JOIN meeting_types t ON t.meeting_id = m.id
         GROUP BY m.id`,
      )
      .all() as { id: number; orgId: number; heldOn: string; types: string }[];
    expect(meetings.length).toBeGreaterThan(100);
    const attendees = ledger.sqlite.prepare('SELECT member_id FROM attendance WHERE meeting_id = ? ORDER BY member_id').pluck();
    for (const m of meetings) {
      const expected = expectedAttendees(ledger, m.orgId, m.types.split(',') as MeetingType[], m.heldOn)
        .map((p) => p.memberId)
        .sort((a, b) => a - b);
      expect({ meeting: m.id, people: attendees.all(m.id) }).toEqual({ meeting: m.id, people: expected });
    }
  });

  it('seats committees of 正式党员, numbers meetings as the app does, and makes up a missed December in January', () => {
    const ledger = memoryLedger();
    seedLedger(ledger, scaleFor('community', TODAY), TODAY);
    const db = ledger.sqlite;
    // Every 支委 was a full member when the term began, and each branch's 书记 is its org's secretary.
    expect(
      db
        .prepare('SELECT count(*) FROM org_committee c JOIN members m ON m.id = c.member_id WHERE m.full_member_on IS NULL OR m.full_member_on > c.start_on')
        .pluck()
        .get(),
    ).toBe(0);
    expect(
      db.prepare("SELECT count(*) FROM org_committee c JOIN orgs o ON o.id = c.org_id WHERE c.role = '书记' AND o.secretary IS NOT c.name").pluck().get(),
    ).toBe(0);
    expect(db.prepare('SELECT count(DISTINCT org_id) FROM org_committee').pluck().get()).toBe(12);
    // 第几次: 1, 2, 3 … in date order per organisation, first type and year, as suggestSeq counts.
    const meetings = db
      .prepare(
        `SELECT m.org_id AS orgId, m.seq, m.held_on AS heldOn, (SELECT type
         FROM meeting_types t
         WHERE t.meeting_id = m.id
         ORDER BY rowid LIMIT 1) AS type
         FROM meetings m
         ORDER BY m.held_on, m.id`,
      )
      .all() as { orgId: number; seq: number; heldOn: string; type: string }[];
    const counted = new Map<string, number>();
    for (const m of meetings) {
      const key = `${m.orgId}|${m.type}|${m.heldOn.slice(0, 4)}`;
      counted.set(key, (counted.get(key) ?? 0) + 1);
      expect({ ...m, seq: m.seq }).toEqual({ ...m, seq: counted.get(key) });
    }
    const madeUp = db.prepare('SELECT make_up_for AS period, held_on AS heldOn FROM meetings WHERE make_up_for IS NOT NULL').all() as {
      period: string;
      heldOn: string;
    }[];
    expect(madeUp.length).toBeGreaterThan(0);
    for (const m of madeUp) expect(m.heldOn > m.period).toBe(true);
    expect(madeUp.some((m) => m.period.endsWith('-12') && m.heldOn.slice(5, 7) === '01')).toBe(true);
  });

  /** Every column that holds a date or a time stamp, table by table. */
  function dateColumns(ledger: ReturnType<typeof memoryLedger>): { table: string; column: string }[] {
    const tables = ledger.sqlite
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%'")
      .pluck()
      .all() as string[];
    return tables.flatMap((table) =>
      (ledger.sqlite.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(table) as string[])
        .filter((c) => /(_on|_at|_date|_from|_to)$/.test(c))
        .map((column) => ({ table, column })),
    );
  }

  it.each([TODAY, '2027-01-05', todayIso()])('dates nothing after today (%s) in the sample, except the end of a term of office still running', (today) => {
    const ledger = memoryLedger();
    seedLedger(ledger, scaleFor('sample', today), today);
    const columns = dateColumns(ledger);
    expect(columns.length).toBeGreaterThan(20);
    const late = columns
      // 届满日期 names when a term will end: a future date by meaning, and the 换届 reminder reads it.
      .filter((c) => !(c.table === 'orgs' && c.column === 'term_ends_on'))
      // Row stamps (created_at …) are the real clock's, which may be later than a test's `today`.
      .flatMap(
        ({ table, column }) =>
          ledger.sqlite
            .prepare(
              `SELECT '${table}.${column} ' || ${column}
               FROM ${table}
               WHERE ${column} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*' AND substr(${column}, 1, 10) > ?`,
            )
            .pluck()
            .all(column.endsWith('_at') && todayIso() > today ? todayIso() : today) as string[],
      );
    expect(late).toEqual([]);
    expect(cacheDisagreements(ledger)).toEqual([]);
  });

  it('shows a secretary the community, a 转正 due, 停止党籍, a small branch and a dated move', () => {
    const ledger = memoryLedger();
    seedLedger(ledger, scaleFor('sample', TODAY), TODAY);
    const db = ledger.sqlite;
    expect(getSettings(ledger).communityName).toBe('幸福里社区');

    expect(db.prepare("SELECT count(*) FROM members WHERE category = '预备党员' AND left_on IS NULL").pluck().get()).toBeGreaterThanOrEqual(3);
    const due = homeReminders(ledger, TODAY).probation;
    expect(due.length).toBeGreaterThan(0);
    expect(due.every((p) => p.daysLeft >= 0 && p.daysLeft <= 31)).toBe(true);

    const stopped = db.prepare("SELECT id, party_status_on AS since FROM members WHERE party_status = '停止党籍'").all() as { id: number; since: string }[];
    expect(stopped).toHaveLength(1);
    expect(stopped[0].since <= TODAY).toBe(true);
    expect(
      db
        .prepare("SELECT count(*) FROM member_events WHERE member_id = ? AND kind = '停止党籍' AND occurred_on = ?")
        .pluck()
        .get(stopped[0].id, stopped[0].since),
    ).toBe(1);
    expect(db.prepare("SELECT value FROM member_facts WHERE member_id = ? AND fact = 'party_status' ORDER BY valid_from").pluck().all(stopped[0].id)).toEqual([
      '正常',
      '停止党籍',
    ]);

    // Fewer than 7 正式党员: its 支委会 row asks nothing, and none was held.
    const fullCounts = db
      .prepare(
        `SELECT o.id, o.name, (SELECT count(*)
         FROM members m
         WHERE m.branch_id = o.id AND m.left_on IS NULL AND m.category = '正式党员' AND m.party_status = '正常') AS n
         FROM orgs o
         WHERE o.kind = '党支部'`,
      )
      .all() as { id: number; name: string; n: number }[];
    const small = fullCounts.filter((b) => b.n < 7);
    expect(small).toHaveLength(1);
    const committeeRow = computeMatrix(ledger, 2026, TODAY).rows.find((r) => r.orgId === small[0].id && r.type === '支部委员会')!;
    expect(committeeRow.cells.every((c) => c.status === 'notRequired')).toBe(true);
    const { meetings } = homeReminders(ledger, TODAY);
    expect([...meetings.overdue, ...meetings.due].filter((m) => m.orgId === small[0].id && m.type === '支部委员会')).toEqual([]);

    // The move: the branch interval closes on a day of this year and the next one opens on it.
    const moved = db
      .prepare("SELECT member_id AS id, count(*) AS n, max(valid_from) AS on_ FROM member_facts WHERE fact = 'branch' GROUP BY member_id HAVING n > 1")
      .all() as { id: number; n: number; on_: string }[];
    expect(moved).toHaveLength(1);
    const spans = db
      .prepare("SELECT value, valid_from AS validFrom, valid_to AS validTo FROM member_facts WHERE member_id = ? AND fact = 'branch' ORDER BY valid_from")
      .all(moved[0].id) as { value: string; validFrom: string; validTo: string | null }[];
    expect(spans[0].validTo).toBe(spans[1].validFrom);
    expect(spans[1].validTo).toBeNull();
    expect(spans[1].validFrom.slice(0, 4)).toBe(TODAY.slice(0, 4));
    expect(spans[1].validFrom <= TODAY && spans[1].validFrom > addDays(TODAY, -366)).toBe(true);
    expect(spans[0].value).not.toBe(spans[1].value);
    expect(db.prepare('SELECT CAST(branch_id AS TEXT) FROM members WHERE id = ?').pluck().get(moved[0].id)).toBe(spans[1].value);

    expect(cacheDisagreements(ledger)).toEqual([]);
  });

  it('shows the care registers: a 流出 member to contact, a 失联 past 6 months, visits and one left unvisited', () => {
    const ledger = memoryLedger();
    seedLedger(ledger, scaleFor('sample', TODAY), TODAY);
    const care = careReminders(ledger, TODAY);
    expect(care.uncontactedTotal).toBe(1);
    expect(care.lost.map((l) => l.stage)).toEqual(['可停止党籍']);
    expect(care.notVisited).toBeGreaterThanOrEqual(1);
    expect(listVisits(ledger, { year: 2026, memberId: null }).count).toBe(4);
    expect(listFlows(ledger, { asOf: TODAY, includeEnded: true, memberId: null }).rows).toHaveLength(3);
    expect(ledger.sqlite.prepare('SELECT count(*) FROM members WHERE is_center_household = 1').pluck().get()).toBe(2);
  });
});
