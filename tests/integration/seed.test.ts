// The data `npm run seed` and 示例数据 make: what a secretary sees in it must look like a
// community that keeps its 三会一课, with the odd miss, and every meeting's attendance must be
// the people the app itself expects at it.
import { describe, expect, it } from 'vitest';
import type { MeetingType } from '../../api/meetingTypes';
import { computeMatrix } from '../../db/meetings/compliance';
import { expectedAttendees } from '../../db/meetings/expected';
import { homeReminders } from '../../db/reminders';
import { scaleFor, seedLedger } from '../../db/sample/generate';
import { memoryLedger } from '../support/testLedger';

const TODAY = '2026-11-26';

describe('seeded data', () => {
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
    const meetings = ledger.sqlite.prepare("SELECT m.id, m.org_id AS orgId, m.held_on AS heldOn, group_concat(t.type) AS types FROM meetings m JOIN meeting_types t ON t.meeting_id = m.id GROUP BY m.id").all() as { id: number; orgId: number; heldOn: string; types: string }[];
    expect(meetings.length).toBeGreaterThan(100);
    const attendees = ledger.sqlite.prepare('SELECT member_id FROM attendance WHERE meeting_id = ? ORDER BY member_id').pluck();
    for (const m of meetings) {
      const expected = expectedAttendees(ledger, m.orgId, m.types.split(',') as MeetingType[], m.heldOn).map((p) => p.memberId).sort((a, b) => a - b);
      expect({ meeting: m.id, people: attendees.all(m.id) }).toEqual({ meeting: m.id, people: expected });
    }
  });

  it('seats committees of 正式党员, numbers meetings as the app does, and makes up a missed December in January', () => {
    const ledger = memoryLedger();
    seedLedger(ledger, scaleFor('community', TODAY), TODAY);
    const db = ledger.sqlite;
    // Every 支委 was a full member when the term began, and each branch's 书记 is its org's secretary.
    expect(db.prepare("SELECT count(*) FROM org_committee c JOIN members m ON m.id = c.member_id WHERE m.full_member_on IS NULL OR m.full_member_on > c.start_on").pluck().get()).toBe(0);
    expect(db.prepare("SELECT count(*) FROM org_committee c JOIN orgs o ON o.id = c.org_id WHERE c.role = '书记' AND o.secretary IS NOT c.name").pluck().get()).toBe(0);
    expect(db.prepare("SELECT count(DISTINCT org_id) FROM org_committee").pluck().get()).toBe(12);
    // 第几次: 1, 2, 3 … in date order per organisation, first type and year, as suggestSeq counts.
    const meetings = db.prepare("SELECT m.org_id AS orgId, m.seq, m.held_on AS heldOn, (SELECT type FROM meeting_types t WHERE t.meeting_id = m.id ORDER BY rowid LIMIT 1) AS type FROM meetings m ORDER BY m.held_on, m.id").all() as { orgId: number; seq: number; heldOn: string; type: string }[];
    const counted = new Map<string, number>();
    for (const m of meetings) {
      const key = `${m.orgId}|${m.type}|${m.heldOn.slice(0, 4)}`;
      counted.set(key, (counted.get(key) ?? 0) + 1);
      expect({ ...m, seq: m.seq }).toEqual({ ...m, seq: counted.get(key) });
    }
    const madeUp = db.prepare('SELECT make_up_for AS period, held_on AS heldOn FROM meetings WHERE make_up_for IS NOT NULL').all() as { period: string; heldOn: string }[];
    expect(madeUp.length).toBeGreaterThan(0);
    for (const m of madeUp) expect(m.heldOn > m.period).toBe(true);
    expect(madeUp.some((m) => m.period.endsWith('-12') && m.heldOn.slice(5, 7) === '01')).toBe(true);
  });
});
