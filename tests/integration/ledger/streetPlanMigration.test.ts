// Migration street_plan (issue 30) adds the street's 发展计划 quotas, 报送 deadlines and 党费 received: a street ledger
// of the previous version, with its communities and a package, opens with every row it held and the new tables empty,
// and takes a quota, a deadline and a received record for a community it already had.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLedger } from '../../../db/open';
import { duesCheck, recordDuesReceived } from '../../../db/street/duesReceived';
import { setDeadline, setQuota, streetPlan } from '../../../db/street/plan';
import { tempDir } from '../../support/testLedger';
import { migrationsBehindBy } from '../../support/olderMigrations';

const AT = '2026-03-15T04:00:00.000Z';

describe('migration street_plan', () => {
  it('keeps a street ledger’s communities and packages, and the new tables take rows for them', () => {
    const dir = tempDir();
    const file = path.join(dir, 'ledger.sqlite');
    const old = openLedger({ file, migrationsDir: migrationsBehindBy(dir, '0024_street_plan') });
    old.sqlite.prepare("INSERT INTO settings (key, value) VALUES ('ledgerKind', '街道'), ('streetName', '和平街道')").run();
    const id = Number(
      old.sqlite.prepare("INSERT INTO street_communities (name, created_at, uid) VALUES ('幸福里社区', ?, '11111111-2222-3333-4444-555555555555')").run(AT)
        .lastInsertRowid,
    );
    old.sqlite
      .prepare(
        `INSERT INTO street_packages (community_id, year, quarter, file_name, sha256, manifest, data, imported_at)
         VALUES (?, 2026, 1, 'a.zip', ?, '{}', '{}', ?)`,
      )
      .run(id, 'a'.repeat(64), AT);
    const before = {
      communities: old.sqlite.prepare('SELECT * FROM street_communities').all(),
      packages: old.sqlite.prepare('SELECT * FROM street_packages').all(),
    };
    old.close();

    const ledger = openLedger({ file, migrationsDir: path.resolve('db/migrations') });
    try {
      expect(ledger.sqlite.prepare('SELECT * FROM street_communities').all()).toEqual(before.communities);
      expect(ledger.sqlite.prepare('SELECT * FROM street_packages').all()).toEqual(before.packages);
      expect(streetPlan(ledger, 2026, '2026-03-21')).toEqual({
        year: 2026,
        rows: [{ communityId: id, community: '幸福里社区', closedOn: null, hasAccessCode: false, quota: null }],
        deadlines: [],
      });
      setQuota(ledger, { communityId: id, year: 2026, applied: 3, activists: 2, candidates: 1, admitted: 1 }, '2026-03-21');
      setDeadline(ledger, { year: 2026, quarter: 1, dueOn: '2026-03-20' }, '2026-03-21');
      // The old package is the community's Q1: not overdue.
      expect(streetPlan(ledger, 2026, '2026-03-21').deadlines).toEqual([{ year: 2026, quarter: 1, dueOn: '2026-03-20', missing: [] }]);
      recordDuesReceived(ledger, { communityId: id, receivedOn: '2026-03-20', amountFen: 5000, note: null, corrects: null }, null, '2026-03-21');
      expect(duesCheck(ledger, 2026).total.receivedFen).toBe(5000);
      expect(() =>
        ledger.sqlite.prepare('INSERT INTO street_deadlines (year, quarter, due_on, updated_at) VALUES (2026, 5, ?, ?)').run('2026-01-01', AT),
      ).toThrow();
      expect(ledger.sqlite.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
    } finally {
      ledger.close();
    }
  });
});
