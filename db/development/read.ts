// Reads a person's live records into what every view needs: each step's first and last live
// date, the people in each role, and the stage derived from them (never stored).
import type { PersonStage } from '../../api/development';
import type { DevPersonRow } from '../../api/schemas/development';
import { stageOf } from '../../api/rules/development';
import { probationEnd } from '../../api/rules/probation';
import type { Ledger } from '../open';
import { dueSteps } from './due';

export interface PersonBase {
  id: number;
  name: string;
  gender: string;
  ethnicity: string | null;
  birthDate: string | null;
  idNumber: string | null;
  education: string | null;
  workUnit: string | null;
  phone: string | null;
  orgId: number;
  orgName: string;
  note: string | null;
  memberId: number | null;
  leftOn: string | null;
  leftReason: string | null;
  leftNote: string | null;
  createdAt: string;
}

export interface LiveSummary {
  /** First live date of each step. */
  firstOn: Record<string, string>;
  /** Last live date of each step (考察 repeats). */
  lastOn: Record<string, string>;
  mentors: string[];
  sponsors: string[];
  stage: PersonStage;
}

const PERSON_SQL = `SELECT p.id, p.name, p.gender, p.ethnicity, p.birth_date AS birthDate, p.id_number AS idNumber, p.education,
  p.work_unit AS workUnit, p.phone, p.org_id AS orgId, o.name AS orgName, p.note, p.member_id AS memberId,
  p.left_on AS leftOn, p.left_reason AS leftReason, p.left_note AS leftNote, p.created_at AS createdAt
  FROM dev_people p JOIN orgs o ON o.id = p.org_id`;

export function readPeople(ledger: Ledger, where = '', params: unknown[] = []): PersonBase[] {
  return ledger.prepare(`${PERSON_SQL} ${where} ORDER BY p.id`).all(...params) as PersonBase[];
}

export function readPerson(ledger: Ledger, id: number): PersonBase | undefined {
  return ledger.prepare(`${PERSON_SQL} WHERE p.id = ?`).get(id) as PersonBase | undefined;
}

interface LiveRow {
  personId: number;
  stepCode: string;
  doneOn: string;
}

interface RoleRow {
  personId: number;
  role: string;
  name: string;
}

/** Live summaries of the given people (all when ids is null), read in two statements. */
export function liveSummaries(ledger: Ledger, ids: number[] | null, asOf: string | null = null): Map<number, LiveSummary> {
  const filter = ids === null ? '' : `AND r.person_id IN (SELECT value FROM json_each(?))`;
  const params: unknown[] = ids === null ? [] : [JSON.stringify(ids)];
  const dated = asOf === null ? '' : 'AND r.done_on <= ?';
  if (asOf !== null) params.push(asOf);
  const rows = ledger
    .prepare(
      `SELECT r.person_id AS personId, r.step_code AS stepCode, r.done_on AS doneOn FROM dev_records r
       WHERE r.voided_at IS NULL ${filter} ${dated} ORDER BY r.done_on, r.id`,
    )
    .all(...params) as LiveRow[];
  const roles = ledger
    .prepare(
      `SELECT r.person_id AS personId, rp.role, m.name FROM dev_record_people rp JOIN dev_records r ON r.id = rp.record_id JOIN members m ON m.id = rp.member_id
       WHERE r.voided_at IS NULL AND rp.role IN ('培养联系人', '入党介绍人') ${filter} ${dated} ORDER BY r.done_on, r.id, m.id`,
    )
    .all(...params) as RoleRow[];
  const out = new Map<number, LiveSummary>();
  const of = (id: number) => {
    let s = out.get(id);
    if (!s) out.set(id, (s = { firstOn: {}, lastOn: {}, mentors: [], sponsors: [], stage: '入党申请人' }));
    return s;
  };
  for (const id of ids ?? []) of(id);
  for (const r of rows) {
    const s = of(r.personId);
    s.firstOn[r.stepCode] ??= r.doneOn;
    s.lastOn[r.stepCode] = r.doneOn;
  }
  for (const r of roles) {
    const s = of(r.personId);
    const list = r.role === '培养联系人' ? s.mentors : s.sponsors;
    if (!list.includes(r.name)) list.push(r.name);
  }
  for (const s of out.values()) s.stage = stageOf(s.firstOn);
  return out;
}

const EMPTY: LiveSummary = { firstOn: {}, lastOn: {}, mentors: [], sponsors: [], stage: '入党申请人' };

export function toRow(
  p: PersonBase,
  s: LiveSummary | undefined,
  names: Map<string, string>,
  today: string,
  probationEnds: Map<number, RosterState>,
): DevPersonRow {
  const live = s ?? EMPTY;
  const roster = p.memberId === null ? undefined : probationEnds.get(p.memberId);
  const next = p.leftOn ? null : (dueSteps(live, names, today, roster ?? null)[0] ?? null);
  const stage = stageWithRoster(live.stage, roster, today);
  return {
    id: p.id,
    name: p.name,
    gender: p.gender,
    ethnicity: p.ethnicity,
    birthDate: p.birthDate,
    education: p.education,
    workUnit: p.workUnit,
    orgId: p.orgId,
    orgName: p.orgName,
    stage,
    appliedOn: live.firstOn.apply ?? null,
    activistOn: live.firstOn.activist ?? null,
    candidateOn: live.firstOn.candidate ?? null,
    admittedOn: live.firstOn.approve ? (live.firstOn.branchMeeting ?? null) : null,
    approvedOn: live.firstOn.approve ?? null,
    regularOn: stage === '已转正' ? (roster?.fullOn ?? live.firstOn.regularApprove ?? null) : null,
    mentors: live.mentors,
    sponsors: live.sponsors,
    memberId: p.memberId,
    leftOn: p.leftOn,
    leftReason: p.leftReason,
    next,
  };
}

/** What the roster says of an admitted person: the file reads it, so both tell one story. */
export interface RosterState {
  /** The 预备期's end (1 year from 入党日期, or its extension), or the 转正日期 once 转正. */
  end: string;
  /** The 转正日期 when the roster has it. */
  fullOn: string | null;
  /** The day they left the roster (转出, 取消预备党员资格, 出党, 死亡), if they have. */
  leftOn: string | null;
}

/** For admitted people, the roster's state — the roster is the truth for 预备期, 转正 and leaving. */
export function probationEndsOf(ledger: Ledger, memberIds: number[]): Map<number, RosterState> {
  if (memberIds.length === 0) return new Map();
  const rows = ledger
    .prepare(
      `SELECT id, joined_on AS joinedOn, probation_extended_to AS ext, full_member_on AS fullOn, left_on AS leftOn FROM members
       WHERE id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(memberIds)) as { id: number; joinedOn: string; ext: string | null; fullOn: string | null; leftOn: string | null }[];
  return new Map(
    rows.map((r) => [r.id, { end: r.fullOn ?? probationEnd({ joinedOn: r.joinedOn, probationExtendedTo: r.ext }), fullOn: r.fullOn, leftOn: r.leftOn }]),
  );
}

/** The stage shown: a 转正 the roster holds by `day` makes the file 已转正 even before its record. */
export function stageWithRoster(stage: PersonStage, roster: RosterState | undefined, day: string): PersonStage {
  return stage === '预备党员' && roster?.fullOn && roster.fullOn <= day ? '已转正' : stage;
}
