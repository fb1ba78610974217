// The two steps that change the roster, each inside the record's transaction:
// 上级党委审批 makes the person a 预备党员 (入党日期 = the 支部大会 date, facts opened that day);
// 上级党委审批转正 performs the roster's 转正 with its own rules (api/rules/probation.ts).
import { probationEnd } from '../../api/rules/probation';
import { memberProblems } from '../../api/rules/member';
import type { MemberInput } from '../../api/schemas/members';
import { nowStamp } from '../clock';
import { refuseInClosedYear } from '../closedDay';
import { notFound, refuse } from '../ledgerError';
import { changeMemberStatus } from '../members/status';
import { insertMember } from '../members/write';
import type { Ledger } from '../open';
import type { PersonBase } from './read';

export function admitToRoster(ledger: Ledger, p: PersonBase, meetingOn: string, approvedOn: string, today: string): number {
  if (!p.idNumber) throw refuse(`接收${p.name}为预备党员将为其建立党员档案，请先补全公民身份号码`, 'idNumber');
  if (!p.birthDate) throw refuse(`请先补全${p.name}的出生日期`, 'birthDate');
  // The 预备期 and the roster begin on the 支部大会 day: in a closed year that is a back-dated admission (db/closedDay.ts).
  refuseInClosedYear(ledger, meetingOn, `${p.name}的接收预备党员（支部大会${meetingOn}）`, 'doneOn');
  const input: MemberInput = {
    name: p.name,
    gender: p.gender as MemberInput['gender'],
    ethnicity: p.ethnicity,
    birthDate: p.birthDate,
    idNumber: p.idNumber,
    education: p.education as MemberInput['education'],
    joinedOn: meetingOn,
    fullMemberOn: null,
    category: '预备党员',
    communityClass: '直管',
    branchId: p.orgId,
    groupId: null,
    partyPost: null,
    workUnit: p.workUnit,
    residenceCommunity: null,
    building: null,
    room: null,
    phone: p.phone,
    flowDestination: null,
    lostContactOn: null,
    isCenterHousehold: false,
    isInDifficulty: false,
    isVeteran: false,
    isFrail: false,
    duesPaidThrough: null,
    note: null,
  };
  const error = memberProblems(input, today).find((x) => x.level === 'error');
  if (error) throw refuse(`不能建立党员档案：${error.message}`, 'doneOn');
  const memberId = insertMember(ledger, input, null, today);
  ledger
    .prepare('INSERT INTO member_events (member_id, kind, occurred_on, reason, decided_on, approved_on, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(
      memberId,
      '入党',
      meetingOn,
      `经支部大会${meetingOn}讨论通过，上级党委${approvedOn}审批，接收为预备党员（发展党员档案）`,
      meetingOn,
      approvedOn,
      nowStamp(),
    );
  ledger.prepare('UPDATE dev_people SET member_id = ?, updated_at = ? WHERE id = ?').run(memberId, nowStamp(), p.id);
  return memberId;
}

/** 转正 is dated the day the 预备期 ends; the 支部大会 and 审批 dates are recorded beside it. */
export function makeRegular(ledger: Ledger, p: PersonBase, meetingOn: string, approvedOn: string, today: string): void {
  if (p.memberId === null) throw refuse(`${p.name}尚未接收为预备党员`);
  const m = ledger
    .prepare('SELECT joined_on AS joinedOn, probation_extended_to AS probationExtendedTo, full_member_on AS fullOn FROM members WHERE id = ?')
    .get(p.memberId) as { joinedOn: string; probationExtendedTo: string | null; fullOn: string | null } | undefined;
  if (!m) throw notFound('党员');
  // Already 转正 on the roster (entered there before the file followed it): the record finishes the
  // file and the roster keeps its 转正日期 — no dead end.
  if (m.fullOn) return;
  const end = probationEnd(m);
  if (end > today) throw refuse(`预备期${end}期满，期满后方可转正`, 'doneOn');
  changeMemberStatus(
    ledger,
    p.memberId,
    { change: '转正', occurredOn: end, place: null, letterNo: null, reason: null, extendedTo: null, decidedOn: meetingOn, approvedOn },
    today,
  );
}
