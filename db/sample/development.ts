// 发展党员 in 示例数据: a few people at each stage in the first branches, taken through the steps
// by the app's own record code (so every rule holds), dated back from `today`: applicants (one
// due for 谈话), 积极分子 (one a year in), a 发展对象 after 公示, one awaiting the 上级党委's
// 审批 after the 支部大会, a 预备党员 of the roster with its file, one who withdrew, and this
// year's 发展计划.
import { addDays } from '../../api/rules/dates';
import { idCheckChar } from '../../api/rules/idNumber';
import type { DevRecordInput } from '../../api/schemas/development';
import { insertImportedPerson } from '../development/importPeople';
import { insertPerson } from '../development/people';
import { readPerson } from '../development/read';
import { writeRecord } from '../development/record';
import { fullMembersOfBranch, fullMembersOfBranchList } from '../development/roster';
import { LedgerError } from '../ledgerError';
import type { Ledger } from '../open';
import { GIVEN, SURNAMES } from './names';
import type { Rng } from './random';

export const hasDevelopmentTables = (ledger: Ledger): boolean =>
  ledger.sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'dev_people'").get() !== undefined;

type Step = [code: string, daysAgo: number, extra?: Partial<DevRecordInput>];

export function seedDevelopment(ledger: Ledger, today: string, r: Rng): number {
  const branches = (
    ledger.prepare("SELECT id FROM orgs WHERE kind IN ('党支部', '联合党支部') AND closed_on IS NULL ORDER BY id LIMIT 2").all() as { id: number }[]
  ).map((b) => b.id);
  if (branches.length === 0) return 0;
  let serial = 0;
  const ago = (days: number) => addDays(today, -days);
  const person = (orgId: number) => {
    serial++;
    const male = r.chance(0.5);
    const birth = `${1990 + r.int(13)}-0${1 + r.int(9)}-1${r.int(9)}`;
    const first17 = `440305${birth.replaceAll('-', '')}${String(10 + serial).slice(-2)}${male ? 1 : 2}`;
    return insertPerson(
      ledger,
      {
        name: `${r.pick(SURNAMES)}${r.pick(GIVEN)}${r.chance(0.5) ? r.pick(GIVEN) : ''}`,
        gender: male ? '男' : '女',
        ethnicity: '汉族',
        birthDate: null,
        idNumber: first17 + idCheckChar(first17),
        education: r.pick(['大学本科', '大学专科', '研究生'] as const),
        workUnit: r.pick(['社区居委会', '社区卫生服务站', '物业服务中心', '区实验小学']),
        phone: `139${String(10000000 + r.int(89999999))}`,
        orgId,
        note: null,
      },
      today,
    );
  };
  /** One person through their steps; a step a rule refuses (too few 正式党员 in a small branch) ends the file there. */
  const take = (orgId: number, steps: Step[]): void => {
    const id = person(orgId);
    for (const [code, daysAgo, extra] of steps) {
      const on = ago(daysAgo);
      const input: DevRecordInput = {
        personId: id,
        stepCode: code,
        doneOn: on,
        endOn: null,
        hours: null,
        docNo: null,
        memberIds: [],
        typedPeople: null,
        vote: null,
        reason: null,
        note: null,
        ...extra,
      };
      if (code === 'mentors') input.memberIds = fullMembersOfBranchList(ledger, orgId, on, 1 + r.int(2));
      if (code === 'sponsors') input.memberIds = fullMembersOfBranchList(ledger, orgId, on, 2);
      if (code === 'branchMeeting') {
        const due = fullMembersOfBranch(ledger, orgId, on);
        const present = due - Math.floor(due / 6);
        input.vote = { dueFull: due, dueVoting: due, presentVoting: present, inFavour: present, against: 0, abstain: 0 };
      }
      try {
        ledger.tx(() => writeRecord(ledger, readPerson(ledger, id)!, input, today));
      } catch (error) {
        if (error instanceof LedgerError) return;
        throw error;
      }
    }
  };
  const activist = (base: number): Step[] => [
    ['apply', base],
    ['talk', base - 20],
    ['activist', base - 100],
    ['mentors', base - 100],
    ['inspect', base - 280],
  ];
  ledger.tx(() => {
    for (const orgId of branches) {
      take(orgId, [['apply', 28]]);
      take(orgId, [
        ['apply', 50],
        ['talk', 35],
      ]);
      take(orgId, activist(480));
      take(orgId, [
        ...activist(960),
        ['candidate', 450],
        ['sponsors', 445],
        ['politicalReview', 440],
        ['training', 430, { endOn: ago(428), hours: 24 }],
        ['inspect', 250],
        ['inspect', 70],
        ['publicity', 60, { endOn: ago(51) }],
        ['preReview', 45],
      ]);
    }
    const orgId = branches[0];
    take(orgId, [
      ...activist(1100),
      ['candidate', 600],
      ['sponsors', 590],
      ['politicalReview', 585],
      ['training', 580, { endOn: ago(578), hours: 24 }],
      ['inspect', 400],
      ['inspect', 220],
      ['inspect', 45],
      ['publicity', 120, { endOn: ago(111) }],
      ['preReview', 105],
      ['volunteerForm', 95, { docNo: `${today.slice(0, 4)}-001` }],
      ['branchMeeting', 85],
    ]);
    const withdrew = person(orgId);
    ledger.tx(() =>
      writeRecord(
        ledger,
        readPerson(ledger, withdrew)!,
        {
          personId: withdrew,
          stepCode: 'apply',
          doneOn: ago(200),
          endOn: null,
          hours: null,
          docNo: null,
          memberIds: [],
          typedPeople: null,
          vote: null,
          reason: null,
          note: null,
        },
        today,
      ),
    );
    ledger.prepare("UPDATE dev_people SET left_on = ?, left_reason = '本人撤回申请' WHERE id = ?").run(ago(150), withdrew);
    // A 预备党员 already on the roster gets the file their admission would have left.
    const probationer = ledger
      .prepare(
        `SELECT id, name, gender, birth_date AS birthDate, id_number AS idNumber, branch_id AS branchId, joined_on AS joinedOn FROM members
       WHERE category = '预备党员' AND left_on IS NULL AND branch_id IS NOT NULL ORDER BY id LIMIT 1`,
      )
      .get() as { id: number; name: string; gender: string; birthDate: string; idNumber: string; branchId: number; joinedOn: string } | undefined;
    if (probationer) {
      const at = (days: number) => addDays(probationer.joinedOn, -days);
      const step = (code: string, on: string) => ({ code, doneOn: on, endOn: null, docNo: null, warning: null, note: '示例数据', memberIds: [], role: null });
      insertImportedPerson(ledger, {
        name: probationer.name,
        gender: probationer.gender,
        ethnicity: '汉族',
        birthDate: probationer.birthDate,
        idNumber: probationer.idNumber,
        education: null,
        workUnit: null,
        phone: null,
        orgId: probationer.branchId,
        note: null,
        memberId: probationer.id,
        steps: [
          step('apply', at(800)),
          step('activist', at(700)),
          step('candidate', at(300)),
          step('branchMeeting', probationer.joinedOn),
          step('approve', addDays(probationer.joinedOn, 30)),
        ],
      });
    }
    ledger
      .prepare('INSERT INTO dev_plans (year, org_id, quota, note, updated_at) VALUES (?, NULL, 3, ?, ?)')
      .run(Number(today.slice(0, 4)), '街道下达', `${today}T00:00:00.000Z`);
  });
  return (ledger.prepare('SELECT count(*) AS n FROM dev_people').get() as { n: number }).n;
}
