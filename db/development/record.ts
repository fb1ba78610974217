// Recording a step: the 细则's order and time rules refuse or warn (api/rules/development.ts);
// 审批 and 转正审批 change the roster in the same transaction (admit.ts). A wrong record is
// voided with a reason, never deleted, and recorded again.
import { DEFAULT_PUBLICITY_DAYS, DEV_STEP_DEFAULTS } from '../../api/development';
import {
  applyProblem,
  approvalCheck,
  birthDateOf,
  candidateProblem,
  orderProblem,
  peopleCountProblem,
  PREREQUISITES,
  publicityProblem,
  regularMeetingProblem,
  REPEATING_STEPS,
  talkWarning,
  trainingProblem,
  voteProblem,
  type DevProblem,
} from '../../api/rules/development';
import type { DevPersonFile, DevRecordInput, DevRecordResult } from '../../api/schemas/development';
import { nowStamp } from '../clock';
import { notFound, refuse } from '../ledgerError';
import type { Ledger } from '../open';
import { getSettings } from '../settings';
import { admitToRoster, makeRegular } from './admit';
import { personFile } from './file';
import { liveSummaries, probationEndsOf, readPerson, type PersonBase } from './read';
import { membersThatDay } from './roster';
import { stepNames } from './steps';

const STEP = new Map(DEV_STEP_DEFAULTS.map((s) => [s.code, s]));

const failOn = (problem: DevProblem | null) => {
  if (problem) throw refuse(problem.message, problem.field);
};

export function publicityDays(ledger: Ledger): number {
  return getSettings(ledger).devPublicityDays ?? DEFAULT_PUBLICITY_DAYS;
}

/** 培养联系人 and 入党介绍人 are 正式党员 on the roster that day; a 谈话人 picked from the roster is on it (others are typed). */
function checkPeople(ledger: Ledger, code: string, memberIds: number[], on: string, typed: number): void {
  failOn(peopleCountProblem(code, memberIds.length + typed));
  if (new Set(memberIds).size !== memberIds.length) throw refuse('同一人不能重复选择', 'memberIds');
  const found = membersThatDay(ledger, memberIds, on);
  for (const id of memberIds) {
    const m = found.find((x) => x.id === id);
    if (!m) throw refuse('找不到所选的党员，请刷新后重试', 'memberIds');
    if (!m.onRoster) throw refuse(`${m.name}在${on}不在册，不能担任`, 'memberIds');
    if (code !== 'talk' && code !== 'higherTalk' && !m.fullNormal)
      throw refuse(`${m.name}在${on}不是党籍正常的正式党员，不能担任${STEP.get(code)?.role ?? ''}`, 'memberIds');
  }
}

/** The names typed for a 谈话人, split on 、 , ， ; (a space stays: 街道组织员 王明 is one person). */
function typedNames(text: string | null): string[] {
  return (text ?? '')
    .split(/[、,，;；]+/)
    .map((n) => n.trim())
    .filter((n) => n !== '');
}

export function writeRecord(ledger: Ledger, p: PersonBase, input: DevRecordInput, today: string): { id: number; warning: string | null } {
  const step = STEP.get(input.stepCode);
  if (!step) throw refuse('请选择步骤', 'stepCode');
  const names = stepNames(ledger);
  const nameOf = (code: string) => names.get(code) ?? code;
  const on = input.doneOn;
  if (p.leftOn) throw refuse(`${p.name}已于${p.leftOn}退出发展程序（${p.leftReason}），不能再记录步骤`);
  if (on > today) throw refuse('日期不能晚于今天', 'doneOn');
  const live = liveSummaries(ledger, [p.id]).get(p.id)!;
  const f = live.firstOn;
  if (f[step.code] && !REPEATING_STEPS.includes(step.code))
    throw refuse(`“${nameOf(step.code)}”已于${f[step.code]}记录；如有错误，请先作废原记录再重新记录`, 'stepCode');
  failOn(orderProblem(step.code, on, f, nameOf));

  const ranged = step.kind === 'range' || step.kind === 'training';
  const endOn = ranged ? input.endOn : null;
  if (endOn && endOn > today) throw refuse('结束日期不能晚于今天', 'endOn');
  const hours = step.kind === 'training' ? input.hours : null;
  const docNo = step.kind === 'docNo' ? input.docNo : null;
  const memberIds = step.kind === 'people' ? input.memberIds : [];
  const typed = step.role === '谈话人' ? typedNames(input.typedPeople) : [];
  if (typed.length === 0 && input.typedPeople && step.kind === 'people') throw refuse(`${step.role}须从本社区党员中选择`, 'typedPeople');
  const vote = step.kind === 'vote' ? input.vote : null;
  let warning: string | null = null;
  let reason: string | null = null;

  switch (step.code) {
    case 'apply':
      failOn(applyProblem(birthDateOf(p.birthDate, p.idNumber), on));
      break;
    case 'talk':
      warning = talkWarning(f.apply, on);
      break;
    case 'candidate':
      failOn(candidateProblem(f.activist, on));
      break;
    case 'training':
      failOn(trainingProblem(on, endOn, hours));
      break;
    case 'publicity':
      failOn(publicityProblem(on, endOn, publicityDays(ledger)));
      break;
    case 'volunteerForm':
      if (!docNo) throw refuse('请填写入党志愿书编号', 'docNo');
      break;
    case 'branchMeeting':
      if (!vote) throw refuse('请填写支部大会表决情况', 'vote');
      failOn(voteProblem(vote));
      break;
    case 'regularMeeting': {
      if (!vote) throw refuse('请填写支部大会表决情况', 'vote');
      const roster = p.memberId === null ? undefined : probationEndsOf(ledger, [p.memberId]).get(p.memberId);
      if (roster) failOn(regularMeetingProblem(roster.end, on));
      failOn(voteProblem(vote, 'regular'));
      break;
    }
    case 'approve': {
      const check = approvalCheck(f.branchMeeting, on, input.reason);
      failOn(check.problem);
      warning = check.warning;
      reason = input.reason;
      break;
    }
  }
  if (step.kind === 'people') checkPeople(ledger, step.code, memberIds, on, typed.length);
  if (ranged && !endOn) throw refuse('请填写结束日期', 'endOn');

  const id = Number(
    ledger
      .prepare(
        `INSERT INTO dev_records (person_id, step_code, done_on, end_on, hours, doc_no, reason, warning, note, typed_people, source, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(p.id, step.code, on, endOn, hours, docNo, reason, warning, input.note, typed.length ? typed.join('、') : null, '录入', nowStamp()).lastInsertRowid,
  );
  const addPerson = ledger.prepare('INSERT INTO dev_record_people (record_id, member_id, role) VALUES (?, ?, ?)');
  for (const memberId of memberIds) addPerson.run(id, memberId, step.role);
  if (vote) {
    ledger
      .prepare('INSERT INTO dev_votes (record_id, due_full, due_voting, present_voting, in_favour, against, abstain) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(id, vote.dueFull, vote.dueVoting, vote.presentVoting, vote.inFavour, vote.against, vote.abstain);
  }
  if (step.code === 'approve') admitToRoster(ledger, p, f.branchMeeting, on, today);
  if (step.code === 'regularApprove') makeRegular(ledger, p, f.regularMeeting, on, today);
  return { id, warning };
}

export function recordStep(ledger: Ledger, input: DevRecordInput, today: string): DevRecordResult {
  const { warning } = ledger.tx(() => {
    const p = readPerson(ledger, input.personId);
    if (!p) throw notFound('发展党员');
    return writeRecord(ledger, p, input, today);
  });
  return { file: personFile(ledger, input.personId, today), warning };
}

export function voidRecord(ledger: Ledger, id: number, reason: string, today: string): DevPersonFile {
  const personId = ledger.tx(() => {
    const r = ledger.prepare('SELECT person_id AS personId, step_code AS code, voided_at AS voidedAt FROM dev_records WHERE id = ?').get(id) as
      { personId: number; code: string; voidedAt: string | null } | undefined;
    if (!r) throw notFound('步骤记录');
    if (r.voidedAt) throw refuse('该记录已作废');
    const names = stepNames(ledger);
    // The roster changes these made are the roster's to undo (党员管理), not the file's.
    if (r.code === 'approve' || r.code === 'regularApprove') throw refuse(`“${names.get(r.code)}”已写入党员档案，不能在此作废；如有错误，请在党员管理中更正`);
    const others = ledger
      .prepare('SELECT count(*) AS n FROM dev_records WHERE person_id = ? AND step_code = ? AND voided_at IS NULL AND id <> ?')
      .get(r.personId, r.code, id) as { n: number };
    if (others.n === 0) {
      const live = liveSummaries(ledger, [r.personId]).get(r.personId)!;
      const dependent = Object.keys(live.firstOn).find((code) => PREREQUISITES[code]?.includes(r.code));
      if (dependent) throw refuse(`“${names.get(dependent)}”以此步骤为前提，请先作废“${names.get(dependent)}”`);
    }
    ledger.prepare('UPDATE dev_records SET voided_at = ?, void_reason = ? WHERE id = ?').run(nowStamp(), reason, id);
    return r.personId;
  });
  return personFile(ledger, personId, today);
}
