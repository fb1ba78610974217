import type { MeetingType } from '../../api/meetingTypes';
import type { AttendanceRow, MeetingDetail, MeetingSummary } from '../../api/schemas/meetings';
import { notFound } from '../ledgerError';
import type { Ledger } from '../open';
import { quorumWarnings } from './quorum';
import { guestsOf } from './guests';
import { holdsOn } from '../members/facts';
import { countsAsExpected } from './excluded';
import { EXCLUDED } from '../../api/meetingTypes';

const SUMMARY_SQL = `
  SELECT m.id, m.org_id AS orgId, o.name AS orgName, m.seq, m.held_on AS heldOn, m.place, m.host, m.make_up_for AS makeUpFor,
         m.voided_at AS voidedAt, m.void_reason AS voidReason,
         (SELECT group_concat(type, '|') FROM meeting_types t WHERE t.meeting_id = m.id) AS types,
         (SELECT count(*) FROM attendance a WHERE a.meeting_id = m.id AND ${countsAsExpected('a')}) AS expected,
         (SELECT count(*) FROM attendance a WHERE a.meeting_id = m.id AND a.status = '出席') AS present
  FROM meetings m JOIN orgs o ON o.id = m.org_id`;

type RawSummary = Omit<MeetingSummary, 'types' | 'rate'> & { types: string | null };
const toSummary = (r: RawSummary): MeetingSummary => ({
  ...r,
  types: (r.types ?? '').split('|').filter(Boolean) as MeetingType[],
  rate: r.expected > 0 ? r.present / r.expected : null,
});

export function listMeetings(ledger: Ledger, q: { year: number; orgId: number | null; type: MeetingType | null }): MeetingSummary[] {
  const rows = ledger.sqlite
    .prepare(
      `${SUMMARY_SQL}
       WHERE m.held_on BETWEEN @from AND @to
         AND (@orgId IS NULL OR m.org_id = @orgId OR o.parent_id = @orgId)
         AND (@type IS NULL OR EXISTS (SELECT 1 FROM meeting_types t WHERE t.meeting_id = m.id AND t.type = @type))
       ORDER BY m.held_on DESC, m.id DESC`,
    )
    .all({ from: `${q.year}-01-01`, to: `${q.year}-12-31`, orgId: q.orgId, type: q.type }) as RawSummary[];
  return rows.map(toSummary);
}

type D = MeetingDetail;
/** A meetings row as SQLite returns it (snake_case, 0/1 for booleans), with its organisation's name. */
interface RawMeeting {
  org_id: D['orgId'];
  org_name: string;
  seq: D['seq'];
  planned_on: D['plannedOn'];
  held_on: D['heldOn'];
  start_time: D['startTime'];
  duration_minutes: D['durationMinutes'];
  place: D['place'];
  host: D['host'];
  recorder: D['recorder'];
  lecturer: D['lecturer'];
  lecture_title: D['lectureTitle'];
  agenda: D['agenda'];
  content: D['content'];
  dissent: D['dissent'];
  resolution: D['resolution'];
  observers: D['observers'];
  is_election: 0 | 1;
  make_up_for: D['makeUpFor'];
  voided_at: string | null;
  void_reason: string | null;
}

export function getMeeting(ledger: Ledger, id: number): MeetingDetail {
  const raw = ledger.sqlite.prepare('SELECT m.*, o.name AS org_name FROM meetings m JOIN orgs o ON o.id = m.org_id WHERE m.id = ?').get(id) as
    RawMeeting | undefined;
  if (!raw) throw notFound('会议记录');
  const types = (ledger.sqlite.prepare('SELECT type FROM meeting_types WHERE meeting_id = ? ORDER BY rowid').all(id) as { type: MeetingType }[]).map(
    (t) => t.type,
  );
  // 人员类别 as it was on the meeting's day: who could vote then, not who can today.
  const rows = (
    ledger.sqlite
      .prepare(
        `SELECT a.member_id AS memberId, mb.name, coalesce(ca.value, mb.category) AS category, a.status, a.reason, a.higher_approved AS approvedByHigher
         FROM attendance a JOIN members mb ON mb.id = a.member_id
         LEFT JOIN member_facts ca ON ca.member_id = a.member_id AND ca.fact = 'category' AND ${holdsOn('ca')}
         WHERE a.meeting_id = @id ORDER BY CASE a.status WHEN '出席' THEN 0 WHEN '请假' THEN 1 WHEN '缺席' THEN 2 ELSE 3 END, mb.id`,
      )
      .all({ id, day: raw.held_on }) as (Omit<AttendanceRow, 'approvedByHigher'> & { approvedByHigher: number })[]
  ).map((r): AttendanceRow => ({ ...r, approvedByHigher: r.approvedByHigher === 1 }));
  const expected = rows.filter((r) => r.status !== EXCLUDED).length;
  const present = rows.filter((r) => r.status === '出席').length;
  // Those who vote are the 正式党员 of the meeting's day, not of today: someone 转正 since
  // then attended that meeting without a vote.
  const voters = rows.filter((r) => r.category === '正式党员');
  const votersExpected = voters.filter((v) => v.status !== EXCLUDED).length;
  const unapprovedExclusions = voters.filter((v) => v.status === EXCLUDED && !v.approvedByHigher).map((v) => v.name);
  return {
    id,
    orgId: raw.org_id,
    orgName: raw.org_name,
    types,
    seq: raw.seq,
    plannedOn: raw.planned_on,
    heldOn: raw.held_on,
    startTime: raw.start_time,
    durationMinutes: raw.duration_minutes,
    place: raw.place,
    host: raw.host,
    recorder: raw.recorder,
    lecturer: raw.lecturer,
    lectureTitle: raw.lecture_title,
    agenda: raw.agenda,
    content: raw.content,
    dissent: raw.dissent,
    resolution: raw.resolution,
    observers: raw.observers,
    isElection: raw.is_election === 1,
    makeUpFor: raw.make_up_for,
    attendance: rows,
    guests: guestsOf(ledger, id),
    expected,
    present,
    rate: expected > 0 ? present / expected : null,
    voidedAt: raw.voided_at,
    voidReason: raw.void_reason,
    warnings: quorumWarnings({
      types,
      isElection: raw.is_election === 1,
      votersExpected,
      votersPresent: voters.filter((v) => v.status === '出席').length,
      unapprovedExclusions,
    }),
  };
}

/** A member's meetings in a year with their own attendance, and the year's rate; a meeting they were left out of (不计应到) is listed but not counted. */
export function memberAttendance(ledger: Ledger, memberId: number, year: number) {
  const raw = ledger.sqlite
    .prepare(
      `SELECT m.id AS meetingId, m.held_on AS heldOn, o.name AS orgName, a.status, a.reason, a.higher_approved AS approvedByHigher,
              (SELECT group_concat(type, '、') FROM meeting_types t WHERE t.meeting_id = m.id) AS types
       FROM attendance a JOIN meetings m ON m.id = a.meeting_id JOIN orgs o ON o.id = m.org_id
       WHERE a.member_id = ? AND m.held_on BETWEEN ? AND ? AND m.voided_at IS NULL ORDER BY m.held_on`,
    )
    .all(memberId, `${year}-01-01`, `${year}-12-31`) as {
    meetingId: number;
    heldOn: string;
    orgName: string;
    status: string;
    reason: string | null;
    approvedByHigher: number;
    types: string;
  }[];
  const rows = raw.map((r) => ({ ...r, approvedByHigher: r.approvedByHigher === 1 }));
  const expected = rows.filter((r) => r.status !== EXCLUDED).length;
  const present = rows.filter((r) => r.status === '出席').length;
  return { year, rows, expected, present, rate: expected ? present / expected : null };
}

/** Each meeting of the year once per type it counted as, with its expected and present counts. */
export function attendanceByMeetingType(
  ledger: Ledger,
  year: number,
): { orgId: number; type: MeetingType; heldOn: string; expected: number; present: number }[] {
  return ledger
    .prepare(
      `SELECT m.org_id AS orgId, t.type, m.held_on AS heldOn, count(CASE WHEN ${countsAsExpected('a')} THEN 1 END) AS expected, sum(a.status = '出席') AS present
       FROM meetings m JOIN meeting_types t ON t.meeting_id = m.id LEFT JOIN attendance a ON a.meeting_id = m.id
       WHERE m.held_on BETWEEN ? AND ? AND m.voided_at IS NULL GROUP BY m.id, t.type`,
    )
    .all(`${year}-01-01`, `${year}-12-31`) as { orgId: number; type: MeetingType; heldOn: string; expected: number; present: number }[];
}

/** One organisation's live meetings of a year, in date order (三会一课记录本: a voided record is not printed). */
export function meetingIdsOfOrg(ledger: Ledger, orgId: number, year: number): number[] {
  const rows = ledger
    .prepare('SELECT id FROM meetings WHERE org_id = ? AND held_on BETWEEN ? AND ? AND voided_at IS NULL ORDER BY held_on, id')
    .all(orgId, `${year}-01-01`, `${year}-12-31`) as { id: number }[];
  return rows.map((r) => r.id);
}
