// What a person is due for next, from their live records: the file's 下一步 and 首页's reminders.
import type { DevDue } from '../../api/schemas/development';
import { candidateEarliest, latestAdmissionApproval, nextInspection, talkDeadline } from '../../api/rules/development';
import { latestApproval } from '../../api/rules/probation';
import type { LiveSummary, RosterState } from './read';

const later = (a: string, b: string | undefined) => (b && b > a ? b : a);

/**
 * Steps due, earliest first. `roster` is what the roster says of an admitted person (null
 * before): its 预备期 end, and whether it has already 转正 or left — then nothing of the 预备期 is
 * due, whatever the file has recorded. A date that has passed makes a deadline overdue; a
 * milestone (满一年) is only reached.
 */
export function dueSteps(live: LiveSummary, names: Map<string, string>, today: string, roster: RosterState | null): DevDue[] {
  const f = live.firstOn;
  const out: DevDue[] = [];
  const name = (code: string) => names.get(code) ?? code;
  const deadline = (code: string, dueOn: string, message: string) => out.push({ code, name: name(code), dueOn, overdue: today > dueOn, message });
  if (f.apply && !f.talk && !f.activist) deadline('talk', talkDeadline(f.apply), `应在${talkDeadline(f.apply)}前派人谈话（收到申请书后一个月内）`);
  if (f.activist && !f.approve) {
    const since = later(f.activist, live.lastOn.inspect);
    const due = nextInspection(since);
    out.push({
      code: 'inspect',
      name: name('inspect'),
      dueOn: due,
      overdue: today > due,
      message: `上次考察（或确定为积极分子）为${since}，每半年应考察一次，应在${due}前考察`,
    });
  }
  if (f.activist && !f.candidate) {
    const at = candidateEarliest(f.activist);
    out.push({
      code: 'candidate',
      name: name('candidate'),
      dueOn: at,
      overdue: false,
      message: today >= at ? `确定为入党积极分子已满一年（${at}），可列为发展对象` : `确定为入党积极分子满一年之日为${at}`,
    });
  }
  if (f.branchMeeting && !f.approve) {
    const last = latestApproval(f.branchMeeting);
    const lastValid = latestAdmissionApproval(f.branchMeeting);
    if (today > lastValid)
      deadline('approve', lastValid, `支部大会于${f.branchMeeting}通过，已超过6个月未审批，须重新召开支部大会讨论（请作废原支部大会记录后重新记录）`);
    else deadline('approve', last, `支部大会于${f.branchMeeting}通过，上级党委应在${last}前审批（最长6个月，须说明原因）`);
  }
  // The roster has the last word on the 预备期: once 转正 or off the roster, none of it is due.
  const probation = f.approve && roster && !roster.fullOn && !roster.leftOn ? roster.end : null;
  if (probation && !f.regularMeeting) {
    // 预备党员 are 考察 every half year like 积极分子 (细则, 预备党员的教育、考察和转正), from the 入党 day.
    const since = later(f.branchMeeting ?? f.approve, live.lastOn.probationInspect);
    const due = nextInspection(since);
    if (due < probation)
      out.push({
        code: 'probationInspect',
        name: name('probationInspect'),
        dueOn: due,
        overdue: today > due,
        message: `上次考察（或入党）为${since}，预备期内每半年应考察一次，应在${due}前考察`,
      });
    out.push({
      code: 'regularMeeting',
      name: name('regularMeeting'),
      dueOn: probation,
      overdue: today > probation,
      message: `预备期${today > probation ? '已于' : '将于'}${probation}期满，应及时讨论转正`,
    });
  }
  if (probation && f.regularMeeting && !f.regularApprove) {
    const last = latestApproval(f.regularMeeting);
    deadline('regularApprove', last, `支部大会于${f.regularMeeting}讨论转正，上级党委应在${last}前审批`);
  }
  return out.sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0));
}
