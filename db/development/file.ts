// One person's file: details, every record (voided ones marked), documents, what is due.
import type { DevPersonFile, DevRecord, DevRecordPerson, DevVote } from '../../api/schemas/development';
import { notFound } from '../ledgerError';
import { listAttachments } from '../meetings/attachments';
import type { Ledger } from '../open';
import { dueSteps } from './due';
import { liveSummaries, probationEndsOf, readPerson, toRow } from './read';
import { stepNames } from './steps';

type RecordRow = Omit<DevRecord, 'people' | 'vote' | 'stepName'>;

export function personRecords(ledger: Ledger, personId: number, names: Map<string, string>): DevRecord[] {
  const rows = ledger
    .prepare(
      `SELECT r.id, r.step_code AS stepCode, r.done_on AS doneOn, r.end_on AS endOn, r.hours, r.doc_no AS docNo, r.reason, r.warning, r.note,
              r.typed_people AS typedPeople, r.voided_at AS voidedAt, r.void_reason AS voidReason, r.created_at AS createdAt
       FROM dev_records r JOIN dev_steps s ON s.code = r.step_code WHERE r.person_id = ? ORDER BY s.seq, r.done_on, r.id`,
    )
    .all(personId) as (RecordRow & { typedPeople: string | null })[];
  const people = ledger
    .prepare(
      `SELECT rp.record_id AS recordId, rp.member_id AS memberId, m.name, rp.role FROM dev_record_people rp JOIN members m ON m.id = rp.member_id
       JOIN dev_records r ON r.id = rp.record_id WHERE r.person_id = ? ORDER BY rp.record_id, m.id`,
    )
    .all(personId) as (DevRecordPerson & { recordId: number })[];
  const votes = ledger
    .prepare(
      `SELECT v.record_id AS recordId, v.due_full AS dueFull, v.due_voting AS dueVoting, v.present_voting AS presentVoting, v.in_favour AS inFavour,
              v.against, v.abstain
       FROM dev_votes v JOIN dev_records r ON r.id = v.record_id WHERE r.person_id = ?`,
    )
    .all(personId) as (DevVote & { recordId: number })[];
  return rows.map(({ typedPeople, ...r }) => {
    const vote = votes.find((v) => v.recordId === r.id);
    const typed = (typedPeople ?? '')
      .split('、')
      .filter(Boolean)
      .map((name) => ({ memberId: null, name, role: '谈话人' as const }));
    return {
      ...r,
      stepName: names.get(r.stepCode) ?? r.stepCode,
      people: [...people.filter((p) => p.recordId === r.id).map(({ memberId, name, role }) => ({ memberId, name, role })), ...typed],
      vote: vote
        ? {
            dueFull: vote.dueFull,
            dueVoting: vote.dueVoting,
            presentVoting: vote.presentVoting,
            inFavour: vote.inFavour,
            against: vote.against,
            abstain: vote.abstain,
          }
        : null,
    };
  });
}

export function personFile(ledger: Ledger, id: number, today: string): DevPersonFile {
  const p = readPerson(ledger, id);
  if (!p) throw notFound('发展党员');
  const names = stepNames(ledger);
  const live = liveSummaries(ledger, [id]).get(id)!;
  const ends = probationEndsOf(ledger, p.memberId === null ? [] : [p.memberId]);
  const row = toRow(p, live, names, today, ends);
  return {
    person: { ...row, idNumber: p.idNumber, phone: p.phone, note: p.note, leftNote: p.leftNote, createdAt: p.createdAt },
    records: personRecords(ledger, id, names),
    documents: listAttachments(ledger, 'development', id),
    due: p.leftOn ? [] : dueSteps(live, names, today, p.memberId === null ? null : (ends.get(p.memberId) ?? null)),
  };
}
