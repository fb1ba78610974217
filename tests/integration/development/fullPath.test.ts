// 发展党员 from 申请 to 转正 through the contract: every step in order, the rules refusing and
// warning on the way, the roster member made on 审批 and made 正式 on 转正审批.
import { describe, expect, it } from 'vitest';
import { getMember } from '../../../db/members/read';
import { memberOnDay } from '../../../db/members/fullMembers';
import { devLedger } from './devFixture';

const TODAY = '2026-11-24';

describe('发展党员: the whole path', () => {
  it('申请 → 积极分子 → 发展对象 → 支部大会 → 审批 (roster 预备党员) → 转正', async () => {
    const { ledger, add, call, refusal, applicant, step, tree } = devLedger(TODAY);
    const mentorA = add('联系人甲');
    const mentorB = add('联系人乙');
    const probationer = add('预备党员丙', { category: '预备党员', joinedOn: '2023-01-10', fullMemberOn: null });
    for (let i = 0; i < 7; i++) add(`党员${i}`);

    const file = await applicant('王小红');
    const id = file.person.id;
    expect(file.person).toMatchObject({ stage: '入党申请人', birthDate: '1998-04-05', orgName: '第一网格党支部' });

    // Order: nothing before 申请.
    expect(await refusal('development.record', { personId: id, stepCode: 'talk', doneOn: '2024-03-10' })).toMatchObject({
      message: '请先记录“递交入党申请书”',
    });
    await step(id, 'apply', '2024-03-01');
    expect((await refusal('development.record', { personId: id, stepCode: 'apply', doneOn: '2024-03-02' })).message).toMatch(/已于2024-03-01记录/);
    // 谈话 after a month is recorded, with the warning kept on the record.
    const talked = await step(id, 'talk', '2024-04-03', { memberIds: [mentorA] });
    expect(talked.warning).toMatch(/晚于收到入党申请书后一个月（应在2024-04-01前/);
    expect(talked.file.records.find((r) => r.stepCode === 'talk')).toMatchObject({
      warning: talked.warning,
      people: [{ memberId: mentorA, name: '联系人甲', role: '谈话人' }],
    });

    await step(id, 'activist', '2024-05-10');
    expect((await call('development.person', { id })).person.stage).toBe('入党积极分子');
    // 培养联系人 are 正式党员 on the roster that day: a 预备党员 is refused.
    expect((await refusal('development.record', { personId: id, stepCode: 'mentors', doneOn: '2024-05-10', memberIds: [probationer] })).message).toMatch(
      /预备党员丙在2024-05-10不是党籍正常的正式党员/,
    );
    await step(id, 'mentors', '2024-05-10', { memberIds: [mentorA, mentorB] });
    await step(id, 'inspect', '2024-11-10');
    await step(id, 'inspect', '2025-05-01');
    // 364 days as 积极分子 refused, 365 accepted.
    expect((await refusal('development.record', { personId: id, stepCode: 'candidate', doneOn: '2025-05-09' })).message).toBe(
      '确定为入党积极分子满一年后方可列为发展对象：积极分子确定于2024-05-10，最早2025-05-10',
    );
    await step(id, 'candidate', '2025-05-10');
    expect((await refusal('development.record', { personId: id, stepCode: 'sponsors', doneOn: '2025-05-12', memberIds: [mentorA] })).message).toBe(
      '应确定2名正式党员作为入党介绍人',
    );
    await step(id, 'sponsors', '2025-05-12', { memberIds: [mentorA, mentorB] });
    await step(id, 'politicalReview', '2025-05-20');
    expect((await refusal('development.record', { personId: id, stepCode: 'training', doneOn: '2025-05-21', endOn: '2025-05-22' })).field).toBe('hours');
    await step(id, 'training', '2025-05-21', { endOn: '2025-05-23', hours: 24 });
    expect((await refusal('development.record', { personId: id, stepCode: 'publicity', doneOn: '2025-06-02', endOn: '2025-06-05' })).message).toMatch(
      /公示期不少于5个工作日/,
    );
    await step(id, 'publicity', '2025-06-02', { endOn: '2025-06-06' });
    await step(id, 'preReview', '2025-06-10');
    await step(id, 'volunteerForm', '2025-06-15', { docNo: 'ZY-2025-001' });

    // The 支部大会's 应到 from the roster of that day: 9 正式党员 of the branch, not the 预备党员.
    const proposal = await call('development.proposeVote', { personId: id, on: '2025-07-01' });
    expect(proposal).toMatchObject({ dueFull: 9, dueVoting: 9, orgId: tree.branchA.id });
    const vote = { dueFull: 9, dueVoting: 9, presentVoting: 8, inFavour: 4, against: 3, abstain: 1 };
    expect((await refusal('development.record', { personId: id, stepCode: 'branchMeeting', doneOn: '2025-07-01', vote })).message).toBe(
      '赞成票未超过应到会有表决权正式党员的半数（应到9人，赞成4票），不能接收为预备党员',
    );
    await step(id, 'branchMeeting', '2025-07-01', { vote: { ...vote, inFavour: 7, against: 0 } });
    // 审批 needs the 上级党委派人谈话 first (细则第二十七条).
    expect((await refusal('development.record', { personId: id, stepCode: 'approve', doneOn: '2025-07-20' })).message).toBe('请先记录“上级党委派人谈话”');
    await step(id, 'higherTalk', '2025-07-05', { memberIds: [mentorB] });
    // More than 6 months after the 支部大会 (2026-01-01 is the last day) the 审批 is not valid.
    expect((await refusal('development.record', { personId: id, stepCode: 'approve', doneOn: '2026-01-02', reason: '上级党委集中审批' })).message).toMatch(
      /最晚2026-01-01），审批无效，须重新召开支部大会/,
    );

    // 审批 more than 3 months after needs a reason; with one, the person joins the roster.
    expect((await refusal('development.record', { personId: id, stepCode: 'approve', doneOn: '2025-10-02' })).field).toBe('reason');
    const approved = await step(id, 'approve', '2025-10-02', { reason: '上级党委集中审批' });
    expect(approved.warning).toBeNull();
    const memberId = approved.file.person.memberId!;
    expect(approved.file.person).toMatchObject({ stage: '预备党员', admittedOn: '2025-07-01', approvedOn: '2025-10-02' });
    const member = getMember(ledger, memberId, TODAY);
    expect(member).toMatchObject({ name: '王小红', category: '预备党员', joinedOn: '2025-07-01', branchId: tree.branchA.id, fullMemberOn: null });
    expect(member.events.map((e) => [e.kind, e.occurredOn])).toEqual([['入党', '2025-07-01']]);
    // The dated facts begin on the 支部大会 day: on the roster from then, not the day before.
    expect(memberOnDay(ledger, memberId, '2025-07-01')?.onRoster).toBe(true);
    expect(memberOnDay(ledger, memberId, '2025-06-30')?.onRoster).toBe(false);
    expect((await refusal('development.voidRecord', { id: approved.file.records.find((r) => r.stepCode === 'approve')!.id, reason: '误录' })).message).toMatch(
      /已写入党员档案/,
    );

    await step(id, 'oath', '2025-10-10');
    await step(id, 'regularApply', '2026-06-10');
    // The 转正 支部大会: not before the 预备期 ends (2026-07-01), its tally checked like the admission vote.
    const regularVote = { dueFull: 9, dueVoting: 9, presentVoting: 8, inFavour: 8, against: 0, abstain: 0 };
    expect((await refusal('development.record', { personId: id, stepCode: 'regularMeeting', doneOn: '2026-06-30', vote: regularVote })).message).toBe(
      '支部大会讨论转正应在预备期满（2026-07-01）之后，不能提前',
    );
    expect(
      (
        await refusal('development.record', {
          personId: id,
          stepCode: 'regularMeeting',
          doneOn: '2026-07-02',
          vote: { ...regularVote, inFavour: 4, against: 4 },
        })
      ).message,
    ).toMatch(/赞成4票），不能通过转正/);
    await step(id, 'regularMeeting', '2026-07-02', { vote: regularVote });
    expect((await refusal('development.record', { personId: id, stepCode: 'regularApprove', doneOn: '2026-10-03' })).message).toMatch(
      /3个月内，最晚2026-10-02/,
    );
    const regular = await step(id, 'regularApprove', '2026-08-01');
    expect(regular.file.person).toMatchObject({ stage: '已转正', regularOn: '2026-07-01' });
    expect(getMember(ledger, memberId, TODAY)).toMatchObject({ category: '正式党员', fullMemberOn: '2026-07-01' });
    await step(id, 'archive', '2026-08-10');

    const list = await call('development.list', { stage: '已转正', orgId: tree.root.id, includeLeft: false });
    expect(list.map((r) => [r.name, r.mentors, r.sponsors])).toEqual([['王小红', ['联系人甲', '联系人乙'], ['联系人甲', '联系人乙']]]);
  });

  it('a wrong record is voided with its reason and recorded again; a leaving person keeps the file', async () => {
    const { call, refusal, applicant, step } = devLedger(TODAY);
    const { person } = await applicant('李明', '2000-01-01');
    await step(person.id, 'apply', '2026-01-05');
    const wrong = await step(person.id, 'talk', '2026-01-20');
    const talkId = wrong.file.records.find((r) => r.stepCode === 'talk')!.id;
    // 申请 has a step after it: it cannot be voided first.
    const applyId = wrong.file.records.find((r) => r.stepCode === 'apply')!.id;
    await step(person.id, 'activist', '2026-03-01');
    expect((await refusal('development.voidRecord', { id: applyId, reason: '日期错' })).message).toMatch(/请先作废/);
    const voided = await call('development.voidRecord', { id: talkId, reason: '日期录错' });
    expect(voided.records.find((r) => r.id === talkId)).toMatchObject({ voidReason: '日期录错' });
    await step(person.id, 'talk', '2026-01-21');
    const left = await call('development.leave', { id: person.id, on: '2026-04-01', reason: '本人撤回申请', note: null });
    expect(left.person).toMatchObject({ leftOn: '2026-04-01', leftReason: '本人撤回申请' });
    expect(left.records.filter((r) => r.stepCode === 'talk')).toHaveLength(2);
    expect(await call('development.list', { stage: null, orgId: null, includeLeft: false })).toEqual([]);
    expect((await call('development.list', { stage: null, orgId: null, includeLeft: true })).map((r) => r.name)).toEqual(['李明']);
    expect((await refusal('development.record', { personId: person.id, stepCode: 'inspect', doneOn: '2026-04-02' })).message).toMatch(/已于2026-04-01退出/);
  });

  it('申请 under 18 is refused; the same 身份证号 twice is refused; a roster member cannot apply', async () => {
    const { ledger, add, refusal, applicant, tree, call } = devLedger(TODAY);
    const { person } = await applicant('少年', '2008-12-01');
    const r = await refusal('development.record', { personId: person.id, stepCode: 'apply', doneOn: '2026-11-24' });
    expect(r.message).toMatch(/年满18周岁：出生日期2008-12-01，应在2026-12-01以后/);
    const file = await call('development.person', { id: person.id });
    expect(file.records).toEqual([]);
    expect((await refusal('development.create', { name: '重复', gender: '女', idNumber: file.person.idNumber, orgId: tree.branchA.id })).field).toBe(
      'idNumber',
    );
    const memberId = add('老党员');
    const id = getMember(ledger, memberId, TODAY).idNumber;
    expect((await refusal('development.create', { name: '老党员', gender: '男', idNumber: id, orgId: tree.branchA.id })).message).toMatch(/已登记为党员/);
    expect((await refusal('development.create', { name: '错支部', gender: '男', orgId: tree.root.id })).field).toBe('orgId');
  });
});
