// The roster as an import target: its columns, how a row becomes a member, and which
// existing member a row's 身份证号 points at.
import type { MemberInput } from '../../api/schemas/members';
import type { Ledger } from '../../db/open';
import { findMembersByIdNumbers } from '../../db/members/read';
import { insertMember, updateMember } from '../../db/members/write';
import { openOrgNames } from '../../db/orgs';
import type { ImportSpec } from './plan';
import { IMPORT_FIELDS } from './rosterColumns';
import { readRow, type OrgIndex } from './rosterRows';

export const MAPPING_SETTING = 'import.rosterMapping';

function orgIndex(ledger: Ledger): OrgIndex {
  const open = openOrgNames(ledger);
  const branches = new Map(open.filter((o) => o.kind === '党支部' || o.kind === '联合党支部').map((o) => [o.name, o.id]));
  const groups = new Map<number, Map<string, number>>();
  for (const g of open.filter((o) => o.kind === '党小组' && o.parentId !== null)) {
    if (!groups.has(g.parentId!)) groups.set(g.parentId!, new Map());
    groups.get(g.parentId!)!.set(g.name, g.id);
  }
  return { branches, groups };
}

export function rosterSpec(ledger: Ledger, today: string): ImportSpec<MemberInput> {
  const index = orgIndex(ledger);
  return {
    fields: IMPORT_FIELDS,
    mappingKey: MAPPING_SETTING,
    registry: '花名册',
    readRow: (cells, rowNumber, mapping, headers) => readRow(cells, rowNumber, mapping, headers, index, today),
    findExisting(idNumbers) {
      return new Map(
        findMembersByIdNumbers(ledger, idNumbers).map((m) => [
          m.idNumber,
          { id: m.id, name: m.name, blocked: m.leftOn ? `该身份证号属于历史党员“${m.name}”，如已转回请先在其详情中办理转入` : undefined },
        ]),
      );
    },
    // commitImport holds one transaction for the whole file and abandons it on any error.
    create: (input) => void insertMember(ledger, input, null, today),
    update: (id, input) => void updateMember(ledger, id, input, today),
  };
}
