// People in the 发展党员 pipeline: registered, corrected, and leaving with a dated reason.
// Nothing is deleted: a person who leaves keeps their file, marked left.
import { isBranchKind } from '../../api/enums';
import { checkIdNumber, idNumberForms } from '../../api/rules/idNumber';
import type { DevPersonFile, DevPersonInput } from '../../api/schemas/development';
import { nowStamp } from '../clock';
import { LedgerError, notFound, refuse } from '../ledgerError';
import { findMemberByIdNumber } from '../members/read';
import type { Ledger } from '../open';
import { personFile } from './file';
import { readPerson } from './read';

/** The receiving branch must be an open 党支部 or 联合党支部. */
export function checkBranch(ledger: Ledger, orgId: number): string {
  const org = ledger.prepare('SELECT name, kind, closed_on AS closedOn FROM orgs WHERE id = ?').get(orgId) as
    { name: string; kind: string; closedOn: string | null } | undefined;
  if (!org) throw new LedgerError('NOT_FOUND', '找不到所选的党支部', 'orgId');
  if (!isBranchKind(org.kind)) throw refuse(`“${org.name}”是${org.kind}，请选择党支部或联合党支部`, 'orgId');
  if (org.closedOn) throw refuse(`党支部“${org.name}”已撤销，请选择其他党支部`, 'orgId');
  return org.name;
}

/** The 身份证号 is checked and gives the 出生日期; a typed 出生日期 must agree with it. */
export function checkIdentity(
  ledger: Ledger,
  input: Pick<DevPersonInput, 'idNumber' | 'birthDate'>,
  today: string,
  selfId: number | null,
  ownMemberId: number | null = null,
): { idNumber: string | null; birthDate: string | null } {
  if (input.birthDate && input.birthDate > today) throw refuse('出生日期不能晚于今天', 'birthDate');
  if (!input.idNumber) return { idNumber: null, birthDate: input.birthDate };
  const check = checkIdNumber(input.idNumber, today);
  if (!check.ok) throw refuse(check.message, 'idNumber');
  if (input.birthDate && input.birthDate !== check.birthDate) throw refuse(`出生日期${input.birthDate}与公民身份号码中的${check.birthDate}不一致`, 'birthDate');
  const member = findMemberByIdNumber(ledger, check.id);
  if (member && member.id !== ownMemberId) throw new LedgerError('CONFLICT', `公民身份号码已登记为党员“${member.name}”，无需再登记入党申请`, 'idNumber');
  const other = ledger
    .prepare('SELECT id, name FROM dev_people WHERE id_number IN (SELECT value FROM json_each(?)) AND left_on IS NULL AND id IS NOT ? LIMIT 1')
    .get(JSON.stringify(idNumberForms(check.id)), selfId) as { id: number; name: string } | undefined;
  if (other) throw new LedgerError('CONFLICT', `公民身份号码已登记为发展党员“${other.name}”，同一人不能重复登记`, 'idNumber');
  return { idNumber: check.id, birthDate: check.birthDate };
}

export function insertPerson(ledger: Ledger, input: DevPersonInput, today: string): number {
  checkBranch(ledger, input.orgId);
  const { idNumber, birthDate } = checkIdentity(ledger, input, today, null);
  const at = nowStamp();
  return Number(
    ledger
      .prepare(
        `INSERT INTO dev_people (name, gender, ethnicity, birth_date, id_number, education, work_unit, phone, org_id, note, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(input.name, input.gender, input.ethnicity, birthDate, idNumber, input.education, input.workUnit, input.phone, input.orgId, input.note, at, at)
      .lastInsertRowid,
  );
}

export function createPerson(ledger: Ledger, input: DevPersonInput, today: string): DevPersonFile {
  const id = ledger.tx(() => insertPerson(ledger, input, today));
  return personFile(ledger, id, today);
}

export function updatePerson(ledger: Ledger, id: number, input: DevPersonInput, today: string): DevPersonFile {
  ledger.tx(() => {
    const p = readPerson(ledger, id);
    if (!p) throw notFound('发展党员');
    // Once admitted the roster is the truth for the person's details and branch.
    if (p.memberId !== null && input.orgId !== p.orgId) throw refuse('已接收为预备党员，所在党支部请在党员信息中调整', 'orgId');
    if (input.orgId !== p.orgId) checkBranch(ledger, input.orgId);
    const { idNumber, birthDate } = checkIdentity(ledger, input, today, id, p.memberId);
    ledger
      .prepare(
        `UPDATE dev_people SET name = ?, gender = ?, ethnicity = ?, birth_date = ?, id_number = ?, education = ?, work_unit = ?, phone = ?, org_id = ?,
         note = ?, updated_at = ? WHERE id = ?`,
      )
      .run(
        input.name,
        input.gender,
        input.ethnicity,
        birthDate,
        idNumber,
        input.education,
        input.workUnit,
        input.phone,
        input.orgId,
        input.note,
        nowStamp(),
        id,
      );
  });
  return personFile(ledger, id, today);
}

export function leavePerson(ledger: Ledger, input: { id: number; on: string; reason: string; note: string | null }, today: string): DevPersonFile {
  ledger.tx(() => {
    const p = readPerson(ledger, input.id);
    if (!p) throw notFound('发展党员');
    if (p.leftOn) throw refuse(`${p.name}已于${p.leftOn}退出（${p.leftReason}）`);
    // On the roster the roster decides (its change closes the file, follow.ts); off it — a file an
    // older version left open — the file may be closed here, so it never stays stuck.
    const onRoster = p.memberId !== null && ledger.prepare('SELECT 1 FROM members WHERE id = ? AND left_on IS NULL').get(p.memberId) !== undefined;
    if (onRoster) throw refuse(`${p.name}已接收为预备党员，请在党员管理中办理取消预备党员资格等变动`);
    if (input.on > today) throw refuse('退出日期不能晚于今天', 'on');
    const last = ledger.prepare('SELECT max(done_on) AS d FROM dev_records WHERE person_id = ? AND voided_at IS NULL').get(input.id) as { d: string | null };
    if (last.d && input.on < last.d) throw refuse(`退出日期不能早于最近一个步骤的日期${last.d}`, 'on');
    ledger
      .prepare('UPDATE dev_people SET left_on = ?, left_reason = ?, left_note = ?, updated_at = ? WHERE id = ?')
      .run(input.on, input.reason, input.note, nowStamp(), input.id);
  });
  return personFile(ledger, input.id, today);
}
