// The file and the roster are one story (shared/DOMAIN.md "发展党员"): a 转正, 取消预备党员资格 or
// 转出 recorded on the roster moves the person's 发展 file on; 首页 and the 发展 statistics read
// the same state; a file stranded by an older version can still be finished.
import { describe, expect, it } from 'vitest';
import type { CallInput } from '../../../api/contract';
import { getMember } from '../../../db/members/read';
import { devRecordData } from '../../../excel/exportDevelopment';
import { devRecordRows } from '../../../excel/forms/devRecord';
import { devLedger } from './devFixture';

const TODAY = '2026-11-24';
type Status = CallInput<'members.changeStatus'>;
const status = (id: number, change: Status['change'], occurredOn: string, extra: Partial<Status> = {}): Status =>
  ({
    id,
    change,
    occurredOn,
    place: null,
    letterNo: null,
    reason: null,
    extendedTo: null,
    decidedOn: null,
    approvedOn: null,
    exitKind: null,
    ...extra,
  }) as Status;

async function setup() {
  const dev = devLedger(TODAY);
  const { add, applicant, step } = dev;
  const mentors = [add('联系人甲'), add('联系人乙')];
  for (let i = 0; i < 6; i++) add(`党员${i}`);
  const vote = { dueFull: 8, dueVoting: 8, presentVoting: 8, inFavour: 8, against: 0, abstain: 0 };
  /** Through every step to 审批 with the 支部大会 on `meetingOn`; returns the file's and the roster's ids. */
  const admitted = async (name: string, birthDate: string, meetingOn = '2025-07-01') => {
    const id = (await applicant(name, birthDate)).person.id;
    await step(id, 'apply', '2023-01-05');
    await step(id, 'activist', '2023-03-01');
    await step(id, 'candidate', '2024-03-01');
    await step(id, 'sponsors', '2024-03-02', { memberIds: mentors });
    await step(id, 'politicalReview', '2024-03-03');
    await step(id, 'training', '2024-03-04', { endOn: '2024-03-06' });
    await step(id, 'publicity', '2024-03-11', { endOn: '2024-03-15' });
    await step(id, 'preReview', '2024-03-20');
    await step(id, 'volunteerForm', '2024-03-21', { docNo: `ZY-${name}` });
    await step(id, 'branchMeeting', meetingOn, { vote });
    await step(id, 'higherTalk', meetingOn, { memberIds: [mentors[0]] });
    const file = (await step(id, 'approve', meetingOn)).file;
    return { id, memberId: file.person.memberId! };
  };
  return { ...dev, admitted, vote };
}

describe('发展党员 ↔ roster', () => {
  it('a 转正 recorded on the roster finishes the file: stage, records, 首页 and the statistics agree', async () => {
    const { ledger, call, step, admitted } = await setup();
    const a = await admitted('预备甲', '1999-02-03');
    const before = await call('home.developmentReminders', {});
    // Half-yearly 考察 of a 预备党员 from the 入党 day (2025-07-01 → 2026-01-01), and the 预备期's end.
    expect(before.items.filter((i) => i.personId === a.id).map((i) => [i.code, i.dueOn, i.overdue])).toEqual([
      ['probationInspect', '2026-01-01', true],
      ['regularMeeting', '2026-07-01', true],
    ]);
    await step(a.id, 'probationInspect', '2025-12-20');
    const inspected = await call('home.developmentReminders', {});
    // The next 考察 (2026-06-20) still falls inside the 预备期.
    expect(inspected.items.filter((i) => i.personId === a.id).map((i) => i.code)).toEqual(['probationInspect', 'regularMeeting']);
    await step(a.id, 'probationInspect', '2026-06-20');
    expect((await call('home.developmentReminders', {})).items.filter((i) => i.personId === a.id).map((i) => i.code)).toEqual(['regularMeeting']);
    expect((await call('development.plan', { year: 2026 })).byStage).toMatchObject({ 预备党员: 1, 已转正: 0 });

    await call('members.changeStatus', status(a.memberId, '转正', '2026-07-01', { decidedOn: '2026-07-03', approvedOn: '2026-08-01' }));
    const file = await call('development.person', { id: a.id });
    expect(file.person).toMatchObject({ stage: '已转正', regularOn: '2026-07-01', next: null });
    expect(file.records.filter((r) => r.stepCode.startsWith('regular')).map((r) => [r.stepCode, r.doneOn, r.voidedAt])).toEqual([
      ['regularMeeting', '2026-07-03', null],
      ['regularApprove', '2026-08-01', null],
    ]);
    expect(file.due).toEqual([]);
    expect((await call('home.developmentReminders', {})).items.filter((i) => i.personId === a.id)).toEqual([]);
    const plan = await call('development.plan', { year: 2026 });
    expect(plan.byStage).toMatchObject({ 预备党员: 0, 已转正: 1 });
    expect(plan.counts.regular).toBe(1);
    // The 纪实表 carries the 入党 and 转正 dates.
    const heads = devRecordRows(devRecordData(ledger, a.id, TODAY)).filter((r) => r.head);
    expect(heads.filter((r) => r.step.endsWith('日期') && r.step !== '出生日期').map((r) => [r.step, r.text])).toEqual([
      ['入党日期', '2025-07-01'],
      ['转正日期', '2026-07-01'],
    ]);
    // The file goes on to its last step.
    expect((await step(a.id, 'archive', '2026-08-10')).file.records.at(-1)?.stepCode).toBe('archive');
  });

  it('取消预备党员资格 and 转出 on the roster close the file; a 转入 back reopens it; 停止党籍 on a 预备党员 is refused', async () => {
    const { call, refusal, admitted } = await setup();
    const b = await admitted('预备乙', '1999-03-04');
    const c = await admitted('预备丙', '1999-04-05');
    expect((await refusal('members.changeStatus', status(b.memberId, '停止党籍', '2026-03-01', { reason: '失联' }))).message).toBe(
      '预备乙是预备党员，不能停止党籍；无法取得联系的预备党员应办理“取消预备党员资格”',
    );
    await call('members.changeStatus', status(b.memberId, '取消预备党员资格', '2026-03-01', { reason: '失去联系' }));
    expect((await call('development.person', { id: b.id })).person).toMatchObject({ leftOn: '2026-03-01', leftReason: '取消预备党员资格', next: null });

    await call('members.changeStatus', status(c.memberId, '转出', '2026-02-01', { place: '外区某党委' }));
    expect((await call('development.person', { id: c.id })).person).toMatchObject({ leftOn: '2026-02-01', leftReason: '转出' });
    const home = await call('home.developmentReminders', {});
    expect(home.items.filter((i) => i.personId === b.id || i.personId === c.id)).toEqual([]);
    expect((await call('development.list', { stage: null, orgId: null, includeLeft: false })).map((r) => r.name)).not.toContain('预备丙');
    expect((await call('development.plan', { year: 2026 })).byStage).toMatchObject({ 预备党员: 0 });

    await call('members.changeStatus', status(c.memberId, '转入', '2026-04-01', { place: '外区某党委' }));
    expect((await call('development.person', { id: c.id })).person).toMatchObject({ leftOn: null, stage: '预备党员' });
  });

  it('a file stranded by an older version (转正 on the roster only) reads 已转正 and can still be finished', async () => {
    const { ledger, call, step, admitted, vote } = await setup();
    const d = await admitted('预备丁', '1999-05-06');
    await call('members.changeStatus', status(d.memberId, '转正', '2026-07-01', { decidedOn: '2026-07-03', approvedOn: '2026-08-01' }));
    // What an older version left: the roster's 转正 without the file's records.
    ledger.prepare("UPDATE dev_records SET voided_at = '2026-08-02T00:00:00.000Z', void_reason = '旧版本未同步' WHERE source = '党员管理'").run();
    const file = await call('development.person', { id: d.id });
    expect(file.person).toMatchObject({ stage: '已转正', regularOn: '2026-07-01' });
    expect(file.due).toEqual([]);
    expect((await call('home.developmentReminders', {})).items.filter((i) => i.personId === d.id)).toEqual([]);
    expect((await call('development.plan', { year: 2026 })).byStage).toMatchObject({ 预备党员: 0, 已转正: 1 });
    // 审批转正 in the file is no longer refused as 已是正式党员; the roster keeps its 转正日期.
    await step(d.id, 'regularApply', '2026-06-01');
    await step(d.id, 'regularMeeting', '2026-07-03', { vote });
    const done = await step(d.id, 'regularApprove', '2026-08-01');
    expect(done.file.person).toMatchObject({ stage: '已转正', regularOn: '2026-07-01' });
    expect(getMember(ledger, d.memberId, TODAY)).toMatchObject({ category: '正式党员', fullMemberOn: '2026-07-01' });
    expect(getMember(ledger, d.memberId, TODAY).events.filter((e) => e.kind === '转正')).toHaveLength(1);
  });
});
