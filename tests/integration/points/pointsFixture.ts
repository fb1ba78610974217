// A small community with the default points scheme for 2026: two members in 一支部, one in 二支部.
import { activityInput, onjobInput, unitInput } from '../../../api/schemas/dualReg';
import { meetingInput } from '../../../api/schemas/meetings';
import type { AttendanceStatus, MeetingType } from '../../../api/meetingTypes';
import { saveActivity } from '../../../db/dualReg/activities';
import { saveOnjob, saveUnit } from '../../../db/dualReg/registry';
import { saveMeeting } from '../../../db/meetings/write';
import { createMember } from '../../../db/members/write';
import { adoptDefaultScheme } from '../../../db/points/rules';
import { memberStatement } from '../../../db/points/views';
import { basicTree, memberInput, memoryLedger, TODAY } from '../../support/testLedger';

export function pointsCommunity() {
  const ledger = memoryLedger();
  const tree = basicTree(ledger);
  const member = (name: string, branchId: number, extra = {}) => createMember(ledger, memberInput(branchId, { name, ...extra }), null, TODAY).id;
  const zhang = member('张红', tree.branchA.id);
  const li = member('李明', tree.branchA.id);
  const wang = member('王芳', tree.branchB.id);
  adoptDefaultScheme(ledger, 2026);

  /** A branch-A meeting; whoever is not named attends. */
  const meeting = (heldOn: string, types: MeetingType[], absent: Record<number, AttendanceStatus> = {}, id?: number) =>
    saveMeeting(
      ledger,
      meetingInput.parse({
        id,
        orgId: tree.branchA.id,
        heldOn,
        types,
        lectureTitle: types.includes('党课') ? '学习党章' : null,
        attendance: [zhang, li].map((memberId) => ({ memberId, status: absent[memberId] ?? '出席', reason: absent[memberId] ? '事由' : null })),
      }),
      TODAY,
    );
  const activity = (heldOn: string, people: [number, number][], id?: number) =>
    saveActivity(
      ledger,
      activityInput.parse({ id, heldOn, theme: `服务${heldOn}`, participants: people.map(([refId, hours]) => ({ kind: 'member', refId, hours })) }),
      TODAY,
    );
  const total = (memberId: number, year = 2026) => memberStatement(ledger, memberId, year).total;
  const entryCount = () => (ledger.sqlite.prepare('SELECT count(*) AS n FROM point_entries').get() as { n: number }).n;
  const onjobFor = (memberId: number) => {
    const unitId = saveUnit(ledger, unitInput.parse({ name: '区税务局', registeredOn: '2025-03-01' }));
    const idNumber = (ledger.sqlite.prepare('SELECT id_number AS id FROM members WHERE id = ?').get(memberId) as { id: string }).id;
    return saveOnjob(ledger, onjobInput.parse({ name: '张红', idNumber, unitId, registeredOn: '2025-04-01' }));
  };
  return { ledger, tree, zhang, li, wang, meeting, activity, total, entryCount, onjobFor };
}
