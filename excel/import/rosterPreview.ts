// The roster as an import target: its columns, how a row becomes a member, and which
// existing member a row's 身份证号 points at.
import { idNumberForms } from '../../api/rules/idNumber';
import type { MemberInput } from '../../api/schemas/members';
import type { Ledger } from '../../db/open';
import { findMembersByIdNumbers } from '../../db/members/read';
import { memberInserter, type MemberInserter } from '../../db/members/insertMany';
import { updateMember } from '../../db/members/write';
import { openOrgNames } from '../../db/orgs';
import { MissingOrgs } from './missingOrgs';
import type { ImportSpec } from './plan';
import type { RawCell } from './book';
import type { ColumnMapping } from './findHeader';
import { fieldsSaid, keepUnsaid } from './keepUnsaid';
import { ROSTER_FIELDS } from './rosterColumns';
import { recordImportedLost } from '../../db/care/importedLost';
import { readRow, type ImportedMember, type OrgIndex } from './rosterRows';

export const MAPPING_SETTING = 'import.rosterMapping';

function orgIndex(ledger: Ledger, missing: MissingOrgs, acceptRetired: boolean): OrgIndex {
  const open = openOrgNames(ledger);
  const branches = new Map(open.filter((o) => o.kind === '党支部' || o.kind === '联合党支部').map((o) => [o.name, o.id]));
  const groups = new Map<number, Map<string, number>>();
  for (const g of open.filter((o) => o.kind === '党小组' && o.parentId !== null)) {
    if (!groups.has(g.parentId!)) groups.set(g.parentId!, new Map());
    groups.get(g.parentId!)!.set(g.name, g.id);
  }
  return { branches, groups, missing, retired: { accepted: acceptRetired, rows: 0 } };
}

/**
 * The member's own fields, without the import's 转入日期 and 失联日期. Copied by rest destructuring,
 * not `delete`: a deleted key leaves V8 an object in dictionary mode, and 10,000 of them made the
 * inserter's spreads and key lists a fifth slower.
 */
function memberOnly(input: ImportedMember): MemberInput {
  const { transferInOn: _transfer, lostOn: _lost, ...own } = input;
  return own;
}

/** A new member as the inserter takes it: the 转入日期 stays (it dates the member's facts), the 失联日期 goes. */
function memberOnlyWithTransfer(input: ImportedMember): MemberInput & { transferInOn: string | null } {
  const { lostOn: _lost, ...own } = input;
  return own;
}

export function rosterSpec(
  ledger: Ledger,
  today: string,
  options: { createMissingOrgs: boolean; acceptProposals?: readonly string[] } = { createMissingOrgs: false },
): ImportSpec<ImportedMember> {
  const missing = new MissingOrgs(options.createMissingOrgs);
  const index = orgIndex(ledger, missing, options.acceptProposals?.includes('retiredClass') ?? false);
  // Placeholder → real id, once the commit has created the missing organisations.
  let created = new Map<number, number>();
  let inserter: MemberInserter | null = null;
  /**
   * Each row's cells and mapping, for 用文件更新 (keepUnsaid.ts): which fields they say is worked
   * out only for the rows that update someone, not for every row of a file of new members.
   */
  const said = new WeakMap<ImportedMember, { cells: RawCell[]; mapping: ColumnMapping }>();
  // 失联 rows, recorded in the 失联 register once their members exist (new ones get their ids at the flush).
  let lost: { idNumber: string; memberId: number | null; lostOn: string }[] = [];
  const placed = <T extends MemberInput>(input: T): T =>
    missing.isPlaceholder(input.branchId) || missing.isPlaceholder(input.groupId)
      ? {
          ...input,
          branchId: created.get(input.branchId) ?? input.branchId,
          groupId: input.groupId === null ? null : (created.get(input.groupId) ?? input.groupId),
        }
      : input;
  return {
    fields: ROSTER_FIELDS,
    mappingKey: MAPPING_SETTING,
    bulkTables: ['members', 'member_facts', 'member_events'],
    registry: '花名册',
    readRow: (cells, rowNumber, mapping, headers) => {
      const read = readRow(cells, rowNumber, mapping, headers, index, today);
      if (read.input) said.set(read.input, { cells, mapping });
      return read;
    },
    findExisting(idNumbers) {
      // Keyed by every form of the stored number: a row's 18-digit number finds the member
      // stored under the old 15-digit one, and the other way round.
      return new Map(
        findMembersByIdNumbers(ledger, idNumbers).flatMap((m) => {
          const existing = { id: m.id, name: m.name, blocked: m.leftOn ? `该身份证号属于历史党员“${m.name}”，如已转回请先在其详情中办理转入` : undefined };
          return idNumberForms(m.idNumber).map((form) => [form, existing] as const);
        }),
      );
    },
    missingOrgs: () => missing.list(ledger),
    proposals: () =>
      index.retired.rows === 0
        ? []
        : [
            {
              key: 'retiredClass',
              text: `离退休党支部的 ${index.retired.rows} 名党员未填社区分类：设为“离退休”（不采纳则按“直管”导入）`,
              rows: index.retired.rows,
              accepted: index.retired.accepted,
            },
          ],
    createOrgs(communityKind) {
      const community = missing.communityToCreate(ledger, communityKind);
      const names = missing.names();
      missing.createAll(ledger, communityKind);
      return community === null ? names : [community, ...names];
    },
    beforeCommit() {
      if (missing.create) created = missing.createAll(ledger);
      inserter = memberInserter(ledger);
      lost = [];
    },
    // commitImport holds one transaction for the whole file and abandons it on any error.
    // planImport matched every row's 身份证号 against the roster (all its forms) and the file's
    // other rows, and the commit re-plans if the ledger changed since (imports.ts).
    // New members go a hundred to an INSERT (memberInserter), written out by afterRows.
    create: (input) => {
      inserter!.add(placed(memberOnlyWithTransfer(input)));
      if (input.lostOn) lost.push({ idNumber: input.idNumber, memberId: null, lostOn: input.lostOn });
    },
    afterRows: () => {
      inserter!.flush();
      const ids = new Map(
        findMembersByIdNumbers(
          ledger,
          lost.filter((l) => l.memberId === null).map((l) => l.idNumber),
        ).map((m) => [m.idNumber, m.id]),
      );
      for (const l of lost) recordImportedLost(ledger, l.memberId ?? ids.get(l.idNumber)!, l.lostOn, today);
    },
    // An existing member's 转入 is the member's own status change (党员管理), not the import's.
    update: (id, input) => {
      // Only what the row's cells say changes; the rest stays as the ledger has it.
      const row = said.get(input);
      updateMember(ledger, id, placed(keepUnsaid(ledger, id, memberOnly(input), row ? fieldsSaid(row.cells, row.mapping) : new Set(), today)), today);
      if (input.lostOn) lost.push({ idNumber: input.idNumber, memberId: id, lostOn: input.lostOn });
    },
  };
}
