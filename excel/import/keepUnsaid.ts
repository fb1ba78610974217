// 用文件更新 on the roster: a row changes what its cells say and nothing else. A column the
// file lacks, or a blank cell, keeps what the ledger holds (党费交纳至, 困难党员 and the other
// marks, 楼栋/房号, a phone typed by hand): an update once reset them all to the row's defaults.
import { memberFields, type MemberInput } from '../../api/schemas/members';
import { getMember } from '../../db/members/read';
import type { Ledger } from '../../db/open';
import type { RawCell } from './book';
import { cellText, type ColumnMapping } from './findHeader';
import type { ImportField } from './rosterColumns';

/** The member's fields each import column writes, where the names differ. */
const WRITES: Partial<Record<ImportField, (keyof MemberInput)[]>> = {
  branch: ['branchId', 'groupId'],
  group: ['groupId'],
  address: ['residenceCommunity'],
  // 全国党员管理信息系统 columns: 工作岗位 stands in for 工作单位及职务; 外出流向 only adds to 备注
  // (rosterColumns.ts), which an update then keeps as typed.
  jobPost: ['workUnit'],
  flowDestination: [],
};
const INPUT_KEYS = new Set(Object.keys(memberFields.shape) as (keyof MemberInput)[]);

/** The member's fields this row's non-blank cells write. */
export function fieldsSaid(cells: RawCell[], mapping: ColumnMapping): Set<keyof MemberInput> {
  const said = new Set<keyof MemberInput>();
  for (const [field, column] of Object.entries(mapping) as [ImportField, number | null | undefined][]) {
    if (column === null || column === undefined || cellText(cells[column] ?? null) === '') continue;
    for (const key of WRITES[field] ?? [field as keyof MemberInput]) if (INPUT_KEYS.has(key)) said.add(key);
  }
  return said;
}

/** The member as the ledger holds them, with the fields the row says taken from the row. */
export function keepUnsaid(ledger: Ledger, id: number, row: MemberInput, said: ReadonlySet<keyof MemberInput>, today: string): MemberInput {
  const current = getMember(ledger, id, today);
  const merged = {} as Record<keyof MemberInput, unknown>;
  for (const key of INPUT_KEYS) merged[key] = said.has(key) ? row[key] : current[key];
  return merged as MemberInput;
}
