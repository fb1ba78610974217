// Writes one imported 发展党员 register row: the person and the steps its dates give, as
// records with source '导入'. The order and time rules are not re-run (a register typed before
// the ledger kept them); the import spec checks that the dates follow each other and stores a
// rule it finds broken as the record's warning.
import { idNumberForms, idNumberKey } from '../../api/rules/idNumber';
import { nowStamp } from '../clock';
import type { Ledger } from '../open';

export interface ImportedStep {
  code: string;
  doneOn: string;
  endOn: string | null;
  docNo: string | null;
  warning: string | null;
  note: string | null;
  /** Roster members in the step's role (培养联系人, 入党介绍人). */
  memberIds: number[];
  role: '培养联系人' | '入党介绍人' | null;
}

export interface ImportedPerson {
  name: string;
  gender: string;
  ethnicity: string | null;
  birthDate: string | null;
  idNumber: string | null;
  education: string | null;
  workUnit: string | null;
  phone: string | null;
  orgId: number;
  note: string | null;
  /** The roster member of an admitted person (matched by 身份证号). */
  memberId: number | null;
  steps: ImportedStep[];
}

export function insertImportedPerson(ledger: Ledger, p: ImportedPerson): number {
  const at = nowStamp();
  const id = Number(
    ledger
      .prepare(
        `INSERT INTO dev_people (name, gender, ethnicity, birth_date, id_number, education, work_unit, phone, org_id, note, member_id, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(p.name, p.gender, p.ethnicity, p.birthDate, p.idNumber, p.education, p.workUnit, p.phone, p.orgId, p.note, p.memberId, at, at).lastInsertRowid,
  );
  const record = ledger.prepare(
    "INSERT INTO dev_records (person_id, step_code, done_on, end_on, doc_no, warning, note, source, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, '导入', ?)",
  );
  const person = ledger.prepare('INSERT INTO dev_record_people (record_id, member_id, role) VALUES (?, ?, ?)');
  for (const s of p.steps) {
    const recordId = Number(record.run(id, s.code, s.doneOn, s.endOn, s.docNo, s.warning, s.note, at).lastInsertRowid);
    if (s.role) for (const memberId of s.memberIds) person.run(recordId, memberId, s.role);
  }
  return id;
}

/** A re-imported row corrects the person's details; their steps stay as recorded. */
export function updateImportedPerson(ledger: Ledger, id: number, p: ImportedPerson): void {
  ledger
    .prepare(
      `UPDATE dev_people SET name = ?, gender = ?, ethnicity = coalesce(?, ethnicity), birth_date = coalesce(?, birth_date), education = coalesce(?, education),
       work_unit = coalesce(?, work_unit), phone = coalesce(?, phone), updated_at = ? WHERE id = ?`,
    )
    .run(p.name, p.gender, p.ethnicity, p.birthDate, p.education, p.workUnit, p.phone, nowStamp(), id);
}

/** Open organisations by name, for the file's 所在党支部 column. */
export function openOrgsForImport(ledger: Ledger): { id: number; name: string; kind: string }[] {
  return ledger.prepare('SELECT id, name, kind FROM orgs WHERE closed_on IS NULL ORDER BY id').all() as { id: number; name: string; kind: string }[];
}

/** Today's 正式党员 on the roster by name: a 培养联系人 or 入党介绍人 written by name is matched when the name is unique. */
export function fullMembersByName(ledger: Ledger): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const m of ledger.prepare("SELECT id, name FROM members WHERE left_on IS NULL AND category = '正式党员' ORDER BY id").all() as {
    id: number;
    name: string;
  }[]) {
    out.set(m.name, [...(out.get(m.name) ?? []), m.id]);
  }
  return out;
}

/** People still in the pipeline holding these 身份证号 (either form), keyed by the number as asked. */
export function devPeopleByIdNumbers(ledger: Ledger, idNumbers: string[]): Map<string, { id: number; name: string }> {
  const rows = ledger
    .prepare('SELECT id, name, id_number AS idNumber FROM dev_people WHERE left_on IS NULL AND id_number IN (SELECT value FROM json_each(?))')
    .all(JSON.stringify(idNumbers.flatMap(idNumberForms))) as { id: number; name: string; idNumber: string }[];
  const byKey = new Map(rows.map((r) => [idNumberKey(r.idNumber), r]));
  const out = new Map<string, { id: number; name: string }>();
  for (const id of idNumbers) {
    const r = byKey.get(idNumberKey(id));
    if (r) out.set(id, { id: r.id, name: r.name });
  }
  return out;
}
