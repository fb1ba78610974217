// New members written a hundred to an INSERT, for the roster import (10,000 rows in one
// transaction that is abandoned whole on any error). Each member is checked as it is added,
// so a refusal still names its row; the rows are written when a hundred are held and at the
// end (flush). What createMember writes, without its per-row 身份证号 lookup: the import's
// plan matched every number against the roster and the file's other rows.
import { getTableColumns } from 'drizzle-orm';
import type { MemberInput } from '../../api/schemas/members';
import { nowStamp } from '../clock';
import type { Ledger } from '../open';
import { members } from '../schema';
import { openMembersFacts } from './facts';
import { checkPlacement } from './write';

/** Members per INSERT (about 30 parameters each). */
const MEMBERS_PER_INSERT = 100;

const COLUMNS = getTableColumns(members);
const sqlFor = new Map<string, string>();

function insertSql(keys: string[], rows: number): string {
  const signature = `${rows}:${keys.join(',')}`;
  let sql = sqlFor.get(signature);
  if (!sql) {
    const tuple = `(${keys.map(() => '?').join(', ')})`;
    const columns = keys.map((k) => `"${COLUMNS[k as keyof typeof COLUMNS].name}"`).join(', ');
    const tuples = Array.from({ length: rows }, () => tuple).join(', ');
    sql = `INSERT INTO members (${columns}) VALUES ${tuples} RETURNING id, id_number AS idNumber`;
    sqlFor.set(signature, sql);
  }
  return sql;
}

/** The columns a member input writes, as insertRow picks them: set, known, in name order. */
const keysOf = (row: object) =>
  Object.keys(row)
    .filter((k) => k in COLUMNS && (row as Record<string, unknown>)[k] !== undefined)
    .sort();

/** A new member, with the day their 组织关系 came here when known (else they arrived on 入党日期). */
export type NewMember = MemberInput & { transferInOn?: string | null };

export interface MemberInserter {
  /** Checks the member's placement now (a refusal belongs to this row) and holds it. */
  add(input: NewMember): void;
  /** Writes every member held. */
  flush(): void;
}

export function memberInserter(ledger: Ledger): MemberInserter {
  if (!ledger.sqlite.inTransaction) throw new Error('memberInserter belongs inside a transaction');
  let held: NewMember[] = [];
  let heldKeys = '';
  // A roster names a few hundred placements for 10,000 rows: each is checked once per transaction
  // (orgs do not change inside it), not once per row. A refusal is thrown, so only passes are kept.
  const placed = new Set<string>();

  const flush = () => {
    if (held.length === 0) return;
    const at = nowStamp();
    const rows = held.map((input) => ({ ...input, partyStatus: '正常', createdAt: at, updatedAt: at }));
    const columns = keysOf(rows[0]);
    const params: unknown[] = [];
    for (const row of rows) {
      for (const k of columns) {
        const v = (row as Record<string, unknown>)[k];
        params.push(typeof v === 'boolean' ? (v ? 1 : 0) : v);
      }
    }
    // Matched by 身份证号 (unique on the table), not by the order RETURNING happens to give.
    const ids = new Map((ledger.prepare(insertSql(columns, held.length)).all(params) as { id: number; idNumber: string }[]).map((r) => [r.idNumber, r.id]));
    openMembersFacts(
      ledger,
      held.map((input) => ({ id: ids.get(input.idNumber)!, facts: input, arrivedOn: input.transferInOn ?? input.joinedOn })),
    );
    // A 转入 is a real event of their party life (as createMember records it); the day they were typed in is not.
    const transfer = ledger.prepare("INSERT INTO member_events (member_id, kind, occurred_on, reason, created_at) VALUES (?, '转入', ?, '花名册导入', ?)");
    for (const input of held) if (input.transferInOn) transfer.run(ids.get(input.idNumber)!, input.transferInOn, at);
    held = [];
  };

  return {
    add(input) {
      const placement = `${input.branchId}:${input.groupId}`;
      if (!placed.has(placement)) {
        checkPlacement(ledger, input.branchId, input.groupId);
        placed.add(placement);
      }
      // Rows of one INSERT name the same columns; a row that sets others starts a new one. The
      // signature is the keys set, in the object's own order (the import builds each row alike):
      // a different order only starts a new INSERT early. flush picks the columns, sorted.
      let keys = '';
      for (const k in input) if ((input as Record<string, unknown>)[k] !== undefined) keys += `${k},`;
      if (held.length > 0 && keys !== heldKeys) flush();
      heldKeys = keys;
      held.push(input);
      if (held.length === MEMBERS_PER_INSERT) flush();
    },
    flush,
  };
}
