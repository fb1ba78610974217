// The roster import's bulk INSERTs run with this connection's per-row counting triggers set
// aside (countInsertsOnce, db/tableChanges.ts): what was kept must still be dropped, the
// members whose facts came in must still be logged, and the triggers must be back afterwards,
// also when the write fails and rolls back.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoUntilWrite } from '../../db/memo';
import { openLedger, type Ledger } from '../../db/open';
import { countInsertsOnce, memberFactChanges } from '../../db/tableChanges';
import { scaleFor, seedLedger } from '../../db/sample/generate';
import { MIGRATIONS_DIR, tempDir } from '../support/testLedger';

const TODAY = '2026-11-24';

const tempTriggers = (ledger: Ledger) =>
  ledger.sqlite.prepare("SELECT name FROM temp.sqlite_master WHERE type = 'trigger' ORDER BY name").pluck().all() as string[];

function seeded() {
  const ledger = openLedger({ file: path.join(tempDir(), 'ledger.sqlite'), migrationsDir: MIGRATIONS_DIR });
  seedLedger(ledger, scaleFor('sample', TODAY), TODAY);
  return ledger;
}

/** A copy of member `from`'s open facts for member `to`, as an import writes a new member's. */
function copyFacts(ledger: Ledger, from: number, to: number) {
  ledger.sqlite
    .prepare(
      `INSERT INTO member_facts (member_id, fact, value, valid_from, valid_to, created_at)
       SELECT ?, fact, value, '2026-11-01', NULL, 'x' FROM member_facts WHERE member_id = ? AND valid_to IS NULL`,
    )
    .run(to, from);
}

let made = 0;
/** A copy of member `like` under a new 身份证号 (written raw: the rows an import's INSERT writes). */
function newMember(ledger: Ledger, like: number): number {
  const row = ledger.sqlite.prepare('SELECT * FROM members WHERE id = ?').get(like) as Record<string, unknown>;
  const { id: _id, ...rest } = row;
  rest.id_number = `11010119900101${String(100 + made++)}X`;
  rest.name = '新导入';
  const columns = Object.keys(rest);
  const info = ledger.sqlite
    .prepare(`INSERT INTO members (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`)
    .run(...columns.map((c) => rest[c] as never));
  return Number(info.lastInsertRowid);
}

/** The roster's size, kept until a table it reads is written; `runs` says how often it was worked out. */
function keptCount(ledger: Ledger) {
  let runs = 0;
  const count = () =>
    memoUntilWrite(ledger, 'members.count', () => {
      runs++;
      return ledger.sqlite.prepare('SELECT count(*) FROM members').pluck().get() as number;
    });
  return { count, runs: () => runs };
}

describe('bulk INSERTs counted once', () => {
  it('drops what was kept, logs the new members facts, and leaves every trigger as it was', () => {
    const ledger = seeded();
    const { count, runs } = keptCount(ledger);
    const before = count();
    const triggers = tempTriggers(ledger);
    expect(triggers).toContain('member_fact_log_insert');
    expect(triggers).toContain('table_changes_members_insert');
    const log = memberFactChanges(ledger, 0).position;
    const first = ledger.sqlite.prepare('SELECT min(id) FROM members').pluck().get() as number;

    const added = ledger.tx(() =>
      countInsertsOnce(ledger, ['members', 'member_facts'], () => {
        // Set aside while the rows go in.
        expect(tempTriggers(ledger)).not.toContain('table_changes_members_insert');
        expect(tempTriggers(ledger)).not.toContain('member_fact_log_insert');
        const ids = [newMember(ledger, first), newMember(ledger, first)];
        for (const id of ids) copyFacts(ledger, first, id);
        return ids;
      }),
    );

    expect(tempTriggers(ledger)).toEqual(triggers);
    expect(count()).toBe(before + 2);
    expect(runs()).toBe(2);
    expect(memberFactChanges(ledger, log).members.sort()).toEqual(added.sort());

    // Counted one by one again afterwards: a single new member drops the kept count.
    newMember(ledger, first);
    expect(count()).toBe(before + 3);
    expect(runs()).toBe(3);
  });

  it('a failed write rolls back with its triggers restored and what was kept still standing', () => {
    const ledger = seeded();
    const { count, runs } = keptCount(ledger);
    const before = count();
    const triggers = tempTriggers(ledger);
    const first = ledger.sqlite.prepare('SELECT min(id) FROM members').pluck().get() as number;
    expect(() =>
      ledger.tx(() =>
        countInsertsOnce(ledger, ['members', 'member_facts'], () => {
          newMember(ledger, first);
          throw new Error('第3行：不对');
        }),
      ),
    ).toThrow('第3行');
    expect(tempTriggers(ledger)).toEqual(triggers);
    expect(count()).toBe(before);
    expect(runs()).toBe(1);
    newMember(ledger, first);
    expect(count()).toBe(before + 1);
  });

  it('refuses to run outside a transaction', () => {
    const ledger = seeded();
    expect(() => countInsertsOnce(ledger, ['members'], () => 1)).toThrow('inside a transaction');
  });
});
