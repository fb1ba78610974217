// Migration census_reported adds census_reports and census_diff_reasons (a reported year does not
// move): a community ledger of the previous version, with members and a closed year, opens with
// everything it held, no year reported yet, and reports its next closing.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { censusReport } from '../../../db/census/report';
import { openLedger } from '../../../db/open';
import { closeYear } from '../../../db/yearClosing';
import { tempDir } from '../../support/testLedger';
import { migrationsBehindBy } from '../../support/olderMigrations';

const AT = '2024-03-15T04:00:00.000Z';

describe('migration census_reported', () => {
  it('keeps a ledger of the previous version as it was, with no year reported until one is', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'ledger.sqlite');
    const old = openLedger({ file, migrationsDir: migrationsBehindBy(dir, '0021_census_reported') });
    const branch = Number(
      old.sqlite.prepare("INSERT INTO orgs (name, kind, parent_id, created_at, updated_at) VALUES ('第一网格党支部', '党支部', NULL, ?, ?)").run(AT, AT)
        .lastInsertRowid,
    );
    const member = Number(
      old.sqlite
        .prepare(
          `INSERT INTO members (name, gender, birth_date, id_number, joined_on, full_member_on, category, community_class, branch_id, created_at, updated_at)
           VALUES ('张三', '男', '1970-01-01', 'ID-1', '2000-07-01', '2001-07-01', '正式党员', '直管', ?, ?, ?)`,
        )
        .run(branch, AT, AT).lastInsertRowid,
    );
    for (const [fact, value] of [
      ['branch', String(branch)],
      ['category', '正式党员'],
      ['party_status', '正常'],
      ['community_class', '直管'],
    ]) {
      old.sqlite
        .prepare('INSERT INTO member_facts (member_id, fact, value, valid_from, valid_to, created_at) VALUES (?, ?, ?, ?, NULL, ?)')
        .run(member, fact, value, '2000-07-01', AT);
    }
    old.sqlite.prepare("INSERT INTO closed_years (year, closed_at, operator) VALUES (2023, ?, '王芳')").run(AT);
    const before = {
      members: old.sqlite.prepare('SELECT * FROM members').all(),
      facts: old.sqlite.prepare('SELECT * FROM member_facts').all(),
      closed: old.sqlite.prepare('SELECT * FROM closed_years').all(),
    };
    old.close();

    const ledger = openLedger({ file, migrationsDir: path.resolve('db/migrations') });
    try {
      expect(ledger.sqlite.prepare('SELECT * FROM members').all()).toEqual(before.members);
      expect(ledger.sqlite.prepare('SELECT * FROM member_facts').all()).toEqual(before.facts);
      expect(ledger.sqlite.prepare('SELECT * FROM closed_years').all()).toEqual(before.closed);
      expect(ledger.sqlite.prepare('SELECT count(*) AS n FROM census_reports').get()).toEqual({ n: 0 });
      // A year closed before the table existed reads from the records, as before.
      expect(censusReport(ledger, 2023, '2024-03-15')).toMatchObject({ reported: null, identity: { start: 1, end: 1, difference: null } });
      await closeYear(ledger, { year: 2024, operator: '王芳' }, null, '2025-01-10');
      expect(censusReport(ledger, 2025, '2025-01-10').identity.difference).toMatchObject({ value: 0, people: [] });
      expect(ledger.sqlite.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
    } finally {
      ledger.close();
    }
  });
});
