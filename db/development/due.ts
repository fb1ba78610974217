// What a person is due for next, from their live records: the file's 下一步 and 首页's reminders.
import type { DevDue } from '../../api/schemas/development';
import { candidateEarliest, nextInspection, talkDeadline } from '../../api/rules/development';
import { latestApproval } from '../../api/rules/probation';
import type { LiveSummary } from './read';

const later = (a: string, b: string | undefined) => (b && b > a ? b : a);

/**
 * Steps due, earliest first. `probationEnd` is the roster's 预备期 end for an admitted person
 * (null before). A date that has passed makes a deadline overdue; a milestone (满一年) is
 * only reached.
 */
export function dueSteps(live: LiveSummary, names: Map<string, string>, today: string, probationEnd: string | null): DevDue[] {
  const f = live.firstOn;
  const out: DevDue[] = [];
  const name = (code: string) => names.get(code) ?? code;
  const deadline = (code: string, dueOn: string, message: string) => out.push({ code, name: name(code), dueOn, overdue: today > dueOn, message });
  if (f.apply && !f.talk && !f.activist) deadline('talk', talkDeadline(f.apply), `应在${talkDeadline(f.apply)}前派人谈话（收到申请书后一个月内）`);
  if (f.activist && !f.approve) {
    const since = later(f.activist, live.lastOn.inspect);
    const due = nextInspection(since);
    out.push({ code: 'inspect', name: name('inspect'), dueOn: due, overdue: today > due, message: `上次考察（或确定为积极分子）为${since}，每半年应考察一次，应在${due}前考察` });
  }
  if (f.activist && !f.candidate) {
    const at = candidateEarliest(f.activist);
    out.push({ code: 'candidate', name: name('candidate'), dueOn: at, overdue: false, message: today >= at ? `确定为入党积极分子已满一年（${at}），可列为发展对象` : `确定为入党积极分子满一年之日为${at}` });
  }
  if (f.branchMeeting && !f.approve) {
    const last = latestApproval(f.branchMeeting);
    deadline('approve', last, `支部大会于${f.branchMeeting}通过，上级党委应在${last}前审批（最长6个月，须说明原因）`);
  }
  if (f.approve && !f.regularMeeting && probationEnd) {
    out.push({ code: 'regularMeeting', name: name('regularMeeting'), dueOn: probationEnd, overdue: today > probationEnd, message: `预备期${today > probationEnd ? '已于' : '将于'}${probationEnd}期满，应及时讨论转正` });
  }
  if (f.regularMeeting && !f.regularApprove) {
    const last = latestApproval(f.regularMeeting);
    deadline('regularApprove', last, `支部大会于${f.regularMeeting}讨论转正，上级党委应在${last}前审批`);
  }
  return out.sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0));
}
